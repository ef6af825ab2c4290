import { insertAssignment } from "@waymark/db";
import type { TOutboxMessageList, TAssignmentList, TDuplicateCandidates, TDuplicateConfirmed, TTenant } from "@waymark/contracts";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Client, useTestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

const { admin, api } = useTestApi({ now: () => new Date("2026-11-23T09:00:00Z") });
const db = () => api().database.db;

let contoso: TTenant;
let contosoEmea: TTenant;
let contosoLimited: TTenant;
let ctso: TTenant;
let fabrikam: TTenant;
let fm: Client & { userId: string };
let otherFm: Client & { userId: string };

/** A tenant of a customer of its own (its own TPID), or of `customerId`. */
async function tenantNamed(name: string, customerId?: string) {
  return createTenant(admin, customerId ?? (await createCustomer(admin, { name })).id, { name });
}
const primaryFm = (tenant: TTenant, userId: string) => insertAssignment(db(), { customerId: tenant.customerId, tenantId: tenant.id, userId, role: "fm", isPrimary: true });
const candidatesOf = async (who: Client, tenant: TTenant) => {
  const response = await who.get(`/api/tenants/${tenant.id}/duplicate-candidates`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TDuplicateCandidates>();
};
const confirm = (tenant: TTenant, winner: TTenant, reason = "Same company: same contacts and domain in the admin centre", who: Client = admin) =>
  who.post(`/api/tenants/${tenant.id}/duplicate-of`, { winnerTenantId: winner.id, reason });

beforeAll(async () => {
  fm = await api().signIn({ roles: ["fasttrack_manager"] });
  otherFm = await api().signIn({ roles: ["fasttrack_manager"] });
  contoso = await tenantNamed("Contoso Ltd");
  contosoEmea = await tenantNamed("Contoso EMEA", contoso.customerId);
  contosoLimited = await tenantNamed("Contoso Limited");
  ctso = await tenantNamed("CTSO");
  fabrikam = await tenantNamed("Fabrikam");
  await primaryFm(contoso, fm.userId);
  await primaryFm(contosoLimited, otherFm.userId);
});

describe("duplicate candidates", () => {
  it("finds the same TPID, the suffix variant and the abbreviation, with score and evidence, and not an unrelated name", async () => {
    const { items } = await candidatesOf(admin, contoso);
    const byName = Object.fromEntries(items.map((c) => [c.name, c]));
    expect(Object.keys(byName)).toEqual(expect.arrayContaining(["Contoso EMEA", "Contoso Limited", "CTSO"]));
    expect(byName.Fabrikam).toBeUndefined();
    expect(items[0]?.name).toBe("Contoso EMEA");
    expect(byName["Contoso EMEA"]?.evidence[0]).toMatch(/^same TPID \d+ \(the same customer\)$/);
    expect(byName["Contoso Limited"]).toMatchObject({ likely: true, country: "DE", primaryFm: { id: otherFm.userId } });
    expect(byName["Contoso Limited"]?.evidence).toContain('same name once normalised: "Contoso Ltd" and "Contoso Limited" are both "contoso"');
    expect(byName.CTSO?.evidence[0]).toBe('"CTSO" abbreviates "Contoso Ltd" (letters in order: CTSO)');
    expect(items.every((c) => c.score > 0 && c.score <= 100)).toBe(true);
  });

  it("finds the long name from the abbreviation too", async () => {
    const { items } = await candidatesOf(admin, ctso);
    expect(items.map((c) => c.name)).toEqual(expect.arrayContaining(["Contoso Ltd", "Contoso Limited"]));
  });

  it("scores a near-miss below the variants", async () => {
    const traders = await tenantNamed("Northwind Traders");
    await tenantNamed("Northwind Health");
    await tenantNamed("Northwind Traders Inc.");
    const { items } = await candidatesOf(admin, traders);
    const score = (name: string) => items.find((c) => c.name === name)?.score ?? 0;
    expect(score("Northwind Traders Inc.")).toBeGreaterThan(score("Northwind Health"));
    expect(items.find((c) => c.name === "Northwind Health")?.likely ?? false).toBe(false);
  });

  it("tells an FM only how many likely duplicates others hold and whom to ask, never which", async () => {
    const response = await fm.get(`/api/tenants/${contoso.id}/duplicate-candidates`);
    const body = response.json<TDuplicateCandidates>();
    expect(body.items).toEqual([]);
    expect(body.hidden.count).toBe(3);
    expect(body.hidden.contacts).toContain((await admin.get(`/api/tenants/${contosoLimited.id}/assignments`)).json<TAssignmentList>().items[0]?.assignee.name);
    for (const secret of [contosoLimited.id, contosoEmea.id, ctso.id, "Contoso Limited", "CTSO"]) expect(response.body).not.toContain(secret);
  });

  it("is 404 on a tenant the reader cannot see", async () => {
    expect((await fm.get(`/api/tenants/${fabrikam.id}/duplicate-candidates`)).statusCode).toBe(404);
  });
});

describe("confirming a duplicate", () => {
  it("links it to the winner, makes every service Duplicate/Invalid for its full total, hands it to the winner's FM, and audits it", async () => {
    const exchange = await addService(admin, contosoLimited.id, "exchange", 500);
    await admin.put(`/api/services/${exchange.id}/split`, { version: exchange.version, rows: [{ l1: "in_progress", entitlements: 500, targetDate: "2027-01-15" }] });
    await addService(admin, contosoLimited.id, "teams", 300);
    // The Gateway asks for the duplicate check before anyone is contacted.
    expect((await admin.post(`/api/tenants/${contosoLimited.id}/playbook-events`, { type: "gateway.started" })).statusCode).toBe(200);
    const response = await confirm(contosoLimited, contoso, "Same company: same contacts and domain in Viewpoint", fm);
    expect(response.statusCode).toBe(404); // not the FM's tenant to write
    const confirmed = await confirm(contosoLimited, contoso, "Same company: same contacts and domain in Viewpoint");
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const result = confirmed.json<TDuplicateConfirmed>();
    expect(result.winner).toEqual({ id: contoso.id, name: "Contoso Ltd" });
    expect(result.services).toEqual([{ service: "exchange", entitlements: 500 }, { service: "teams", entitlements: 300 }]);
    expect(result.primaryFm?.id).toBe(fm.userId);
    expect(result.messages[0]).toBe("Contoso Limited is now a confirmed duplicate of Contoso Ltd.");
    expect(result.messages.join(" ")).toMatch(/primary FastTrack Manager changes from .+ to .+, the primary FM of Contoso Ltd/);
    const notices = (await admin.get(`/api/tenants/${contosoLimited.id}/messages`)).json<TOutboxMessageList>().items;
    expect(notices.filter((m) => m.template === "duplicate_tenant_assigned")).toMatchObject([{ recipientUserId: fm.userId, subject: "Contoso Limited is a duplicate of Contoso Ltd and is now yours" }]);

    const tenant = (await admin.get(`/api/tenants/${contosoLimited.id}`)).json<TTenant>();
    expect(tenant.duplicateOf).toEqual({ id: contoso.id, name: "Contoso Ltd" });
    // The confirmation settles the Gateway's duplicate check: its prompt is closed.
    const open = (await admin.get(`/api/tenants/${contosoLimited.id}/findings`)).json<{ items: { code: string }[] }>().items.map((f) => f.code);
    expect(open).not.toContain("check_duplicate_tenants");
    for (const service of tenant.services) {
      expect(service.split.map((row) => [row.l1, row.entitlements])).toEqual([["duplicate_invalid", service.totalEntitlements]]);
      expect(service.split[0]?.notes).toContain("Duplicate of Contoso Ltd");
    }
    const fms = (await admin.get(`/api/tenants/${contosoLimited.id}/assignments`)).json<TAssignmentList>().items.filter((a) => a.role === "fm");
    expect(fms.map((a) => [a.assignee.id, a.isPrimary])).toEqual([[fm.userId, true]]);
    expect((await fm.get(`/api/tenants/${contosoLimited.id}`)).statusCode).toBe(200);

    const stored = await db().execute<{ duplicate_of_tenant_id: string }>(sql`SELECT duplicate_of_tenant_id FROM tenants WHERE id = ${contosoLimited.id}`);
    expect(stored.rows[0]?.duplicate_of_tenant_id).toBe(contoso.id);
    const events = await db().execute<{ before: unknown; after: { duplicateOfTenantId: string }; reason: string }>(
      sql`SELECT before, after, reason FROM audit_events WHERE action = 'tenant.duplicate_confirmed' AND entity_id = ${contosoLimited.id}`,
    );
    expect(events.rows).toEqual([{ before: { duplicateOfTenantId: null }, after: { duplicateOfTenantId: contoso.id, winnerName: "Contoso Ltd" }, reason: "Same company: same contacts and domain in Viewpoint" }]);
    expect((await candidatesOf(admin, contoso)).items.map((c) => c.name)).not.toContain("Contoso Limited");
  });

  it("refuses itself, a winner that is a duplicate, a cycle, and a short reason, with what to do", async () => {
    const self = await confirm(contoso, contoso);
    expect(self.statusCode).toBe(422);
    expect(self.json().detail).toMatch(/cannot be a duplicate of itself/);
    const winnerIsDuplicate = await confirm(ctso, contosoLimited);
    expect(winnerIsDuplicate.statusCode).toBe(422);
    expect(winnerIsDuplicate.json().errors).toEqual([{ path: "/body/winnerTenantId", message: expect.stringMatching(/Contoso Limited is itself a confirmed duplicate/) }]);
    const cycle = await confirm(contoso, contosoLimited);
    expect(cycle.statusCode).toBe(422);
    expect(cycle.json().detail).toMatch(/Contoso Limited is already a confirmed duplicate of Contoso Ltd/);
    const again = await confirm(contosoLimited, ctso);
    expect(again.statusCode).toBe(422);
    expect((await confirm(ctso, contoso, "same")).statusCode).toBeGreaterThanOrEqual(400);
    expect((await admin.get(`/api/tenants/${ctso.id}`)).json<TTenant>().version).toBe(ctso.version);
  });

  it("leaves the assignments when the winner has no primary FM, and says so", async () => {
    const winner = await tenantNamed("Woodgrove Bank");
    const duplicate = await tenantNamed("Woodgrove Bank Ltd");
    await primaryFm(duplicate, otherFm.userId);
    const response = await confirm(duplicate, winner);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<TDuplicateConfirmed>().messages.join(" ")).toMatch(/Woodgrove Bank has no primary FastTrack Manager: Woodgrove Bank Ltd's assignments are unchanged/);
    const fms = (await admin.get(`/api/tenants/${duplicate.id}/assignments`)).json<TAssignmentList>().items.filter((a) => a.role === "fm");
    expect(fms.map((a) => a.assignee.id)).toEqual([otherFm.userId]);
  });
});
