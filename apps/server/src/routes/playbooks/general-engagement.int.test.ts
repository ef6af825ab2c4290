import type { TPlaybookEventResult, TTenant } from "@waymark/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, startTestApi, type TestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";
import { playbookClient } from "../../../../../test-support/playbook-client.ts";
import { adjustableClock } from "../../clock.ts";

// Seed 004 "General Engagement" driven through the API, with the clock moved by hand.
// Monday 23 November 2026, 10:00 in Berlin.
const clock = adjustableClock(() => new Date("2026-11-23T09:00:00Z"));
let api: TestApi;
let admin: Client;
let customerId: string;

const { recordOk, refusal, tasks, findings, explanations, advance } = playbookClient(() => admin);
/** [task, service, status, role], in catalogue order. */
const taskRows = async (tenantId: string) =>
  (await tasks(tenantId)).map((t) => [t.catalogTaskId, t.service, t.status, t.responsibleRole]).sort((a, b) => Number(a[0]) - Number(b[0]));
const statusOf = async (tenantId: string, taskId: number) => (await tasks(tenantId)).find((t) => t.catalogTaskId === taskId)?.status;
/** The open prompts of the General Engagement playbooks (other playbooks, such as DIBS, may add their own). */
const prompts = async (tenantId: string) =>
  (await findings(tenantId))
    .filter((f) => f.ruleId?.startsWith("ge-") || f.ruleId?.startsWith("ec-"))
    .map((f) => f.code)
    .sort();

beforeAll(async () => {
  api = await startTestApi({ clock });
  admin = await api.signIn();
  customerId = (await createCustomer(admin, { name: "Tailspin Toys" })).id;
});
afterAll(() => api.close());

describe("an RFA engagement on a managed account: kickoff, then disengagement once enablement completes", () => {
  let id: string;
  beforeAll(async () => {
    const tenant = await createTenant(admin, customerId, { name: "Tailspin Toys", managed: true, seats: 800, rfaSubmittedOn: "2026-11-16", rfaApprovedOn: "2026-11-20" });
    id = tenant.id;
  });

  it("refuses a start that does not say where the engagement comes from", async () => {
    expect(await refusal(id, "engagement.started", { origin: "walk_in" })).toBe("Say where the engagement comes from: origin rfa, customer_health or targeting.");
    expect(await tasks(id)).toEqual([]);
  });

  it("start: the kickoff tasks and the later mandatory ones (no deprecated 1910), expectations and Account Team prompts", async () => {
    await recordOk(id, "engagement.started", { origin: "rfa" });
    const FM = "fasttrack_manager";
    expect(await taskRows(id)).toEqual([
      [994, null, "not_started", FM],
      [1126, null, "not_started", "fasttrack_engineer"],
      [1903, null, "not_started", FM],
      [3616, null, "not_started", FM],
      [3690, null, "not_started", FM],
      [3979, null, "not_started", FM],
      [4047, null, "not_started", FM],
    ]);
    expect(await prompts(id)).toEqual(["engage_account_team", "prepare_kickoff", "set_rfa_expectations"]);
    expect((await findings(id)).find((f) => f.code === "set_rfa_expectations")?.message).toContain(
      "when enablement is complete (100 active users, or 10% for customers with fewer than 1,000 seats)",
    );
  });

  it("handover and kickoff with risks and a wish for a partner: 3979, 994, 3616 Complete and QuickLeads 983 opened", async () => {
    await recordOk(id, "handover.completed");
    await recordOk(id, "account_team.engaged");
    await recordOk(id, "kickoff.held", { risks: ["out of FastTrack scope: custom DLP"], wantsPartner: true, knowledgeGaps: ["Teams governance"] });
    const rows = await taskRows(id);
    expect(rows.filter((r) => r[2] === "complete").map((r) => r[0])).toEqual([994, 3616, 3979]);
    const quickLeads = (await tasks(id)).find((t) => t.catalogTaskId === 983);
    expect(quickLeads).toMatchObject({ status: "not_started", responsibleRole: "fasttrack_manager" });
    expect(quickLeads?.why[0]?.why).toBe(
      "The kickoff revealed project risks and the customer would like a FastTrack Ready Partner to complement the benefit, so the FM sends a partner referral through QuickLeads (task 983).",
    );
    expect(await prompts(id)).toEqual(["capture_ssat", "confirm_dibs", "offer_sme_follow_up"]);
    for (const type of ["dibs.confirmed", "ssat.capture_started", "sme_follow_up.offered"]) await recordOk(id, type);
    expect(await prompts(id)).toEqual([]);
  });

  it("disengagement is refused before enablement completes; 10% active users of 800 seats make it due (task 4058)", async () => {
    await addService(admin, id, "teams", 800);
    expect(await refusal(id, "engagement.completion_discussion_held", undefined, "teams")).toBe(
      "Disengagement of teams is not due yet: the engagement completion discussion follows enablement completion (100 active users, or 10% for customers with fewer than 1,000 seats) or a completed migration.",
    );
    const usage = (day: string, activeUsers: number) => admin.post(`/api/tenants/${id}/usage`, { items: [{ service: "teams", day, activeUsers, entitlements: 800 }] });
    expect((await usage("2026-11-22", 60)).json()).toEqual({ stored: 1, effects: [] }); // 7.5 %
    const due = (await usage("2026-11-23", 85)).json<TPlaybookEventResult>().effects; // 10.63 %
    expect(due.map((e) => [e.kind, e.explanation.ruleId])).toEqual([
      ["create_task", "ec-enablement-active-percent"],
      ["raise_finding", "ec-enablement-active-percent"],
    ]);
    expect(due[0]?.explanation.why).toBe(
      "teams has 10.63% active users and the customer has 800 seats (fewer than 1,000, so 10% completes enablement), and needs no migration, so disengagement is due (task 4058).",
    );
    expect((await tasks(id)).find((t) => t.catalogTaskId === 4058)).toMatchObject({ service: "teams", status: "not_started", mandatory: true });
    expect((await findings(id)).find((f) => f.code === "hold_completion_discussion")).toMatchObject({ service: "teams", role: "fasttrack_manager" });
  });

  it("the completion discussion completes 4058 and closes its prompt; the enablement meeting and survey contact close theirs", async () => {
    await recordOk(id, "engagement.completion_discussion_held", undefined, "teams");
    await recordOk(id, "enablement.sync_held");
    await recordOk(id, "survey.contact_identified");
    expect(await statusOf(id, 4058)).toBe("complete");
    expect(await statusOf(id, 1126)).toBe("complete");
    expect(await statusOf(id, 3690)).toBe("complete");
    expect(await prompts(id)).toEqual([]);
  });
});

