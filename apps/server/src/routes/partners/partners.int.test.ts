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
