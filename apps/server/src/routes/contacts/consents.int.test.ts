import type { TConsent, TConsentList, TContact, TTenant } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

const { admin, api } = useTestApi({ now: () => new Date("2026-11-23T09:00:00Z") });
let tenant: TTenant;
let ines: TContact;

const VERBAL = { scope: "share_contact_with_referral_partners", method: "verbal", statement: "Agreed on the kickoff call that we pass her details to up to 3 partners." };
const consentsOf = async (contact: TContact) => (await admin.get(`/api/contacts/${contact.id}/consents`)).json<TConsentList>().items;

beforeAll(async () => {
  tenant = await createTenant(admin, (await createCustomer(admin, { name: "Contoso" })).id, { name: "Contoso EU" });
  ines = (await admin.post(`/api/tenants/${tenant.id}/contacts`, { type: "customer", name: "Ines IT Lead", email: "ines@contoso.example" })).json<TContact>();
});

describe("consents", () => {
  it("records a verbal consent with its words, who recorded it and when, and lists it as standing", async () => {
    const response = await admin.post(`/api/contacts/${ines.id}/consents`, { ...VERBAL, consentedAt: "2026-11-20T14:30:00+01:00" });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<TConsent>()).toMatchObject({ scope: VERBAL.scope, method: "verbal", statement: VERBAL.statement, consentedAt: "2026-11-20T13:30:00.000Z", withdrawnAt: null, standing: true });
    expect(response.json<TConsent>().recordedBy?.name).toBeTruthy();
    expect((await consentsOf(ines)).map((c) => c.id)).toEqual([response.json<TConsent>().id]);
  });

  it("withdraws a consent once, keeping it in the list as withdrawn", async () => {
    const given = (await admin.post(`/api/contacts/${ines.id}/consents`, { ...VERBAL, scope: "survey" })).json<TConsent>();
    const withdrawn = await admin.post(`/api/consents/${given.id}/withdrawal`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json<TConsent>()).toMatchObject({ standing: false, withdrawnAt: "2026-11-23T09:00:00.000Z" });
    expect((await consentsOf(ines)).find((c) => c.id === given.id)?.standing).toBe(false);
    const again = await admin.post(`/api/consents/${given.id}/withdrawal`);
    expect(again.statusCode).toBe(422);
    expect(again.json().detail).toContain("already withdrawn on 2026-11-23");
  });

  it("refuses an unknown scope or method, an empty statement and a consent dated in the future", async () => {
    expect((await admin.post(`/api/contacts/${ines.id}/consents`, { ...VERBAL, method: "telepathy" })).statusCode).toBe(400);
    expect((await admin.post(`/api/contacts/${ines.id}/consents`, { ...VERBAL, statement: " " })).statusCode).toBe(400);
    const future = await admin.post(`/api/contacts/${ines.id}/consents`, { ...VERBAL, consentedAt: "2026-12-01T10:00:00Z" });
    expect(future.statusCode).toBe(422);
    expect(future.json().detail).toContain("cannot be given in the future");
  });

  it("is read with the contact, and kept only by those who may change the contact's tenant", async () => {
    const stranger = await api().signIn({ roles: ["fasttrack_manager"] });
    expect((await stranger.get(`/api/contacts/${ines.id}/consents`)).statusCode).toBe(404);
    expect((await stranger.post(`/api/contacts/${ines.id}/consents`, VERBAL)).statusCode).toBe(404);
    const reader = await api().signIn({ roles: ["team_manager"] });
    expect((await reader.get(`/api/contacts/${ines.id}/consents`)).statusCode).toBe(200);
    expect((await reader.post(`/api/contacts/${ines.id}/consents`, VERBAL)).statusCode).toBe(403);
  });
});
