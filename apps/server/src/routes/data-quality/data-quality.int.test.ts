import { insertAssignment } from "@waymark/db";
import type { TCreateTenant, TDataQualityFinding, TDataQualityReport, TNote, TService, TTenant, TTenantDataQuality } from "@waymark/contracts";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Client, useTestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

const START = new Date("2026-11-23T09:00:00Z");
let now = START;
let ticks = 0;
// The clock moves a millisecond on each reading, so two notes written one after the other are never simultaneous.
const { admin, api } = useTestApi({ now: () => new Date(now.getTime() + ++ticks) });
const TODAY = "2026-11-23";

/** A tenant with nothing to report: status and note current, Exchange In Progress with a Target Date (FTP-led row). */
async function cleanTenant(name: string, overrides: Partial<TCreateTenant> = {}) {
  const tenant = await createTenant(admin, (await createCustomer(admin, { name })).id, { name, overallStatus: "active", overallStatusDate: TODAY, ...overrides });
  const added = await addService(admin, tenant.id, "exchange", 500);
  const service = await replaceSplit(added, [{ l1: "in_progress", entitlements: 500, targetDate: "2026-12-15" }]);
  await writeNote(tenant, { category: "engagement_management", body: "Kickoff held; governance every two weeks." });
  return { tenant, service };
}

