import type { TExplanationList, TFindingList, TPlaybookEventResult, TTaskList, TTenant } from "@waymark/contracts";
import { expect } from "vitest";
import { adjustableClock } from "../apps/server/src/clock.ts";
import type { Client } from "./api.ts";

type Data = Record<string, unknown>;

/**
 * What a playbook scenario test does through the API, as one person: record events, read tasks, the tenant,
 * findings and explanations, and move an adjustable clock (the person must be an administrator). `as` gives the
 * client when called, so the helpers can be made before the test signs in.
 */
export function playbookClient(as: () => Client) {
  const record = (tenantId: string, type: string, data?: Data, service?: string) =>
    as().post(`/api/tenants/${tenantId}/playbook-events`, { type, ...(service ? { service } : {}), ...(data ? { data } : {}) });
  const findings = async (tenantId: string) => (await as().get(`/api/tenants/${tenantId}/findings`)).json<TFindingList>().items;
  return {
    record,
    /** Records an event that must be accepted; returns the effects. */
    recordOk: async (tenantId: string, type: string, data?: Data, service?: string) => {
      const response = await record(tenantId, type, data, service);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<TPlaybookEventResult>().effects;
    },
    /** Records an event that must be refused (422); returns the message the person sees. */
    refusal: async (tenantId: string, type: string, data?: Data, service?: string) => {
      const response = await record(tenantId, type, data, service);
      expect(response.statusCode, response.body).toBe(422);
      return response.json<{ detail: string }>().detail;
    },
    tasks: async (tenantId: string) => (await as().get(`/api/tenants/${tenantId}/tasks`)).json<TTaskList>().items,
    tenantOf: async (tenantId: string) => (await as().get(`/api/tenants/${tenantId}`)).json<TTenant>(),
    findings,
    openCodes: async (tenantId: string) => (await findings(tenantId)).map((f) => f.code).sort(),
    explanations: async (tenantId: string, kind: string) =>
      (await as().get(`/api/tenants/${tenantId}/explanations?kind=${kind}`)).json<TExplanationList>().items,
    /** Moves the clock; returns how many timers fired and [kind, rule] of each effect they had. */
    advance: async (days: number) => {
      const response = await as().post("/api/clock/advance", { days });
      expect(response.statusCode, response.body).toBe(200);
      const { fired, effects } = response.json<{ fired: number; effects: { kind: string; explanation: { ruleId: string } }[] }>();
      return { fired, effects: effects.map((e) => [e.kind, e.explanation.ruleId]) };
    },
  };
}

/**
 * A clock that starts at `iso` and keeps running with real time (an administrator may move it on), so each event a
 * test records has its own moment and the newest explanation comes first.
 */
export function runningClockFrom(iso: string) {
  const start = Date.parse(iso);
  const origin = performance.now();
  return adjustableClock(() => new Date(start + (performance.now() - origin)));
}
