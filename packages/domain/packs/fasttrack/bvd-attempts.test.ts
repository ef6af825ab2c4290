import { describe, expect, it } from "vitest";
import { applyEffects } from "../../engine/apply.ts";
import { evaluate } from "../../engine/evaluate.ts";
import type { TenantState } from "../../engine/model.ts";
import { ONEDRIVE_BVD } from "./onedrive-bvd.ts";

const PLAYBOOKS = [ONEDRIVE_BVD];
import { scenarioTenant } from "./test-tenant.ts";

const FRIDAY_AFTERNOON_BERLIN = new Date("2026-11-20T15:00:00Z");

const tenant = (): TenantState =>
  scenarioTenant(
    { code: "onedrive", status: "initiate", deploymentOrder: null, split: [{ l1: "status_unknown", entitlements: 10, l2: null, l3: null, notes: null }], activeUsersPercent: 0 },
    [{ taskId: 3718, service: "onedrive", status: "in_progress" }],
  );

describe("BVD attempts wait for an answer (DESIGN decision 8)", () => {
  it("starts a 3-business-day wait: an attempt on Friday afternoon in Berlin is unanswered on Wednesday", () => {
    const [effect] = evaluate(PLAYBOOKS, tenant(), { type: "bvd.attempt_made", service: "onedrive", data: { attemptNumber: 3 } }, FRIDAY_AFTERNOON_BERLIN);
    expect(effect).toMatchObject({
      kind: "start_timer",
      key: "bvd-answer",
      service: "onedrive",
      dueDate: "2026-11-25",
      event: { type: "bvd.attempt_unanswered", service: "onedrive", data: { attemptNumber: 3 } },
    });
    expect(effect?.explanation.why).toBe(
      "Attempt 3 to hold the OneDrive BVD was made; unanswered after 3 business days it counts as unanswered.",
    );
  });

  it("stops the wait when the customer answers, and only then", () => {
    const waiting = applyEffects(
      tenant(),
      evaluate(PLAYBOOKS, tenant(), { type: "bvd.attempt_made", service: "onedrive", data: { attemptNumber: 1 } }, FRIDAY_AFTERNOON_BERLIN),
    );
    expect(waiting.timers).toEqual([{ key: "bvd-answer", service: "onedrive", dueDate: "2026-11-25" }]);
    const answered = evaluate(PLAYBOOKS, waiting, { type: "bvd.declined", service: "onedrive", data: { reason: "No budget" } }, FRIDAY_AFTERNOON_BERLIN);
    expect(answered.map((e) => e.kind)).toContain("cancel_timer");
    const noWait = evaluate(PLAYBOOKS, tenant(), { type: "bvd.declined", service: "onedrive", data: { reason: "No budget" } }, FRIDAY_AFTERNOON_BERLIN);
    expect(noWait.map((e) => e.kind)).not.toContain("cancel_timer");
  });

  it("does not restart a running wait when the same attempt is recorded twice", () => {
    const event = { type: "bvd.attempt_made", service: "onedrive" as const, data: { attemptNumber: 1 } };
    const once = applyEffects(tenant(), evaluate(PLAYBOOKS, tenant(), event, FRIDAY_AFTERNOON_BERLIN));
    expect(evaluate(PLAYBOOKS, once, event, FRIDAY_AFTERNOON_BERLIN)).toEqual([]);
  });
});
