import type { TExplanationList, TFindingList, TTaskList, TTenant } from "@waymark/contracts";
import { describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";
import { runningClockFrom } from "../../../../../test-support/playbook-client.ts";

// Seed 001 (SharePoint BVD, task 3737) scenario by scenario through the API; usage passing 10 % after the start is
// also in sharepoint-usage.int.test.ts. The clock starts on Monday 23 November 2026, 10:00 in Berlin, and keeps
// running, so each recorded event has its own moment and the newest explanation comes first.
const clock = runningClockFrom("2026-11-23T09:00:00Z");
const { admin } = useTestApi({ clock });

const today = () => clock.now().toISOString().slice(0, 10);
const daysFrom = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const advance = async (days: number) => (await admin.post("/api/clock/advance", { days })).json<{ fired: number; effects: { kind: string }[] }>();

/** A customer's tenant with Exchange and SharePoint, 1,000 entitlements each, all in Status Unknown as added. */
async function newTenant(name: string) {
  const tenant = await createTenant(admin, (await createCustomer(admin, { name })).id, { name });
  await addService(admin, tenant.id, "exchange", 1000);
  return { tenant, sharepoint: await addService(admin, tenant.id, "sharepoint", 1000) };
}
async function record(tenant: TTenant, type: string, data?: Record<string, unknown>) {
  const response = await admin.post(`/api/tenants/${tenant.id}/playbook-events`, { type, service: "sharepoint", ...(data ? { data } : {}) });
  expect(response.statusCode, response.body).toBe(200);
}
async function reportUsage(tenant: TTenant, activeUsers: number) {
  const items = [{ service: "sharepoint", day: daysFrom(today(), -1), activeUsers, entitlements: 1000 }];
  expect((await admin.post(`/api/tenants/${tenant.id}/usage`, { items })).statusCode).toBe(200);
}
const task3737 = async (tenant: TTenant) =>
  (await admin.get(`/api/tenants/${tenant.id}/tasks`)).json<TTaskList>().items.find((t) => t.catalogTaskId === 3737);
const sharepointOf = async (tenant: TTenant) =>
  (await admin.get(`/api/tenants/${tenant.id}`)).json<TTenant>().services.find((s) => s.service === "sharepoint");
const notesOf = async (tenant: TTenant, l1: string) => (await sharepointOf(tenant))?.split.find((r) => r.l1 === l1)?.notes;
/** The findings this playbook raised (its rules are named sp-…); the DIBS review's own findings are left out. */
const bvdFindings = async (tenant: TTenant) =>
  (await admin.get(`/api/tenants/${tenant.id}/findings`)).json<TFindingList>().items.filter((f) => f.ruleId?.startsWith("sp-"));
const explained = async (tenant: TTenant, kind: string) =>
  (await admin.get(`/api/tenants/${tenant.id}/explanations?kind=${kind}&service=sharepoint`)).json<TExplanationList>().items;
const prompt = (code: string, ruleId: string, message: string) =>
  expect.objectContaining({ service: "sharepoint", code, role: "fasttrack_manager", ruleId, message });

describe("seed 001: the SharePoint BVD, task 3737", () => {
  it("001 Approach 1 (and FAQ \"why re-discuss\"): no SharePoint AU — 3737 for the FM, Mandatory, whatever intent was recorded before", async () => {
    const { tenant, sharepoint } = await newTenant("Alpine Ski House");
    const rows = [{ l1: "no_intent", entitlements: 1000, l2: "using_competitive_solution", l3: "competitor_similar_functionality", notes: "Uses Box" }];
    expect((await admin.put(`/api/services/${sharepoint.id}/split`, { version: sharepoint.version, rows })).statusCode).toBe(200);
    await record(tenant, "playbook.started");
    const task = await task3737(tenant);
    expect(task).toMatchObject({ name: "SharePoint Online Business Value Workshop", status: "not_started", mandatory: true, responsibleRole: "fasttrack_manager" });
    expect(task?.why.map((w) => [w.ruleId, w.why])).toEqual([
      ["sp-start", "The customer has no SharePoint active usage, so the FM delivers the SharePoint BVD, whatever intent was recorded before."],
    ]);
    expect(await notesOf(tenant, "no_intent")).toBe("Uses Box");
  });

  it("001 FAQ AU > 10%: usage is already 25 % when the FM starts — 3737 Cancelled with \"AU > 10%\" in the Entitlement Status Notes", async () => {
    const { tenant } = await newTenant("Blue Yonder Airlines");
    await reportUsage(tenant, 250);
    await record(tenant, "playbook.started");
    const task = await task3737(tenant);
    expect(task?.status).toBe("cancelled");
    expect(task?.why[0]).toMatchObject({
      ruleId: "sp-start-au-over-10",
      why: "SharePoint active usage is already 25% (over 10%), so the BVD is not needed: task 3737 is cancelled.",
    });
    expect(await notesOf(tenant, "status_unknown")).toBe("AU > 10%");
  });

  it("001 FAQ AU (0 % < AU ≤ 10 % is open, DESIGN decision 10): at 5 % no task, a finding asks the FM to decide; declining then cancels 3737", async () => {
    const { tenant } = await newTenant("City Power & Light");
    await reportUsage(tenant, 50);
    await record(tenant, "playbook.started");
    expect(await task3737(tenant)).toBeUndefined();
    expect(await bvdFindings(tenant)).toEqual([
      prompt(
        "decide_bvd_low_au",
        "sp-start-au-low",
        "SharePoint active usage is 5% (between 0% and 10%): decide whether to deliver the SharePoint BVD (task 3737) or cancel it.",
      ),
    ]);
    await record(tenant, "bvd.declined", { reason: "Usage grows without it" });
    expect((await task3737(tenant))?.status).toBe("cancelled");
    expect(await notesOf(tenant, "status_unknown")).toBe("SharePoint BVD Declined: Usage grows without it");
  });

  it("001 FAQ scheduling + Approach 1: a meeting 10 days out marks 3737 In Progress; delivered that day, Complete with dates and the timeline note", async () => {
    const { tenant } = await newTenant("Coho Vineyard");
    await record(tenant, "playbook.started");
    const meetingDate = daysFrom(today(), 10);
    await record(tenant, "bvd.scheduled", { meetingDate, daysOut: 10 });
    let task = await task3737(tenant);
    expect(task?.status).toBe("in_progress");
    expect(task?.why[0]?.why).toBe(`The SharePoint BVD meeting on ${meetingDate} is 10 days out, so task 3737 is In Progress to show the effort.`);

    expect(await advance(10)).toMatchObject({ fired: 0 });
    expect(today()).toBe(meetingDate);
    const timelineNote = "SharePoint after the Exchange migration; intranet pilot in March";
    await record(tenant, "bvd.delivered", { intent: "deploy", targetDate: "2027-03-10", nextActionDate: "2027-02-01", timelineNote });
    task = await task3737(tenant);
    expect(task?.status).toBe("complete");
    expect(task?.why.map((w) => w.ruleId)).toEqual(["sp-delivered", "sp-scheduled", "sp-start"]);
    const sharepoint = await sharepointOf(tenant);
    expect(sharepoint?.nextActionDate).toBe("2027-02-01");
    // Intent declared: all 1,000 entitlements are In Progress, with the target date and the timeline note.
    expect(sharepoint?.split.find((r) => r.l1 === "in_progress")).toMatchObject({ entitlements: 1000, targetDate: "2027-03-10", notes: timelineNote });
  });

  it("001 FAQ scheduling: a meeting 2 days out leaves 3737 Not Started (delivery follows within days)", async () => {
    const { tenant } = await newTenant("Contoso Suites");
    await record(tenant, "playbook.started");
    await record(tenant, "bvd.scheduled", { meetingDate: daysFrom(today(), 2), daysOut: 2 });
    expect((await task3737(tenant))?.status).toBe("not_started");
  });

  it("001 Example 1 (and FAQ on the Next Action Date and notes fields): delivered, deploys now — 3737 Complete, dates, the note, Initiate", async () => {
    const { tenant, sharepoint } = await newTenant("Fourth Coffee");
    // SharePoint had been left behind the Exchange migration; that is done, and the BVD is delivered now.
    expect((await admin.patch(`/api/services/${sharepoint.id}`, { version: sharepoint.version, serviceStatus: "initiate_serialized" })).statusCode).toBe(200);
    await record(tenant, "playbook.started");
    await record(tenant, "bvd.delivered", { intent: "deploy_now", targetDate: "2027-01-15", nextActionDate: "2026-12-14" });

    expect(await task3737(tenant)).toMatchObject({ status: "complete", percentComplete: 100 });
    const after = await sharepointOf(tenant);
    expect(after).toMatchObject({ serviceStatus: "initiate", serviceStatusSince: today(), nextActionDate: "2026-12-14" });
    expect(after?.split.find((r) => r.l1 === "in_progress")).toMatchObject({
      entitlements: 1000,
      targetDate: "2027-01-15",
      notes: "After BVD discussion, customer intends to deploy SharePoint",
    });
    expect((await explained(tenant, "set_service_status")).map((e) => [e.ruleId, e.why])).toEqual([
      ["sp-initiate-when-ready", "The customer is ready to deploy SharePoint and it waits behind no other workload, so its service status is Initiate."],
    ]);
  });

  it("001 Approach 1 + #Compete: no intent after the pitch, comparing with Box — 3737 Complete, \"#Compete\", a prompt for L1/L2/L3 and #SPOblocker", async () => {
    const { tenant } = await newTenant("Graphic Design Institute");
    await record(tenant, "playbook.started");
    await record(tenant, "bvd.delivered", { intent: "no_intent", comparingWith: "Box" });
    expect((await task3737(tenant))?.status).toBe("complete");
    expect(await notesOf(tenant, "status_unknown")).toBe("#Compete");
    expect(await bvdFindings(tenant)).toEqual([
      prompt(
        "classify_after_bvd",
        "sp-classify-after-bvd",
        "Update the SharePoint L1/L2/L3 and Entitlement Status Notes: after the BVD the customer is no_intent. Add #SPOblocker if a specific issue (not a serialized deployment) keeps them from SharePoint.",
      ),
      // Rule 29: 3737 is worked, so its mandatory data points are asked for (the note is there: #Compete).
      prompt("record_3737_data_points", "sp-data-points-missing", "Task 3737 is complete: record SharePoint's Service Next Action Date, mandatory data points of the task."),
    ]);
    expect((await explained(tenant, "append_entitlement_note"))[0]?.why).toBe("The customer is comparing SharePoint with Box, which they already have.");
  });

  it("001 Approach 2: declined — 3737 Cancelled and \"SharePoint BVD Declined: <reason>\" in the Entitlement Status Notes", async () => {
    const { tenant } = await newTenant("Humongous Insurance");
    await record(tenant, "playbook.started");
    await record(tenant, "bvd.declined", { reason: "File shares are enough" });
    const task = await task3737(tenant);
    expect(task?.status).toBe("cancelled");
    expect(task?.why[0]?.why).toBe("The customer declined the SharePoint BVD (File shares are enough), so task 3737 is cancelled and the reason noted.");
    expect(await notesOf(tenant, "status_unknown")).toBe("SharePoint BVD Declined: File shares are enough");
    expect((await sharepointOf(tenant))?.serviceStatus).toBe("initiate");
  });

  it("001 Hashtag #Compliance: declined for compliance reasons — the reason and \"#Compliance\" in the notes", async () => {
    const { tenant } = await newTenant("Litware");
    await record(tenant, "playbook.started");
    await record(tenant, "bvd.declined", { reason: "Data must stay on premises", compliance: true });
    expect((await task3737(tenant))?.status).toBe("cancelled");
    expect(await notesOf(tenant, "status_unknown")).toBe("SharePoint BVD Declined: Data must stay on premises\n#Compliance");
  });

  it("001 Example 2: declined, deploys after the Exchange migration — 3737 Cancelled, \"Serial: Exchange#1, SharePoint#2 (SharePoint BVD Declined)\", Initiate - Serialized", async () => {
    const { tenant } = await newTenant("Lucerne Publishing");
    await record(tenant, "playbook.started");
    await record(tenant, "bvd.declined", { reason: "Exchange migration first", deploymentOrder: ["exchange", "sharepoint"] });
    expect((await task3737(tenant))?.status).toBe("cancelled");
    const sharepoint = await sharepointOf(tenant);
    expect(sharepoint).toMatchObject({ serviceStatus: "initiate_serialized", serviceStatusSince: today() });
    expect(sharepoint?.split.find((r) => r.l1 === "in_progress")).toMatchObject({
      entitlements: 0,
      notes: "Serial: Exchange#1, SharePoint#2 (SharePoint BVD Declined)",
    });
    expect(sharepoint?.split.reduce((sum, r) => sum + r.entitlements, 0)).toBe(1000);
    expect((await explained(tenant, "set_service_status"))[0]?.why).toBe(
      "The customer declined the pitch but will deploy SharePoint after another workload, so SharePoint is serialized.",
    );
  });

  it("001 Approach 3 + #Unresponsive: three attempts, each unanswered for 3 business days — 3737 Cancelled with \"#Unresponsive\"", async () => {
    const { tenant } = await newTenant("Margie's Travel");
    await record(tenant, "playbook.started");
    for (const attemptNumber of [1, 2]) {
      await record(tenant, "bvd.attempt_made", { attemptNumber });
      expect(await advance(7)).toMatchObject({ fired: 1, effects: [] });
      expect((await task3737(tenant))?.status).toBe("not_started");
    }
    await record(tenant, "bvd.attempt_made", { attemptNumber: 3 });
    expect((await advance(7)).effects.map((e) => e.kind)).toEqual(["set_task_status", "append_entitlement_note"]);
    const task = await task3737(tenant);
    expect(task?.status).toBe("cancelled");
    expect(task?.why[0]?.why).toBe("The customer did not answer 3 attempts to have the SharePoint BVD, so task 3737 is cancelled.");
    expect(await notesOf(tenant, "status_unknown")).toBe("#Unresponsive");
  });

  it("001 FAQ AU > 10% arriving later: two weeks into scheduling, usage reaches 12 % — the In Progress 3737 is Cancelled with \"AU > 10%\"", async () => {
    const { tenant } = await newTenant("Northwind Traders");
    await record(tenant, "playbook.started");
    await record(tenant, "bvd.scheduled", { meetingDate: daysFrom(today(), 21), daysOut: 21 });
    expect((await task3737(tenant))?.status).toBe("in_progress");
    await advance(14);
    await reportUsage(tenant, 120);
    const task = await task3737(tenant);
    expect(task?.status).toBe("cancelled");
    expect(task?.why[0]?.why).toBe("SharePoint active usage reached 12% (over 10%), so the BVD is no longer needed: task 3737 is cancelled.");
    expect(await notesOf(tenant, "status_unknown")).toBe("AU > 10%");
  });

  it("001 FAQ Account Team delivered, FM took part and it resonated — 3737 Complete, \"who and results\" and \"#FieldDeliveringBVD\" in the notes", async () => {
    const { tenant } = await newTenant("Proseware");
    await record(tenant, "playbook.started");
    await record(tenant, "field.pitch_delivered", { fmParticipated: true, resonated: true, who: "Account Team (J. Doe)", results: "HR pilot in January" });
    expect((await task3737(tenant))?.status).toBe("complete");
    expect(await notesOf(tenant, "status_unknown")).toBe("Account Team (J. Doe): HR pilot in January\n#FieldDeliveringBVD");
  });

  it("001 FAQ Account Team delivered, FM uncertain — a finding asks to re-deliver if the customer agrees; re-delivered, 3737 Complete", async () => {
    const { tenant } = await newTenant("Relecloud");
    await record(tenant, "playbook.started");
    await record(tenant, "field.pitch_delivered", { fmParticipated: false, resonated: false, who: "Account Team", results: "unknown" });
    expect((await task3737(tenant))?.status).toBe("not_started");
    expect(await notesOf(tenant, "status_unknown")).toBe("#FieldDeliveringBVD");
    expect(await bvdFindings(tenant)).toEqual([
      prompt(
        "redeliver_bvd",
        "sp-field-pitch-uncertain",
        "The Account Team already pitched SharePoint, but it is uncertain the pitch resonated: re-deliver the SharePoint BVD if the customer agrees.",
      ),
    ]);
    await record(tenant, "bvd.delivered", { intent: "deploy_now", targetDate: "2027-02-15", nextActionDate: "2027-01-11" });
    expect((await task3737(tenant))?.status).toBe("complete");
  });

  it.each([
    [true, false, "complete", ["record_3737_data_points"]],
    [false, true, "not_started", ["deliver_bvd"]],
    [false, false, "cancelled", []],
  ] as const)(
    "001 FAQ already piloting: other deck delivered=%s, FM sees a benefit=%s — 3737 %s, findings %j, \"#Pilot\"",
    async (otherDeckDelivered, fmSeesBenefit, status, codes) => {
      const { tenant } = await newTenant(`Tailspin Toys ${String(otherDeckDelivered)} ${String(fmSeesBenefit)}`);
      await record(tenant, "playbook.started");
      await record(tenant, "pilot.reported", { otherDeckDelivered, fmSeesBenefit });
      expect((await task3737(tenant))?.status).toBe(status);
      expect(await notesOf(tenant, "status_unknown")).toBe("#Pilot");
      const findings = await bvdFindings(tenant);
      expect(findings.map((f) => f.code)).toEqual(codes);
      if (codes[0] === "deliver_bvd") {
        expect(findings[0]?.message).toBe("The customer is piloting SharePoint without having seen a pitch deck: deliver the SharePoint BVD (task 3737).");
      }
    },
  );
});