describe("an ACM partner through QuickLeads for a customer without an Account Team", () => {
  let id: string;
  const REFERRAL = { serviceType: "training_enablement", partners: ["Contoso Change", "Fabrikam Adoption"] };
  beforeAll(async () => {
    id = (await createTenant(admin, customerId, { name: "Tailspin Toys Europe", managed: false })).id;
    await recordOk(id, "engagement.started", { origin: "targeting" });
  });

  it("asks first whether a current partner offers ACM; without one, QuickLeads task 983 is opened", async () => {
    expect(await refusal(id, "acm.partner_needed", {})).toBe(
      "Ask the customer first whether one of their current partners offers the ACM services they need, and record the answer (currentPartnerOffersAcm: true or false).",
    );
    await recordOk(id, "acm.partner_needed", { currentPartnerOffersAcm: false });
    expect((await tasks(id)).find((t) => t.catalogTaskId === 983)?.status).toBe("not_started");
    expect((await prompts(id)).filter((c) => c.startsWith("acm_"))).toEqual(["acm_referral_request"]);
  });

  it("refuses the referral until the customer agrees to share their contact details, and changes nothing", async () => {
    const expected =
      "An ACM partner referral shares the customer's contact details with the partners, so it needs the customer's verbal approval first: ask the customer, record their approval (piiConsent: true) and submit the referral again.";
    expect(await refusal(id, "acm.referral_submitted", REFERRAL)).toBe(expected);
    expect(await refusal(id, "acm.referral_submitted", { ...REFERRAL, piiConsent: false })).toBe(expected);
    expect(await statusOf(id, 983)).toBe("not_started");
  });

  it("with consent: 983 Complete, the FM told only 2 partners matched; the partners get 3 business days", async () => {
    await recordOk(id, "acm.referral_submitted", { ...REFERRAL, piiConsent: true });
    expect(await statusOf(id, 983)).toBe("complete");
    expect((await findings(id)).find((f) => f.code === "acm_fewer_partners")?.message).toBe(
      "Only 2 of the usual 3 ACM partners were matched by location and specialty: tell the customer, and ask QuickLeads or the Account Team for more if they want a wider choice.",
    );
    expect(await advance(2)).toEqual({ fired: 0, effects: [] }); // Wednesday
    expect(await advance(1)).toEqual({ fired: 1, effects: [["raise_finding", "ge-acm-partner-contact-overdue"]] }); // Thursday
    expect((await prompts(id)).filter((c) => c.startsWith("acm_"))).toEqual(["acm_fewer_partners", "acm_partner_follow_up"]);
  });

  it("a partner's contact closes the follow-up; the concluded conversation completes 4047", async () => {
    await recordOk(id, "acm.partner_contacted_customer");
    await recordOk(id, "acm.conversation_held");
    expect((await prompts(id)).filter((c) => c.startsWith("acm_"))).toEqual([]);
    expect(await statusOf(id, 4047)).toBe("complete");
  });
});

