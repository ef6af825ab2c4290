import type { TAuditEvent } from "@waymark/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "../../../../../test-support/api.ts";
import { createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";
import { playbookClient } from "../../../../../test-support/playbook-client.ts";
import { adjustableClock } from "../../clock.ts";

// Seed 003 "Initial Customer Engagement" (the Gateway process) driven through the API, with the clock moved by hand.
// Friday 20 November 2026, 10:00 in Berlin: the first wait crosses a weekend.
const clock = adjustableClock(() => new Date("2026-11-20T09:00:00Z"));
let api: TestApi;
let admin: Client;
let customerId: string;

const DUPLICATE_CHECK_FIRST =
  "Check for duplicate tenants and record the result before contacting anyone (search FTOP by Primary TPID, company name, name variations and abbreviations): the customer may already work with an FM on another tenant.";

const { record, recordOk, tasks, tenantOf, findings, openCodes, explanations, advance } = playbookClient(() => admin);
/** The rule that recorded the tenant's assignment option, with its why. */
const assignmentOption = async (tenantId: string) => (await explanations(tenantId, "record_assignment_option"))[0];

beforeAll(async () => {
  api = await startTestApi({ clock });
  admin = await api.signIn();
  customerId = (await createCustomer(admin, { name: "Wide World Importers" })).id;
});
afterAll(() => api.close());

describe("nobody answers: Account Team → partner → customer 1st, 2nd, 3rd → unresponsive, each wait firing by itself", () => {
  let id: string;
  beforeAll(async () => {
    id = (await createTenant(admin, customerId, { name: "Wide World Importers", managed: true })).id;
  });

  it("the tenant reaches the FM: task 2453 Not Started and the duplicate and entitlement checks are asked for", async () => {
    await recordOk(id, "gateway.started");
    const started = await tasks(id);
    expect(started).toMatchObject([{ catalogTaskId: 2453, service: null, status: "not_started", mandatory: true, responsibleRole: "fasttrack_manager" }]);
    expect(started[0]?.why[0]?.why).toBe(
      "A tenant needing assignment (RM = FTCQ AiR) starts the Gateway engagement process: task 2453 is created, and duplicates and entitlements are checked before anyone is contacted.",
    );
    expect(await openCodes(id)).toEqual(["check_duplicate_tenants", "check_entitlement_requirements"]);
  });

  it("refuses to contact anyone before the duplicate check, saying how to go on, and changes nothing", async () => {
    for (const type of ["gateway.account_team_contacted", "gateway.partner_contacted", "gateway.customer_contacted"]) {
      const response = await record(id, type, { pdmOnly: false, partnerListed: true });
      expect(response.statusCode, type).toBe(422);
      expect(response.json<{ detail: string }>().detail, type).toBe(DUPLICATE_CHECK_FIRST);
    }
    await recordOk(id, "gateway.duplicate_check_recorded", { outcome: "possible_duplicate" });
    expect(await openCodes(id)).toEqual(["check_entitlement_requirements", "compare_in_viewpoint"]);
    expect((await record(id, "gateway.account_team_contacted", { pdmOnly: false, partnerListed: true })).json<{ detail: string }>().detail).toBe(
      DUPLICATE_CHECK_FIRST,
    );
    expect(await tenantOf(id)).toMatchObject({ overallStatus: null, engagementStartDate: null });
    expect(await explanations(id, "create_outreach_step")).toEqual([]);
  });

  it("Viewpoint shows a different organization and the entitlements are met: 2453 In Progress, no prompt left", async () => {
    await recordOk(id, "gateway.duplicate_check_recorded", { outcome: "different_organization" });
    await recordOk(id, "gateway.entitlement_check_recorded", { met: true });
    expect((await tasks(id)).map((t) => [t.catalogTaskId, t.status])).toEqual([[2453, "in_progress"]]);
    expect(await findings(id)).toEqual([]);
  });

  it("Account Team contacted on Friday: Overall Status Active; their 3 business days run out on Wednesday, not before", async () => {
    await recordOk(id, "gateway.account_team_contacted", { pdmOnly: false, partnerListed: true });
    expect(await tenantOf(id)).toMatchObject({ overallStatus: "active", overallStatusDate: "2026-11-20" });
    expect(await advance(2)).toEqual({ fired: 0, effects: [] }); // Sunday
    expect(await advance(2)).toEqual({ fired: 0, effects: [] }); // Tuesday
    expect(await advance(1)).toEqual({
      fired: 1,
      effects: [
        ["raise_finding", "gw-account-team-unanswered-meeting"],
        ["create_outreach_step", "gw-account-team-unanswered-contact-partner"],
        ["start_timer", "gw-account-team-unanswered-contact-partner"],
        ["set_overall_status", "gw-account-team-unanswered-contact-partner"],
      ],
    });
    expect(await openCodes(id)).toEqual(["schedule_account_team_meeting"]);
    // Each step states the Overall Status again, so its date is the step's day, not the first contact's.
    expect(await tenantOf(id)).toMatchObject({ overallStatus: "active", overallStatusDate: "2026-11-25" });
  });

  it("the partner's wait runs out the next Monday: the customer gets the 1st contact", async () => {
    expect(await advance(4)).toMatchObject({ fired: 0 }); // Sunday 29 November
    expect(await advance(1)).toEqual({
      fired: 1,
      effects: [
        ["create_outreach_step", "gw-partner-unanswered-contact-customer"],
        ["start_timer", "gw-partner-unanswered-contact-customer"],
        ["set_overall_status", "gw-partner-unanswered-contact-customer"],
      ],
    });
    expect((await tenantOf(id)).overallStatus).toBe("active");
  });

  it("no answer to the 1st and 2nd contacts: the 2nd and 3rd go out 3 business days apart, weekend skipped", async () => {
    expect(await advance(2)).toMatchObject({ fired: 0 }); // Wednesday 2 December
    expect(await advance(1)).toEqual({
      fired: 1,
      effects: [
        ["create_outreach_step", "gw-customer-second-contact"],
        ["start_timer", "gw-customer-second-contact"],
        ["set_overall_status", "gw-customer-second-contact"],
      ],
    });
    expect(await advance(4)).toMatchObject({ fired: 0 }); // Monday 7 December: Friday and Monday are 2 business days
    expect(await advance(1)).toEqual({
      fired: 1,
      effects: [
        ["create_outreach_step", "gw-customer-third-contact"],
        ["start_timer", "gw-customer-third-contact"],
        ["set_overall_status", "gw-customer-third-contact"],
      ],
    });
    expect((await tenantOf(id)).overallStatus).toBe("active");
  });

  it("no answer to the 3rd contact: the unresponsive option, 2453 Complete, no Engagement Start Date, nothing left waiting", async () => {
    expect(await advance(2)).toMatchObject({ fired: 0 }); // Thursday 10 December
    expect(await advance(1)).toEqual({
      fired: 1,
      effects: [
        ["record_assignment_option", "gw-customer-unresponsive"],
        ["set_task_status", "gw-customer-unresponsive"],
        ["raise_finding", "gw-customer-unresponsive"],
      ],
    });
    expect((await tasks(id)).map((t) => [t.catalogTaskId, t.status])).toEqual([[2453, "complete"]]);
    expect(await tenantOf(id)).toMatchObject({ overallStatus: "active", overallStatusDate: "2026-12-08", engagementStartDate: null, assignmentOption: "unresponsive" });
    expect(await assignmentOption(id)).toMatchObject({
      change: { kind: "record_assignment_option", option: "unresponsive" },
      why: "The customer did not respond to the 3rd contact, so the tenant takes the Proactive Assignment Option for unresponsive customers and the engagement process ends (task 2453).",
    });
    expect((await findings(id)).find((f) => f.code === "document_unresponsive")?.message).toBe(
      "The customer did not respond to three contacts: the tenant takes the unresponsive assignment option. Document it in the Overall Status Notes; do not update the Engagement Start Date.",
    );
    expect(await advance(7)).toMatchObject({ fired: 0 });
  });

  it("keeps the whole sequence: five templates, each wait named with the business day it ran out", async () => {
    const steps = (await explanations(id, "create_outreach_step")).map((e) => e.change).reverse();
    expect(steps).toEqual([
      { kind: "create_outreach_step", audience: "account_team", template: "Account Team Contact Template", attemptNumber: 1 },
      { kind: "create_outreach_step", audience: "partner", template: "Partner Contact Template", attemptNumber: 1 },
      { kind: "create_outreach_step", audience: "customer", template: "Customer 1st Contact Template", attemptNumber: 1 },
      { kind: "create_outreach_step", audience: "customer", template: "Customer 2nd Contact Template", attemptNumber: 2 },
      { kind: "create_outreach_step", audience: "customer", template: "Customer 3rd Contact Template", attemptNumber: 3 },
    ]);
    const history = (await admin.get(`/api/tenants/${id}/history`)).json<{ items: TAuditEvent[] }>().items;
    const waits = history.filter((e) => e.action === "playbook.event_recorded" && e.actorKind === "rule").map((e) => e.reason);
    expect(waits.reverse()).toEqual([
      'the wait "account-team-answer" started by rule gw-account-team-contact ran out on 2026-11-25',
      'the wait "partner-answer" started by rule gw-account-team-unanswered-contact-partner ran out on 2026-11-30',
      'the wait "customer-answer" started by rule gw-partner-unanswered-contact-customer ran out on 2026-12-03',
      'the wait "customer-answer" started by rule gw-customer-second-contact ran out on 2026-12-08',
      'the wait "customer-answer" started by rule gw-customer-third-contact ran out on 2026-12-11',
    ]);
  });
});

describe("an RFA was just approved: straight to the RFA assignment option", () => {
  let id: string;
  beforeAll(async () => {
    id = (await createTenant(admin, customerId, { name: "Wide World Importers Retail", rfaSubmittedOn: "2026-12-01", rfaApprovedOn: "2026-12-10" })).id;
  });

  it("2453 Not Required and the FM told to take the RFA option; no outreach, no completion", async () => {
    await recordOk(id, "gateway.started");
    const [task] = await tasks(id);
    expect(task).toMatchObject({ catalogTaskId: 2453, status: "not_required" });
    expect(task?.why[0]?.why).toBe("An RFA has just been approved on the tenant, so it goes directly to the RFA assignment option instead of proactive outreach.");
    expect(await findings(id)).toMatchObject([
      {
        code: "rfa_assignment_route",
        role: "fasttrack_manager",
        message:
          "An RFA was just approved on this tenant: go directly to the assignment option for Request for Assistance (RFA). No proactive outreach to the Account Team, partner or customer.",
      },
    ]);
    expect(await recordOk(id, "gateway.duplicate_check_recorded", { outcome: "no_duplicate" })).toEqual([]);
    const contact = await record(id, "gateway.customer_contacted");
    expect(contact.statusCode).toBe(422);
    expect(contact.json<{ detail: string }>().detail).toBe(
      "No outreach starts: an RFA was just approved, so the tenant takes the RFA assignment option (task 2453 is Not Required).",
    );
    const complete = await record(id, "gateway.engagement_completed", { engagementStartDate: "2027-01-04", option: "frp_referral" });
    expect(complete.statusCode).toBe(422);
    expect(complete.json<{ detail: string }>().detail).toBe(
      "The Gateway engagement process cannot be completed: an RFA was just approved, so the tenant takes the RFA assignment option (task 2453 is Not Required).",
    );
    expect(await tenantOf(id)).toMatchObject({ overallStatus: null, engagementStartDate: null });
  });
});

describe("an unmanaged tenant whose only Account Team member is a PDM, no partner listed", () => {
  let id: string;
  beforeAll(async () => {
    id = (await createTenant(admin, customerId, { name: "Wide World Importers Online", managed: false })).id;
    await recordOk(id, "gateway.started");
    await recordOk(id, "gateway.duplicate_check_recorded", { outcome: "no_duplicate" });
    await recordOk(id, "gateway.entitlement_check_recorded", { met: true });
  });

  it("the PDM's silence brings a follow-up e-mail instead of a meeting, and the customer's 1st contact: no partner", async () => {
    await recordOk(id, "gateway.account_team_contacted", { pdmOnly: true, partnerListed: false }); // Friday 18 December
    expect(await advance(4)).toMatchObject({ fired: 0 });
    expect(await advance(1)).toEqual({
      fired: 1,
      effects: [
        ["raise_finding", "gw-account-team-unanswered-pdm"],
        ["create_outreach_step", "gw-account-team-unanswered-contact-customer"],
        ["start_timer", "gw-account-team-unanswered-contact-customer"],
        ["set_overall_status", "gw-account-team-unanswered-contact-customer"],
      ],
    });
    expect(await openCodes(id)).toEqual(["follow_up_pdm"]);
    expect((await explanations(id, "create_outreach_step")).map((e) => (e.change as { audience: string }).audience)).toEqual(["customer", "account_team"]);
  });

  it("the customer answers: their wait stops and the FM is asked to meet them with the call script", async () => {
    await recordOk(id, "gateway.customer_responded");
    expect((await explanations(id, "cancel_timer")).map((e) => e.change)).toEqual([{ kind: "cancel_timer", key: "customer-answer", service: null }]);
    expect(await openCodes(id)).toEqual(["follow_up_pdm", "meet_customer"]);
  });
});

describe("the Account Team answers with full DIBS: task 3993, then the engagement completes with its start date and option", () => {
  let id: string;
  beforeAll(async () => {
    id = (await createTenant(admin, customerId, { name: "Wide World Importers Labs" })).id;
    await recordOk(id, "gateway.started");
    await recordOk(id, "gateway.duplicate_check_recorded", { outcome: "no_duplicate" });
    await recordOk(id, "gateway.entitlement_check_recorded", { met: true });
    await recordOk(id, "gateway.account_team_contacted", { pdmOnly: false, partnerListed: true });
  });

  it("their answer stops the wait: nothing fires when the 3 business days are over", async () => {
    await recordOk(id, "gateway.account_team_responded", { providedDibs: true, frpEngaged: false });
    expect(await openCodes(id)).toEqual(["follow_dibs_flowchart", "update_account_team_contacts"]);
    expect(await advance(5)).toEqual({ fired: 0, effects: [] });
    expect(await explanations(id, "create_outreach_step")).toHaveLength(1);
  });

  it("full DIBS from the Account Team completes 3993 only; a second source is refused with how to correct it", async () => {
    await recordOk(id, "gateway.dibs_obtained", { source: "account_team" });
    const second = await record(id, "gateway.dibs_obtained", { source: "customer" });
    expect(second.statusCode).toBe(422);
    expect(second.json<{ detail: string }>().detail).toBe(
      "Another DIBS source is already recorded (one of tasks 3993, 3994, 3995 is Complete), and seed 003 marks only one, by who provided full DIBS. Reopen that task first if it was recorded wrongly.",
    );
    expect((await tasks(id)).map((t) => [t.catalogTaskId, t.status]).sort()).toEqual([
      [2453, "in_progress"],
      [3993, "complete"],
    ]);
  });

  it("refuses a completion without the Engagement Start Date, saying what to record", async () => {
    const response = await record(id, "gateway.engagement_completed", { partnerEngaged: false, dibsProvided: true, frpReferralEligible: true });
    expect(response.statusCode).toBe(422);
    expect(response.json<{ detail: string }>().detail).toBe("Record the Engagement Start Date (YYYY-MM-DD): completing the engagement process updates it in FTOP.");
    expect((await tasks(id)).find((t) => t.catalogTaskId === 2453)?.status).toBe("in_progress");
  });

  it("completed: 2453 Complete, the Engagement Start Date set, the FRP referral option derived, the flowchart prompt closed", async () => {
    await recordOk(id, "gateway.engagement_completed", {
      engagementStartDate: "2027-01-11",
      frpEngaged: false,
      partnerEngaged: false,
      dibsProvided: true,
      frpReferralEligible: true,
      meetsCssCriteria: true,
    });
    expect((await tasks(id)).find((t) => t.catalogTaskId === 2453)).toMatchObject({ status: "complete", percentComplete: 100 });
    expect(await tenantOf(id)).toMatchObject({ engagementStartDate: "2027-01-11", assignmentOption: "frp_referral" });
    expect(await assignmentOption(id)).toMatchObject({
      ruleId: "gw-derive-2-frp-referral",
      change: { option: "frp_referral" },
      why: "No partner is engaged, DIBS were given for at least one workload and the tenant is eligible for an FRP referral: Assign FastTrack Ready Partner.",
    });
    expect(await explanations(id, "record_assignment_option")).toHaveLength(1);
    expect(await openCodes(id)).not.toContain("follow_dibs_flowchart");
    const again = await record(id, "gateway.partner_contacted");
    expect(again.json<{ detail: string }>().detail).toBe(
      "No outreach starts: the engagement process is complete and the tenant has its assignment option (task 2453 is Complete).",
    );
  });
});
