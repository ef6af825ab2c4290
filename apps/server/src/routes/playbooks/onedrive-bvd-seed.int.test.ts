import type { TExplanationList, TFindingList, TService, TTaskList, TTenant } from "@waymark/contracts";
import { describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";
import { runningClockFrom } from "../../../../../test-support/playbook-client.ts";

// Seed 000 (OneDrive BVD, task 3718) scenario by scenario through the API. Example 2 and the first steps of
// Approach 1 are in onedrive-bvd.int.test.ts, Approach 3 (three unanswered attempts) in jobs/bvd-attempt-timers.
// The clock starts on Monday 23 November 2026, 10:00 in Berlin, and keeps running, so each recorded event has its
// own moment and the newest explanation comes first.
const clock = runningClockFrom("2026-11-23T09:00:00Z");
const { admin } = useTestApi({ clock });

/** A customer's tenant with Exchange and OneDrive, 500 entitlements each, all in Status Unknown as added. */
async function newTenant(name: string, priority: "high" | "medium" | "low" = "medium") {
  const tenant = await createTenant(admin, (await createCustomer(admin, { name })).id, { name, priority });
  await addService(admin, tenant.id, "exchange", 500);
  return { tenant, onedrive: await addService(admin, tenant.id, "onedrive", 500) };
}
async function record(tenant: TTenant, type: string, data?: Record<string, unknown>) {
  const response = await admin.post(`/api/tenants/${tenant.id}/playbook-events`, { type, service: "onedrive", ...(data ? { data } : {}) });
  expect(response.statusCode, response.body).toBe(200);
}
async function replaceSplit(service: TService, rows: Record<string, unknown>[]) {
  const response = await admin.put(`/api/services/${service.id}/split`, { version: service.version, rows });
  expect(response.statusCode, response.body).toBe(200);
}
const task3718 = async (tenant: TTenant) =>
  (await admin.get(`/api/tenants/${tenant.id}/tasks`)).json<TTaskList>().items.find((t) => t.catalogTaskId === 3718);
const onedriveOf = async (tenant: TTenant) =>
  (await admin.get(`/api/tenants/${tenant.id}`)).json<TTenant>().services.find((s) => s.service === "onedrive");
/** The findings this playbook raised (its rules are named od-…); the DIBS review's own findings are left out. */
const bvdFindings = async (tenant: TTenant) =>
  (await admin.get(`/api/tenants/${tenant.id}/findings`)).json<TFindingList>().items.filter((f) => f.ruleId?.startsWith("od-"));
const explained = async (tenant: TTenant, kind: string) =>
  (await admin.get(`/api/tenants/${tenant.id}/explanations?kind=${kind}&service=onedrive`)).json<TExplanationList>().items;
const split = async (tenant: TTenant) =>
  (await onedriveOf(tenant))?.split.map(({ l1, entitlements, l2, l3, targetDate, notes }) => ({ l1, entitlements, l2, l3, targetDate, notes }));

describe("seed 000: the OneDrive BVD, task 3718", () => {
  it("000 Overview: for new or re-engaging customers and High or Medium priority ones — a Low priority start is refused unless new or re-engaging", async () => {
    const { tenant } = await newTenant("Liberty's Delightful Sinful Bakery", "low");
    const refused = await admin.post(`/api/tenants/${tenant.id}/playbook-events`, { type: "playbook.started", service: "onedrive" });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toMatch(/^The OneDrive BVD is for new customers, customers re-engaging on additional workloads, and High or Medium priority customers; this tenant is Low priority\./);
    expect(await task3718(tenant)).toBeUndefined();
    await record(tenant, "playbook.started", { newCustomer: true });
    expect((await task3718(tenant))?.status).toBe("not_started");
  });

  it("000 Approach 1: every OneDrive-eligible customer gets the BVD, whatever intent was recorded before — 3718 Not Started, Mandatory, for the FM", async () => {
    const { tenant, onedrive } = await newTenant("Adatum");
    const noIntent = { l1: "no_intent", entitlements: 500, l2: "using_competitive_solution", l3: "competitor_similar_functionality", targetDate: null, notes: "Uses Box" };
    await replaceSplit(onedrive, [noIntent]);

    await record(tenant, "playbook.started");
    const task = await task3718(tenant);
    expect(task).toMatchObject({
      name: "Deliver OneDrive Business Value Deck",
      service: "onedrive",
      status: "not_started",
      mandatory: true,
      responsibleRole: "fasttrack_manager",
    });
    expect(task?.why.map((w) => [w.ruleId, w.why])).toEqual([
      ["od-start", "Every OneDrive-eligible customer an FM works with gets the OneDrive BVD, whatever intent was recorded before."],
    ]);
    expect(await split(tenant)).toEqual([noIntent]);
  });

  it("000 Example 1: delivered, customer deploys OneDrive immediately — 3718 Complete, Target Date, Next Action Date, the note, Initiate", async () => {
    const { tenant } = await newTenant("Bellows College");
    await record(tenant, "playbook.started");
    await record(tenant, "bvd.delivered", { intent: "deploy_now", targetDate: "2027-01-15", nextActionDate: "2026-12-07" });

    const task = await task3718(tenant);
    expect(task).toMatchObject({ status: "complete", percentComplete: 100 });
    expect(task?.why.map((w) => [w.ruleId, w.why])).toEqual([
      ["od-delivered", "The OneDrive BVD was delivered, so task 3718 is complete."],
      ["od-start", "Every OneDrive-eligible customer an FM works with gets the OneDrive BVD, whatever intent was recorded before."],
    ]);
    const onedrive = await onedriveOf(tenant);
    expect(onedrive).toMatchObject({ serviceStatus: "initiate", nextActionDate: "2026-12-07" });
    // Intent declared: the entitlements move to In Progress, where the target date and the note sit.
    expect(await split(tenant)).toEqual([
      { l1: "status_unknown", entitlements: 0, l2: "new_subscription_or_workload", l3: null, targetDate: null, notes: null },
      { l1: "in_progress", entitlements: 500, l2: null, l3: null, targetDate: "2027-01-15", notes: "After BVD discussion, customer intends to deploy OneDrive" },
    ]);
    expect((await explained(tenant, "set_entitlement_status")).map((e) => e.ruleId)).toEqual(["od-deploy-now"]);
    // The BVD changed OneDrive, so the DIBS review ran at once: the Target Date and Intent it asked for since the
    // workload was added are recorded now, and only Exchange still misses them.
    const findings = (await admin.get(`/api/tenants/${tenant.id}/findings`)).json<TFindingList>().items;
    expect(findings.filter((f) => f.code === "dibs_missing").map((f) => f.message)).toEqual([
      "Exchange: record Target Date, Intent — required for FTC FTP-Led: All Tenants.",
    ]);
    const why = "After the BVD the customer is ready to deploy OneDrive now: target date 2027-01-15, the FE starts on 2026-12-07.";
    expect((await explained(tenant, "append_entitlement_note")).map((e) => [e.ruleId, e.why])).toEqual([["od-deploy-now", why]]);
    expect((await explained(tenant, "set_service_dates")).map((e) => [e.ruleId, e.why])).toEqual([["od-deploy-now", why]]);
  });

  it("000 Approach 1: delivered, customer intends to deploy later — 3718 Complete, dates, and where OneDrive sits in the timeline on the In Progress note", async () => {
    const { tenant } = await newTenant("Contoso Pharmaceuticals");
    await record(tenant, "playbook.started");
    const timelineNote = "OneDrive after the Exchange migration; first wave in March";
    await record(tenant, "bvd.delivered", { intent: "deploy", targetDate: "2027-03-10", nextActionDate: "2027-02-01", timelineNote });

    expect((await task3718(tenant))?.status).toBe("complete");
    expect(await onedriveOf(tenant)).toMatchObject({ serviceStatus: "initiate", nextActionDate: "2027-02-01" });
    expect((await split(tenant))?.find((r) => r.l1 === "in_progress")).toEqual({
      l1: "in_progress",
      entitlements: 500,
      l2: null,
      l3: null,
      targetDate: "2027-03-10",
      notes: timelineNote,
    });
    expect((await explained(tenant, "append_entitlement_note"))[0]?.why).toBe(
      "The customer intends to deploy OneDrive; the In Progress note says where it sits in their deployment timeline.",
    );
  });

  it("000 Approach 1: blocked after the pitch — 3718 Complete, a prompt asks the FM for L1/L2/L3 and the note; recording them moves the entitlements and closes it", async () => {
    const { tenant } = await newTenant("Datum Corporation");
    await record(tenant, "playbook.started");
    await record(tenant, "bvd.delivered", { intent: "blocked" });

    expect((await task3718(tenant))?.status).toBe("complete");
    expect(await bvdFindings(tenant)).toEqual([
      expect.objectContaining({
        service: "onedrive",
        code: "classify_after_bvd",
        role: "fasttrack_manager",
        ruleId: "od-classify-after-bvd",
        message: "Update the OneDrive L1/L2/L3 and Entitlement Status Notes: after the BVD the customer is blocked.",
      }),
    ]);
    expect((await explained(tenant, "raise_finding"))[0]?.why).toBe("After the BVD the customer is blocked or has no intent, which only the FM can classify.");

    const note = "Proxy upgrade at the plants comes first";
    await record(tenant, "bvd.delivered", { intent: "blocked", l2: "customer_it_infrastructure_and_remediation", l3: "network_limitations", note });
    expect((await split(tenant))?.filter((r) => r.entitlements > 0)).toEqual([
      { l1: "blocked", entitlements: 500, l2: "customer_it_infrastructure_and_remediation", l3: "network_limitations", targetDate: null, notes: note },
    ]);
    expect(await bvdFindings(tenant)).toEqual([]);
    expect((await explained(tenant, "resolve_finding")).map((e) => e.ruleId)).toEqual(["od-classified-after-bvd"]);
  });

  it("000 Approach 2: declined — 3718 Cancelled and \"OneDrive BVD Declined: <reason>\" added to the Entitlement Status Notes", async () => {
    const { tenant, onedrive } = await newTenant("Fabrikam Fiber");
    await replaceSplit(onedrive, [{ l1: "status_unknown", entitlements: 500, l2: "new_subscription_or_workload", notes: "New workload from the 2027 renewal; intent not gathered" }]);
    await record(tenant, "playbook.started");
    await record(tenant, "bvd.declined", { reason: "Box contract until 2028" });

    const task = await task3718(tenant);
    expect(task?.status).toBe("cancelled");
    expect(task?.why[0]).toMatchObject({
      ruleId: "od-declined",
      why: "The customer declined the OneDrive BVD (Box contract until 2028), so task 3718 is cancelled and the reason noted.",
    });
    // Added to the note already there, on the row that holds the entitlements; the service status is not touched.
    expect(await split(tenant)).toEqual([
      {
        l1: "status_unknown",
        entitlements: 500,
        l2: "new_subscription_or_workload",
        l3: null,
        targetDate: null,
        notes: "New workload from the 2027 renewal; intent not gathered\nOneDrive BVD Declined: Box contract until 2028",
      },
    ]);
    expect((await onedriveOf(tenant))?.serviceStatus).toBe("initiate");
  });

  // Last in the file: each case moves the clock three months on.
  it.each([
    [true, "deploy", "complete", "Pitched BVD and customer decided to deploy", "The updated OneDrive BVD was shared and the customer decided to deploy."],
    [true, "not_deploy", "complete", "Pitched BVD and customer decided not to deploy", "The updated OneDrive BVD was shared and the customer decided not to deploy."],
    [false, "deploy", "cancelled", "Declined updated BVD and customer decided to deploy", "The updated OneDrive BVD was declined and the customer decided to deploy."],
    [false, "not_deploy", "cancelled", "Declined updated BVD and customer decided not to deploy", "The updated OneDrive BVD was declined and the customer decided not to deploy."],
  ] as const)(
    "000 Example 3: three months after a BVD without enough value, the updated BVD shared=%s, decision %s — 3718 %s, \"%s\"",
    async (shared, decision, status, note, why) => {
      const { tenant } = await newTenant(`Lamna Healthcare ${String(shared)} ${decision}`);
      await record(tenant, "playbook.started");
      const firstNote = "No business value seen in OneDrive yet";
      await record(tenant, "bvd.delivered", { intent: "no_intent", l2: "executive_sponsorship", l3: "business_value_not_seen", note: firstNote });
      expect((await task3718(tenant))?.status).toBe("complete");

      const later = (await admin.post("/api/clock/advance", { days: 91 })).json<{ now: string; fired: number }>();
      expect(later.fired).toBe(0);
      await record(tenant, "bvd.repitched", { shared, decision });

      expect((await task3718(tenant))?.status).toBe(status);
      const [noteWhy] = await explained(tenant, "append_entitlement_note");
      expect(noteWhy).toMatchObject({ ruleId: `od-repitch-${shared ? "shared" : "declined"}-${decision.replace("_", "-")}`, why });
      expect(noteWhy?.occurredAt.slice(0, 10)).toBe(later.now.slice(0, 10));
      // Deciding to deploy declares intent: the entitlements and the note move to In Progress; otherwise they stay in
      // No Intent, where the note joins the first BVD's.
      expect((await split(tenant))?.filter((r) => r.entitlements > 0)).toEqual([
        decision === "deploy"
          ? { l1: "in_progress", entitlements: 500, l2: null, l3: null, targetDate: null, notes: note }
          : { l1: "no_intent", entitlements: 500, l2: "executive_sponsorship", l3: "business_value_not_seen", targetDate: null, notes: `${firstNote}\n${note}` },
      ]);
      expect((await onedriveOf(tenant))?.serviceStatus).toBe("initiate");
    },
  );
});
