import type { TPartner, TPartnerList, TUser } from "@waymark/contracts";
import { describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";

const { admin, api } = useTestApi();

describe("partner organisations", () => {
  it("registers a partner whose people then sign in as partner users", async () => {
    const created = await admin.post("/api/partners", { name: "Fabrikam Consulting", mpnId: "4410001", frpMember: true, country: "de", specialties: ["Advisory and Planning"] });
    expect(created.statusCode).toBe(201);
    const partner = created.json<TPartner>();
    expect(partner).toMatchObject({ name: "Fabrikam Consulting", country: "DE", frpMember: true, mpnId: "4410001" });
    const person = await admin.post("/api/users", { username: "fab.pat", displayName: "Pat", roles: ["partner_user"], partnerId: partner.id });
    expect(person.json<{ user: TUser }>().user.partner).toEqual({ id: partner.id, name: "Fabrikam Consulting" });
  });

  it("refuses a second partner with the same MPN id, and a malformed one, saying why", async () => {
    await admin.post("/api/partners", { name: "Northwind Partners", mpnId: "4410002" });
    const twice = await admin.post("/api/partners", { name: "Northwind Again", mpnId: "4410002" });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toContain("MPN id 4410002 is Northwind Partners's already");
    expect((await admin.post("/api/partners", { name: "Bad", mpnId: "N/A" })).statusCode).toBe(400);
  });

  it("lists partners by name; a partner user sees only their own organisation, an FM cannot register one", async () => {
    const listed = (await admin.get("/api/partners?q=north")).json<TPartnerList>();
    expect(listed.items.map((p) => p.name)).toEqual(["Northwind Partners"]);
    const fabrikam = (await admin.get("/api/partners?q=Fabrikam")).json<TPartnerList>().items[0] as TPartner;
    const pat = await api().signIn({ roles: ["partner_user"], partnerId: fabrikam.id });
    expect((await pat.get("/api/partners")).json<TPartnerList>().items.map((p) => p.name)).toEqual(["Fabrikam Consulting"]);
    const fm = await api().signIn({ roles: ["fasttrack_manager"] });
    expect((await fm.post("/api/partners", { name: "Mine" })).statusCode).toBe(403);
    const fpm = await api().signIn({ roles: ["fasttrack_partner_manager"] });
    expect((await fpm.post("/api/partners", { name: "Contoso Partner Services" })).statusCode).toBe(201);
  });
});

describe("changing a partner organisation", () => {
  const register = async (name: string, mpnId: string | null) => (await admin.post("/api/partners", { name, mpnId })).json<TPartner>();

  it("changes it field by field, keeps specialties as codes, and audits what changed", async () => {
    const partner = await register("Adatum Services", "4420001");
    const changed = await admin.patch(`/api/partners/${partner.id}`, { version: partner.version, city: "Munich", country: "de", specialties: ["Training and Enablement", "advisory_planning"] });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<TPartner>()).toMatchObject({ name: "Adatum Services", city: "Munich", country: "DE", specialties: ["training_enablement", "advisory_planning"], version: partner.version + 1 });
    const { rows } = await api().database.pool.query("SELECT before, after FROM audit_events WHERE action = 'partner.updated' AND entity_id = $1", [partner.id]);
    expect(rows).toEqual([{ before: { city: null, country: null, specialties: [] }, after: { city: "Munich", country: "DE", specialties: ["training_enablement", "advisory_planning"] } }]);
  });

  it("refuses a change made on an old version, and an MPN id another partner has, naming that partner", async () => {
    const partner = await register("Litware Partners", "4420002");
    await register("Proseware Inc", "4420003");
    const first = (await admin.patch(`/api/partners/${partner.id}`, { version: partner.version, name: "Litware Partners GmbH" })).json<TPartner>();
    const stale = await admin.patch(`/api/partners/${partner.id}`, { version: partner.version, city: "Bonn" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toContain(`you sent version ${partner.version}, it is now at version ${first.version}`);
    const taken = await admin.patch(`/api/partners/${partner.id}`, { version: first.version, mpnId: "4420003" });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().detail).toContain("MPN id 4420003 is Proseware Inc's already");
    const kept = await admin.patch(`/api/partners/${partner.id}`, { version: first.version, mpnId: "4420002", name: "Litware" });
    expect(kept.json<TPartner>()).toMatchObject({ mpnId: "4420002", name: "Litware" });
  });

  it("refuses an unknown specialty, saying which are known, and sets the MPN id to N/A with null", async () => {
    const partner = await register("Trey Research", "4420004");
    const unknown = await admin.patch(`/api/partners/${partner.id}`, { version: partner.version, specialties: ["Cooking"] });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toEqual([{ path: "/body/specialties/0", message: expect.stringContaining('"Cooking" is not a partner specialty; use one of Advisory and Planning') }]);
    const cleared = await admin.patch(`/api/partners/${partner.id}`, { version: partner.version, mpnId: null });
    expect(cleared.json<TPartner>().mpnId).toBeNull();
  });

  it("is for the portfolio managers only", async () => {
    const partner = await register("Wingtip Partners", "4420005");
    const fm = await api().signIn({ roles: ["fasttrack_manager"] });
    expect((await fm.patch(`/api/partners/${partner.id}`, { version: partner.version, name: "Mine" })).statusCode).toBe(403);
    const pat = await api().signIn({ roles: ["partner_user"], partnerId: partner.id });
    expect((await pat.patch(`/api/partners/${partner.id}`, { version: partner.version, name: "Ours" })).statusCode).toBe(403);
    expect((await admin.get("/api/partners?q=Wingtip")).json<TPartnerList>().items[0]?.name).toBe("Wingtip Partners");
  });
});