describe("a Customer Health engagement: Land the Benefit, then governance reviews reminded until the FM disengages", () => {
  let id: string;
  beforeAll(async () => {
    id = (await createTenant(admin, customerId, { name: "Tailspin Toys Americas", managed: false })).id;
  });

  it("start: Land the Benefit task 3330 for the FastTrack Architect, and the governance prompt", async () => {
    await recordOk(id, "engagement.started", { origin: "customer_health" });
    expect((await tasks(id)).find((t) => t.catalogTaskId === 3330)).toMatchObject({ status: "not_started", responsibleRole: "fasttrack_architect_v2", mandatory: false });
    expect(await prompts(id)).toEqual(["prepare_kickoff", "prepare_land_the_benefit", "set_up_governance"]);
  });

  it("the benefit landed: 3330 Complete and the customer's Engagement Start Date recorded on the tenant", async () => {
    await recordOk(id, "benefit.landed", { engagementStartDate: "2027-01-04" });
    expect(await statusOf(id, 3330)).toBe("complete");
    expect((await admin.get(`/api/tenants/${id}`)).json<TTenant>().engagementStartDate).toBe("2027-01-04");
    expect((await explanations(id, "set_engagement_start_date"))[0]?.why).toBe(
      "The customer wants to start working with FastTrack on 2027-01-04, captured as the Engagement Start Date.",
    );
    expect(await prompts(id)).toEqual(["prepare_kickoff", "set_up_governance", "update_dibs_enterprise_status"]);
  });

  it("refuses a cadence other than every 1 or 2 weeks; weekly: 3334 Complete, 3333 In Progress", async () => {
    expect(await refusal(id, "governance.established", { cadenceWeeks: 3 })).toBe(
      "Say how often the governance reviews meet: cadenceWeeks 1 (every week) or 2 (every two weeks), by lifecycle phase.",
    );
    await recordOk(id, "governance.established", { cadenceWeeks: 1 });
    expect(await statusOf(id, 3334)).toBe("complete");
    expect((await tasks(id)).find((t) => t.catalogTaskId === 3333)).toMatchObject({ status: "in_progress", responsibleRole: "fasttrack_architect_v2" });
    expect(await prompts(id)).not.toContain("set_up_governance");
  });

  it("the reminder comes 5 business days later and re-arms itself each time it fires", async () => {
    // Established on Thursday 26 November: due Thursday 3 December.
    expect(await advance(6)).toEqual({ fired: 0, effects: [] });
    const REMINDER = [
      ["start_timer", "ge-governance-every-1-week"],
      ["raise_finding", "ge-governance-review-due"],
    ];
    expect(await advance(1)).toEqual({ fired: 1, effects: REMINDER });
    expect(await prompts(id)).toContain("governance_review_due");
    await recordOk(id, "governance.review_held");
    expect(await prompts(id)).not.toContain("governance_review_due");
    expect(await advance(7)).toEqual({ fired: 1, effects: REMINDER }); // Thursday 10 December
    expect(await prompts(id)).toContain("governance_review_due");
  });

  it("every two weeks from now on: no reminder a week later", async () => {
    await recordOk(id, "governance.cadence_changed", { cadenceWeeks: 2 });
    expect(await advance(7)).toEqual({ fired: 0, effects: [] });
  });

  it("disengaging stops the reminders and completes the program health meetings (3333)", async () => {
    await recordOk(id, "engagement.disengaged");
    expect(await statusOf(id, 3333)).toBe("complete");
    expect(await prompts(id)).not.toContain("governance_review_due");
    expect(await advance(14)).toEqual({ fired: 0, effects: [] });
  });
});
