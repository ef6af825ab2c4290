import { insertAssignment, insertPartner } from "@waymark/db";
import type { TMyWork, TMyWorkGroup, TTenant } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { type Client, useTestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

// 07:00 in Berlin on Tuesday 24 November, but still 22:00 on Monday the 23rd in Los Angeles.
const NOW = new Date("2026-11-24T06:00:00Z");
const { admin, api } = useTestApi({ now: () => NOW });

let fm: Client & { userId: string };
let berlin: TTenant; // assigned to the FM directly
let pacific: TTenant; // assigned to the FM through its customer (TPID level)
let others: TTenant; // another FM's

const sqlRun = (text: string, values: unknown[]) => api().database.pool.query(text, values);

async function task(tenant: TTenant, catalogTaskId: number, role: string, dueDate: string, status = "not_started") {
  await sqlRun(
    "INSERT INTO tasks (tenant_id, customer_id, catalog_task_id, responsible_role, due_date, status) VALUES ($1, $2, $3, $4, $5, $6)",
    [tenant.id, tenant.customerId, catalogTaskId, role, dueDate, status],
  );
}

async function ruleEffect(tenant: TTenant, kind: string, change: object, why: string, catalogTaskId: number | null = null) {
  await sqlRun(
    `INSERT INTO rule_effects (tenant_id, customer_id, playbook_id, playbook_version, rule_id, kind, catalog_task_id, change, why, inputs, event_type, occurred_at)
     VALUES ($1, $2, 'initial-engagement', 1, 'r1', $3, $4, $5, $6, '{}', 'test', $7)`,
    [tenant.id, tenant.customerId, kind, catalogTaskId, JSON.stringify(change), why, new Date(NOW.getTime() - 2 * 86_400_000)],
  );
}

async function finding(tenant: TTenant, code: string, role: string | null, message: string, status = "open") {
  await sqlRun(
    "INSERT INTO findings (tenant_id, customer_id, code, role, message, status, created_at, closed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    [tenant.id, tenant.customerId, code, role, message, status, new Date("2026-11-22T09:00:00Z"), status === "closed" ? NOW : null],
  );
}

async function note(tenant: TTenant, body: string, daysAgo: number, options: { escalated?: boolean; supersedes?: string; nextAction?: string } = {}) {
  const result = await sqlRun(
    `INSERT INTO notes (tenant_id, customer_id, category, body, escalated, author_id, supersedes_note_id, next_action, created_at)
     VALUES ($1, $2, 'engagement_management', $3, $4, $5, $6, $7, $8) RETURNING id`,
    [tenant.id, tenant.customerId, body, options.escalated ?? true, fm.userId, options.supersedes ?? null, options.nextAction ?? null, new Date(NOW.getTime() - daysAgo * 86_400_000)],
  );
  return result.rows[0].id as string;
}

async function myWork(client: Client, query = "") {
  const response = await client.get(`/api/my-work${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TMyWork>();
}
const groupOf = (work: TMyWork, code: TMyWorkGroup["code"]) => work.groups.find((g) => g.code === code)!;
const summary = (group: TMyWorkGroup) => group.items.map((item) => `${item.tenant.name} | ${item.what} | ${item.date} | ${item.daysFromToday}`);

beforeAll(async () => {
  fm = await api().signIn({ roles: ["fasttrack_manager"] });
  const otherFm = await api().signIn({ roles: ["fasttrack_manager"] });
  const db = api().database.db;

  berlin = await createTenant(admin, (await createCustomer(admin, { name: "Berlin Works" })).id, { name: "Berlin Works" });
  const pacificCustomer = await createCustomer(admin, { name: "Pacific Goods", region: "americas" });
  pacific = await createTenant(admin, pacificCustomer.id, { name: "Pacific Goods", country: "US", timeZone: "America/Los_Angeles", region: "americas" });
  others = await createTenant(admin, (await createCustomer(admin, { name: "Elsewhere Ltd" })).id, { name: "Elsewhere Ltd" });
  await insertAssignment(db, { customerId: berlin.customerId, tenantId: berlin.id, userId: fm.userId, role: "fm", isPrimary: true });
  await insertAssignment(db, { customerId: pacific.customerId, tenantId: null, userId: fm.userId, role: "fm", isPrimary: true });
  await insertAssignment(db, { customerId: others.customerId, tenantId: others.id, userId: otherFm.userId, role: "fm", isPrimary: true });

  await task(berlin, 2453, "fasttrack_manager", "2026-11-23"); // yesterday in Berlin
  await task(berlin, 983, "fasttrack_manager", "2026-11-24"); // today
  await task(berlin, 1126, "fasttrack_engineer", "2026-11-24"); // the FE's, not the FM's
  await task(berlin, 994, "fasttrack_manager", "2026-11-20", "complete"); // done
  await task(berlin, 1033, "fasttrack_manager", "2026-11-30"); // next week (Monday)
  await task(berlin, 1629, "fasttrack_manager", "2026-12-24"); // next month
  await task(pacific, 2453, "fasttrack_manager", "2026-11-24"); // tomorrow in Los Angeles
  await task(others, 2453, "fasttrack_manager", "2026-11-23");
  await ruleEffect(berlin, "create_task", { kind: "create_task", taskId: 2453 }, "The Gateway started: the FM completes the engagement process.", 2453);

  await finding(berlin, "schedule_account_team_meeting", "fasttrack_manager", "The Account Team did not respond within 3 business days: schedule a meeting with the Account Team.");
  await ruleEffect(berlin, "raise_finding", { kind: "raise_finding", code: "schedule_account_team_meeting" }, "No reply from the Account Team 3 business days after the e-mail.");
  await finding(berlin, "check_engineering_plan", "fasttrack_engineer", "Engineers only.");
  await finding(berlin, "meet_customer", "fasttrack_manager", "Already done.", "closed");
  await finding(others, "meet_customer", "fasttrack_manager", "Not mine.");
  await sqlRun(
    `INSERT INTO outbox_messages (tenant_id, customer_id, template, subject, body, status, last_error, idempotency_key, created_at)
     VALUES ($1, $2, 'customer_welcome', 'Welcome to FastTrack', 'Hello', 'failed', '550 mailbox unavailable', 'my-work-test-1', $3)`,
    [pacific.id, pacific.customerId, new Date("2026-11-23T18:00:00Z")],
  );

  const first = await note(berlin, "Customer threatens to cancel the rollout.", 5);
  await note(berlin, "Customer threatens to cancel the rollout; CIO call booked.", 3, { supersedes: first, nextAction: "Join the CIO call" });
  await note(berlin, "Old escalation, settled long ago.", 20);
  await note(berlin, "Routine check-in.", 1, { escalated: false });
  await note(others, "Someone else's escalation.", 1);

  const exchange = await addService(admin, berlin.id, "exchange", 300);
  const split = await admin.put(`/api/services/${exchange.id}/split`, {
    version: exchange.version,
    rows: [
      { l1: "in_progress", entitlements: 200, targetDate: "2026-12-15", nextActionDate: "2026-11-24" },
      { l1: "status_unknown", entitlements: 100, notes: "Waiting for the licence purchase", nextActionDate: "2026-12-10" },
    ],
  });
  expect(split.statusCode, split.body).toBe(200);
});

describe("my work", () => {
  it("lists this week's tasks for the FM's role on their tenants, overdue first, in each tenant's own time zone", async () => {
    const tasks = groupOf(await myWork(fm), "tasks");
    expect(summary(tasks)).toEqual([
      "Berlin Works | 2453 (Gateway Only) Completion of Engagement Process | 2026-11-23 | -1",
      "Berlin Works | 983 QuickLeads | 2026-11-24 | 0",
      "Pacific Goods | 2453 (Gateway Only) Completion of Engagement Process | 2026-11-24 | 1",
      "Berlin Works | 1033 Discuss Migration Scheduling Guidelines and Tips | 2026-11-30 | 6",
    ]);
    expect(tasks.count).toBe(4);
    expect(tasks.items[0]).toMatchObject({
      kind: "task",
      why: "The Gateway started: the FM completes the engagement process.",
      link: `/tenants/${berlin.id}#playbook-heading`,
    });
  });

  it("narrows to what is due by the end of each tenant's today", async () => {
    const work = await myWork(fm, "?horizon=today");
    expect(work.horizon).toBe("today");
    expect(summary(groupOf(work, "tasks"))).toEqual([
      "Berlin Works | 2453 (Gateway Only) Completion of Engagement Process | 2026-11-23 | -1",
      "Berlin Works | 983 QuickLeads | 2026-11-24 | 0",
    ]);
    expect(summary(groupOf(work, "next_actions"))).toEqual(["Berlin Works | Exchange: next action on 200 In Progress entitlements | 2026-11-24 | 0"]);
  });

  it("shows the FM's open prompts with the engine's reason and the failed e-mail with its error, oldest first", async () => {
    const prompts = groupOf(await myWork(fm), "prompts");
    expect(prompts.items.map(({ kind, tenant, what, why, date }) => ({ kind, tenant: tenant.name, what, why, date }))).toEqual([
      {
        kind: "prompt",
        tenant: "Berlin Works",
        what: "The Account Team did not respond within 3 business days: schedule a meeting with the Account Team.",
        why: "No reply from the Account Team 3 business days after the e-mail.",
        date: "2026-11-22",
      },
      { kind: "failed_email", tenant: "Pacific Goods", what: "E-mail not sent: Welcome to FastTrack", why: "Delivery failed: 550 mailbox unavailable", date: "2026-11-23" },
    ]);
    expect(prompts.items[1]?.link).toBe(`/tenants/${pacific.id}#outreach-heading`);
  });

  it("shows the current version of escalated notes of the last 14 days", async () => {
    const notes = groupOf(await myWork(fm), "escalated_notes");
    const author = (await fm.get("/api/auth/me")).json<{ user: { displayName: string } }>().user.displayName;
    expect(notes.items.map(({ what, why, date }) => ({ what, why, date }))).toEqual([
      {
        what: `Escalated Engagement Management note by ${author}: Customer threatens to cancel the rollout; CIO call booked.`,
        why: "Next action: Join the CIO call",
        date: "2026-11-21",
      },
    ]);
  });

  it("lists the same data-quality findings as each tenant's own report, and never another FM's tenant", async () => {
    const work = await myWork(fm);
    expect(work.tenantCount).toBe(2);
    const dq = groupOf(work, "data_quality");
    const report = async (tenant: TTenant) => ((await admin.get(`/api/tenants/${tenant.id}/data-quality`)).json() as { findings: { message: string }[] }).findings;
    const expected = [...(await report(berlin)), ...(await report(pacific))].map((f) => f.message).sort();
    expect(dq.items.map((item) => item.what.replace(/^(High|Medium|Low): /, "")).sort()).toEqual(expected);
    expect(dq.count).toBe(expected.length);
    const tenants = new Set(work.groups.flatMap((g) => g.items.map((item) => item.tenant.name)));
    expect([...tenants].sort()).toEqual(["Berlin Works", "Pacific Goods"]);
  });

  it("gives an administrator, who may read every tenant, only their own assigned work", async () => {
    const work = await myWork(admin);
    expect(work.tenantCount).toBe(0);
    expect(work.groups.map((g) => [g.code, g.count])).toEqual([
      ["tasks", 0],
      ["next_actions", 0],
      ["prompts", 0],
      ["data_quality", 0],
      ["escalated_notes", 0],
    ]);
  });

  it("gives a partner user their organisation's tenants, with the FM's tasks for a Partner FM", async () => {
    const partner = await insertPartner(api().database.db, { name: "Fabrikam Consulting", mpnId: "7710001" });
    await insertAssignment(api().database.db, { customerId: berlin.customerId, tenantId: berlin.id, partnerId: partner.id, role: "p_fm" });
    const partnerUser = await api().signIn({ roles: ["partner_user"], partnerId: partner.id });
    const work = await myWork(partnerUser, "?horizon=today");
    expect(work.tenantCount).toBe(1);
    expect(summary(groupOf(work, "tasks"))).toEqual([
      "Berlin Works | 2453 (Gateway Only) Completion of Engagement Process | 2026-11-23 | -1",
      "Berlin Works | 983 QuickLeads | 2026-11-24 | 0",
    ]);
  });

  it("refuses an unknown horizon, naming the allowed ones", async () => {
    const response = await fm.get("/api/my-work?horizon=month");
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: "/querystring/horizon" })]);
  });
});