async function replaceSplit(service: TService, rows: Record<string, unknown>[]): Promise<TService> {
  const response = await admin.put(`/api/services/${service.id}/split`, { version: service.version, rows });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TService>();
}
async function patchService(service: TService, body: Record<string, unknown>): Promise<TService> {
  const response = await admin.patch(`/api/services/${service.id}`, { version: service.version, ...body });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TService>();
}
async function patchTenant(tenant: TTenant, body: Record<string, unknown>): Promise<TTenant> {
  const { version } = (await admin.get(`/api/tenants/${tenant.id}`)).json<TTenant>();
  const response = await admin.patch(`/api/tenants/${tenant.id}`, { version, ...body });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TTenant>();
}
async function writeNote(tenant: TTenant, body: Record<string, unknown>): Promise<TNote> {
  const response = await admin.post(`/api/tenants/${tenant.id}/notes`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<TNote>();
}
async function findingsOf(tenant: TTenant, client: Client = admin): Promise<TDataQualityFinding[]> {
  const response = await client.get(`/api/tenants/${tenant.id}/data-quality`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TTenantDataQuality>().findings;
}
const services = (tenant: TTenant) => `/tenants/${tenant.id}?tab=services&service=exchange`;

describe("one tenant's findings", () => {
  it("are none on a tenant whose data is complete and current", async () => {
    const { tenant } = await cleanTenant("Adatum");
    const response = (await admin.get(`/api/tenants/${tenant.id}/data-quality`)).json<TTenantDataQuality>();
    expect(response).toEqual({ tenantId: tenant.id, tenantName: "Adatum", today: TODAY, findings: [] });
  });

  it("report an Overall Status stated more than 14 days ago, until it is stated again", async () => {
    const { tenant } = await cleanTenant("Bellows");
    await patchTenant(tenant, { overallStatusDate: "2026-11-08" });
    expect(await findingsOf(tenant)).toEqual([{
      check: "overall_status_stale",
      severity: "medium",
      service: null,
      message: "The Overall Status (Active) was last stated on 2026-11-08, 15 days ago; it is reviewed at least every 14 days.",
      action: "Confirm or change the Overall Status with the customer and set its Status Date to today.",
      field: `/tenants/${tenant.id}?tab=status#overall-status`,
    }]);
    await patchTenant(tenant, { overallStatusDate: TODAY });
    expect(await findingsOf(tenant)).toEqual([]);
  });

  it("report an Overall Status note older than 14 days, counting only the latest version of each note", async () => {
    const { tenant } = await cleanTenant("Coho");
    const [current] = (await admin.get(`/api/tenants/${tenant.id}/notes`)).json<{ items: TNote[] }>().items;
    // The note's line moves to another category: its earlier Engagement Management version no longer counts.
    await admin.post(`/api/notes/${current?.id}/versions`, { category: "environment", body: "On-premises AD with ADFS." });
    expect((await findingsOf(tenant)).map((f) => [f.check, f.message])).toEqual([
      ["overall_status_note_stale", "No Overall Status note (Engagement Management) has been written."],
    ]);
    now = new Date("2026-11-02T09:00:00Z");
    const old = await writeNote(tenant, { category: "engagement_management", body: "Pilot of 50 mailboxes agreed." });
    now = START;
    expect(await findingsOf(tenant)).toEqual([{
      check: "overall_status_note_stale",
      severity: "medium",
      service: null,
      message: "The latest Overall Status note (Engagement Management) was written on 2026-11-02, 21 days ago; one is due at least every 14 days.",
      action: "Write an Overall Status note (Engagement Management): progress since the last one, the next action, its date and owner.",
      field: `/tenants/${tenant.id}?tab=status#overall-status-note`,
    }]);
    expect((await admin.post(`/api/notes/${old.id}/versions`, { category: "engagement_management", body: "Pilot of 50 mailboxes live." })).statusCode).toBe(201);
    expect(await findingsOf(tenant)).toEqual([]);
  });

  it("report the past next action date of the latest Overall Status note, until a new version moves it", async () => {
    const { tenant } = await cleanTenant("Datum");
    const note = await writeNote(tenant, { category: "engagement_management", body: "Waiting for the proxy change.", nextAction: "Call IT lead", nextActionDate: "2026-11-20" });
    expect(await findingsOf(tenant)).toEqual([{
      check: "next_action_date_past",
      severity: "medium",
      service: null,
      message: "The next action date 2026-11-20 of the latest Overall Status note passed 3 days ago.",
      action: "Write an Overall Status note saying what came of that action and what the next one is, with its date and owner.",
      field: `/tenants/${tenant.id}?tab=status#overall-status-note`,
    }]);
    await admin.post(`/api/notes/${note.id}/versions`, { category: "engagement_management", body: "Proxy change booked.", nextAction: "Call IT lead", nextActionDate: "2026-12-01" });
    expect(await findingsOf(tenant)).toEqual([]);
  });

  it("report In Progress without a Target Date, until the service's Target Date is set", async () => {
    const { tenant, service } = await cleanTenant("Elecom");
    const broken = await replaceSplit(service, [{ l1: "in_progress", entitlements: 500 }]);
    expect(await findingsOf(tenant)).toEqual([{
      check: "in_progress_without_target_date",
      severity: "high",
      service: "exchange",
      message: "Exchange: 500 entitlements are In Progress but no Target Date is recorded.",
      action: "Ask the customer when the first users (a pilot counts) will use Exchange and record that date as the Target Date.",
      field: `${services(tenant)}#dibs-target-date`,
    }]);
    await patchService(broken, { dibsTargetDate: "2026-12-15" });
    expect(await findingsOf(tenant)).toEqual([]);
  });

  it("report a Target Date in the past, then one to probe, each until the date is a real one", async () => {
    const { tenant, service } = await cleanTenant("Fabrikam");
    const past = await replaceSplit(service, [{ l1: "in_progress", entitlements: 500, targetDate: "2026-11-10" }]);
    expect(await findingsOf(tenant)).toEqual([{
      check: "target_date_past",
      severity: "high",
      service: "exchange",
      message: "Exchange: the Target Date 2026-11-10 passed 13 days ago while 500 entitlements are still In Progress.",
      action: "Ask the customer for the new date the first users will use Exchange and record it as the Target Date.",
      field: `${services(tenant)}#split`,
    }]);
    const yearEnd = await replaceSplit(past, [{ l1: "in_progress", entitlements: 500, targetDate: "2026-12-31" }]);
    expect(await findingsOf(tenant)).toEqual([{
      check: "target_date_probe",
      severity: "low",
      service: "exchange",
      message: "Exchange: the Target Date 2026-12-31, 38 days away, needs probing: it is 31 December.",
      action: "Ask the customer what happens on 2026-12-31: a real go-live shows urgency, while a year end, a month end or a date months away usually means there is no plan yet.",
      field: `${services(tenant)}#split`,
    }]);
    await replaceSplit(yearEnd, [{ l1: "in_progress", entitlements: 500, targetDate: "2026-12-15" }]);
    expect(await findingsOf(tenant)).toEqual([]);
  });

  it("report Blocked entitlements without L3 or note (as imported data may be), until the split says why", async () => {
    const { tenant, service } = await cleanTenant("Graphic Design Institute");
    const blocked = { l1: "blocked", entitlements: 100, l2: "legal_regulatory", l3: "data_residency_law", notes: "Customer is unable to store mail outside the EU until the data residency review ends." };
    const split = await replaceSplit(service, [{ l1: "in_progress", entitlements: 400, targetDate: "2026-12-15" }, blocked]);
    // The split editor refuses such a row; rows loaded from FTOP before the rule can still be like this.
    await api().database.db.execute(sql`UPDATE entitlement_splits SET l3 = NULL, notes = NULL WHERE tenant_service_id = ${service.id} AND l1 = 'blocked'`);
    expect(await findingsOf(tenant)).toEqual([{
      check: "unexplained_row",
      severity: "high",
      service: "exchange",
      message: "Exchange: Blocked and No Intent entitlements must say why; missing: Blocked (L3, note).",
      action: "In Exchange's split, pick the L2 and L3 reasons and write a sentence or two saying why.",
      field: `${services(tenant)}#split`,
    }]);
    await replaceSplit(split, [{ l1: "in_progress", entitlements: 400, targetDate: "2026-12-15" }, blocked]);
    expect(await findingsOf(tenant)).toEqual([]);
  });

  it("report the DIBS items the tenant's requirement row lacks, until they are recorded", async () => {
    const { tenant, service } = await cleanTenant("Humongous Insurance");
    const unknown = await replaceSplit(service, [{ l1: "status_unknown", entitlements: 500, l2: "new_subscription_or_workload" }]);
    expect(await findingsOf(tenant)).toEqual([{
      check: "dibs_missing",
      severity: "medium",
      service: "exchange",
      message: 'Exchange lacks Target Date and Intent, which the DIBS row "FTC FTP-Led: All Tenants" requires.',
      action: "In Exchange: move the entitlements the customer will deploy to In Progress in the split and record their Target Date.",
      field: `${services(tenant)}#split`,
    }]);
    const intent = await replaceSplit(unknown, [{ l1: "in_progress", entitlements: 500, targetDate: "2026-12-15" }]);
    await patchTenant(tenant, { priority: "high" });
    const cssLed = await patchService(intent, { engagementScenario: "ftc_css_led" });
    expect(await findingsOf(tenant)).toEqual([{
      check: "dibs_missing",
      severity: "medium",
      service: "exchange",
      message: 'Exchange lacks Business Reason and Success Owner Role, which the DIBS row "FTC CSS-Led: SMC: High Priority Tenants" requires.',
      action: "In Exchange: pick the Business Reason and Success Owner Role in the Adoption Insights.",
      field: `${services(tenant)}#dibs-business-reason`,
    }]);
    await patchService(cssLed, { dibsBusinessReason: "increase_security", dibsSuccessOwnerRole: "it_manager" });
    expect(await findingsOf(tenant)).toEqual([]);
  });

  it("report the SSAT an Enterprise CSS-led tenant lacks, until it is recorded", async () => {
    const { tenant, service } = await cleanTenant("Lamna Healthcare", { segment: "enterprise" });
    const dibs = await patchService(service, { engagementScenario: "ftc_css_led", dibsBusinessReason: "increase_security", dibsSuccessOwnerRole: "it_manager" });
    expect(await findingsOf(tenant)).toEqual([{
      check: "ssat_missing",
      severity: "low",
      service: "exchange",
      message: 'Exchange lacks Stakeholders, Scenarios, Awareness and Training, which the SSAT of row "FTC CSS-Led: All O365 Enterprise Tenants" requires.',
      action: "Agree them with the customer's stakeholders and pick them in Exchange's Adoption Insights.",
      field: `${services(tenant)}#ssat-stakeholders`,
    }]);
    await patchService(dibs, { ssatStakeholders: "it_lead", ssatScenarios: ["work_in_email"], ssatAwareness: ["email_communications"], ssatTraining: ["champions_program"] });
    expect(await findingsOf(tenant)).toEqual([]);
  });

  it("report next action dates in the past on the service and on a split row, until they are moved", async () => {
    const { tenant, service } = await cleanTenant("Margie's Travel");
    const late = await patchService(service, { nextActionDate: "2026-11-20" });
    expect(await findingsOf(tenant)).toEqual([{
      check: "next_action_date_past",
      severity: "medium",
      service: "exchange",
      message: "Exchange: the next action date 2026-11-20 passed 3 days ago.",
      action: "Do the next action on Exchange, or set the date it will now happen.",
      field: `${services(tenant)}#next-action-date`,
    }]);
    const moved = await patchService(late, { nextActionDate: "2026-11-30" });
    const rowLate = await replaceSplit(moved, [{ l1: "in_progress", entitlements: 500, targetDate: "2026-12-15", nextActionDate: "2026-11-22" }]);
    expect((await findingsOf(tenant)).map((f) => [f.check, f.message, f.field])).toEqual([
      ["next_action_date_past", "Exchange: the next action date 2026-11-22 of the In Progress entitlements passed 1 day ago.", `${services(tenant)}#split`],
    ]);
    await replaceSplit(rowLate, [{ l1: "in_progress", entitlements: 500, targetDate: "2026-12-15", nextActionDate: "2026-11-27" }]);
    expect(await findingsOf(tenant)).toEqual([]);
  });

  it("ask tenants flagged Enterprise Level 3 for an Enterprise Status, until one is written", async () => {
    const { tenant } = await cleanTenant("Nod Publishers");
    await patchTenant(tenant, { enterpriseLevel: 3 });
    expect(await findingsOf(tenant)).toEqual([{
      check: "enterprise_status_note_stale",
      severity: "medium",
      service: null,
      message: "No Enterprise Status has been written, though the tenant is flagged Enterprise Level 3.",
      action: "Update the Enterprise Status: R/Y/G status, exec summary, deployment overview and the next update date.",
      field: `/tenants/${tenant.id}?tab=status#enterprise-status`,
    }]);
    await writeNote(tenant, { category: "enterprise_status", body: "Green. Exchange pilot live; SharePoint next." });
    expect(await findingsOf(tenant)).toEqual([]);
  });
});

describe("the report over an FM's tenants and over the portfolio", () => {
  let fmA: Client & { userId: string };
  let fmB: Client & { userId: string };
  let one: TTenant;
  let two: TTenant;
  let three: TTenant;
  let four: TTenant;
  const report = async (query: string, client: Client = admin) => {
    const response = await client.get(`/api/data-quality?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<TDataQualityReport>();
  };
  const assign = (userId: string, tenant: TTenant, role: string, extra: { isPrimary?: boolean; service?: string } = {}) =>
    insertAssignment(api().database.db, { customerId: tenant.customerId, tenantId: tenant.id, userId, role, isPrimary: false, ...extra });

  beforeAll(async () => {
    fmA = await api().signIn({ roles: ["fasttrack_manager"] });
    fmB = await api().signIn({ roles: ["fasttrack_manager"] });
    // One: a stale Overall Status and Teams without intent (two medium). Two, High priority: In Progress without a
    // Target Date (high) and a late next action (medium). Three: a stale Overall Status. Four, Americas: a year-end Target Date (low).
    one = (await cleanTenant("Northwind One")).tenant;
    await patchTenant(one, { overallStatusDate: "2026-11-01" });
    await addService(admin, one.id, "teams", 200);
    const second = await cleanTenant("Northwind Two", { priority: "high" });
    two = second.tenant;
    await patchService(await replaceSplit(second.service, [{ l1: "in_progress", entitlements: 500 }]), { nextActionDate: "2026-11-16" });
    three = (await cleanTenant("Northwind Three")).tenant;
    await patchTenant(three, { overallStatusDate: "2026-10-01" });
    const fourth = await cleanTenant("Northwind Four", { region: "americas", country: "US", timeZone: "America/New_York" });
    four = fourth.tenant;
    await replaceSplit(fourth.service, [{ l1: "in_progress", entitlements: 500, targetDate: "2026-12-31" }]);
    await assign(fmA.userId, one, "fm", { isPrimary: true });
    await assign(fmA.userId, two, "fm", { service: "exchange" });
    await assign(fmB.userId, three, "fm", { isPrimary: true });
    await assign(fmA.userId, four, "fe");
  });

  it("lists an FM's own tenants, primary or not, worst first, with the same findings as each tenant's page", async () => {
    const mine = await report("scope=mine", fmA);
    expect(mine).toMatchObject({ scope: "mine", fmId: fmA.userId, tenantsChecked: 2, tenantsWithFindings: 2, nextCursor: null });
    expect(mine.items.map((item) => item.tenantName)).toEqual(["Northwind Two", "Northwind One"]);
    expect(mine.items[0]).toMatchObject({ tenantId: two.id, customerName: "Northwind Two", region: "emea", effectivePriority: "high", today: TODAY });
    for (const item of mine.items) expect(item.findings).toEqual(await findingsOf({ id: item.tenantId } as TTenant, fmA));
    const counts = Object.fromEntries(mine.checks.filter((c) => c.findings > 0).map((c) => [c.check, [c.findings, c.tenants]]));
    expect(counts).toEqual({ in_progress_without_target_date: [1, 1], next_action_date_past: [1, 1], overall_status_stale: [1, 1], dibs_missing: [1, 1] });
  });

  it("shows an Assigned-level user only their assigned tenants, and another FM's report only where they overlap", async () => {
    const portfolio = await report("scope=portfolio&limit=100", fmA);
    expect(portfolio.items.map((item) => item.tenantName).sort()).toEqual(["Northwind Four", "Northwind One", "Northwind Two"]);
    expect((await report(`scope=fm&fmId=${fmB.userId}`, fmA)).tenantsChecked).toBe(0);
    expect((await fmA.get(`/api/tenants/${three.id}/data-quality`)).statusCode).toBe(404);
    expect((await report(`scope=fm&fmId=${fmB.userId}`)).items.map((item) => item.tenantName)).toEqual(["Northwind Three"]);
  });

  it("counts what each tenant's page shows, and pages through every tenant with findings once, worst first", async () => {
    const pages: TDataQualityReport[] = [];
    let cursor: string | null = null;
    do {
      pages.push(await report(`scope=portfolio&limit=3${cursor ? `&cursor=${cursor}` : ""}`));
      cursor = pages[pages.length - 1]?.nextCursor ?? null;
    } while (cursor);
    const listed = pages.flatMap((page) => page.items);
    const all = (await admin.get("/api/tenants?limit=500")).json<{ items: TTenant[] }>().items;
    const expected = new Map<string, { findings: number; tenants: number }>();
    let withFindings = 0;
    for (const tenant of all) {
      const findings = await findingsOf(tenant);
      if (findings.length) withFindings++;
      for (const f of findings) {
        const count = expected.get(f.check) ?? { findings: 0, tenants: 0 };
        count.findings++;
        expected.set(f.check, count);
      }
      for (const check of new Set(findings.map((f) => f.check))) (expected.get(check) as { tenants: number }).tenants++;
    }
    const first = pages[0] as TDataQualityReport;
    expect(first.tenantsChecked).toBe(all.length);
    expect(first.tenantsWithFindings).toBe(withFindings);
    expect(Object.fromEntries(first.checks.filter((c) => c.findings > 0).map((c) => [c.check, { findings: c.findings, tenants: c.tenants }]))).toEqual(Object.fromEntries(expected));
    expect(listed).toHaveLength(withFindings);
    expect(new Set(listed.map((item) => item.tenantId)).size).toBe(withFindings);
    const weight = (item: (typeof listed)[number]) => ["high", "medium", "low"].map((s) => item.findings.filter((f) => f.severity === s).length);
    for (let i = 1; i < listed.length; i++) expect(weight(listed[i - 1] as (typeof listed)[number]) >= weight(listed[i] as (typeof listed)[number])).toBe(true);
  });

  it("filters by check, region and service", async () => {
    const stale = await report("check=overall_status_stale&limit=100");
    expect(stale.items.map((item) => item.tenantName).sort()).toEqual(["Northwind One", "Northwind Three"]);
    expect(stale.items.flatMap((item) => item.findings.map((f) => f.check))).toEqual(["overall_status_stale", "overall_status_stale"]);
    expect(stale.tenantsWithFindings).toBe(2);
    expect(stale.checks.find((c) => c.check === "overall_status_stale")?.tenants).toBe(2);
    const americas = await report("region=americas");
    expect(americas).toMatchObject({ tenantsChecked: 1, tenantsWithFindings: 1 });
    expect(americas.items[0]?.findings.map((f) => f.check)).toEqual(["target_date_probe"]);
    const teams = await report("service=teams");
    expect(teams.tenantsChecked).toBe(1);
    expect(teams.items[0]?.findings.map((f) => [f.check, f.service])).toEqual([["dibs_missing", "teams"]]);
  });

  it("refuses a query that does not say whose tenants, or a cursor it did not write, saying how to fix it", async () => {
    const noFm = await admin.get("/api/data-quality?scope=fm");
    expect(noFm.statusCode).toBe(400);
    expect(noFm.json().errors).toEqual([{ path: "/querystring/fmId", message: "scope=fm needs the fmId of the FM whose tenants to report" }]);
    expect((await admin.get(`/api/data-quality?scope=mine&fmId=${fmA.userId}`)).json().errors[0].message).toBe("fmId goes with scope=fm, not scope=mine");
    const cursor = await admin.get("/api/data-quality?cursor=page-2");
    expect(cursor.statusCode).toBe(400);
    expect(cursor.json().detail).toContain("pass the nextCursor of the previous page unchanged");
    expect((await admin.get("/api/data-quality?scope=fm&fmId=00000000-0000-4000-8000-000000000000")).statusCode).toBe(404);
  });
});
