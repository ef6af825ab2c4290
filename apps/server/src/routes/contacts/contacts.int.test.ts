import { insertAssignment, insertPartner, insertUser } from "@waymark/db";
import type { TContact, TContactList, TEmailPreview, TTenant } from "@waymark/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { addService, createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

const { admin, api } = useTestApi();
let tenant: TTenant;

beforeAll(async () => {
  tenant = await createTenant(admin, (await createCustomer(admin, { name: "Contoso" })).id, { name: "Contoso EU" });
});

const contactsOf = async (of: TTenant = tenant) => (await admin.get(`/api/tenants/${of.id}/contacts`)).json<TContactList>().items;

describe("contacts", () => {
  it("adds the partner guide's properly filled survey-eligible customer contact", async () => {
    const added = await admin.post(`/api/tenants/${tenant.id}/contacts`, {
      type: "customer",
      name: "Ines IT Lead",
      email: "ines@contoso.example",
      country: "de",
      isEngaged: true,
      surveyEligible: true,
      surveyLanguage: "German",
      servicesDeployed: ["exchange", "teams"],
    });
    expect(added.statusCode).toBe(201);
    expect(added.json<TContact>()).toMatchObject({ level: "tenant", country: "DE", surveyEligible: true, servicesDeployed: ["exchange", "teams"] });
  });

  it("refuses a survey-eligible contact without the survey fields, naming each one", async () => {
    const refused = await admin.post(`/api/tenants/${tenant.id}/contacts`, { type: "customer", name: "Half Filled", surveyEligible: true });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors.map((e: { path: string }) => e.path)).toEqual([
      "/body/isEngaged",
      "/body/email",
      "/body/country",
      "/body/surveyLanguage",
      "/body/servicesDeployed",
    ]);
    expect((await contactsOf()).map((c) => c.name)).not.toContain("Half Filled");
  });

  it("records do-not-call with its reason, clears the reason when lifted, and refuses a stale edit", async () => {
    const contact = (await admin.post(`/api/tenants/${tenant.id}/contacts`, { type: "customer", name: "Quiet Person" })).json<TContact>();
    const noReason = await admin.patch(`/api/contacts/${contact.id}`, { version: contact.version, doNotCall: true });
    expect(noReason.json().detail).toContain("Say why this person must not be called.");
    const flagged = (await admin.patch(`/api/contacts/${contact.id}`, { version: contact.version, doNotCall: true, doNotCallReason: "Asked by e-mail" })).json<TContact>();
    expect(flagged).toMatchObject({ doNotCall: true, doNotCallReason: "Asked by e-mail" });
    expect((await admin.patch(`/api/contacts/${contact.id}`, { version: contact.version, phone: "1" })).statusCode).toBe(409);
    const lifted = (await admin.patch(`/api/contacts/${contact.id}`, { version: flagged.version, doNotCall: false })).json<TContact>();
    expect(lifted).toMatchObject({ doNotCall: false, doNotCallReason: null });
  });

  it("keeps a customer-level contact on every tenant of the customer, listing customers first", async () => {
    const sibling = await createTenant(admin, tenant.customerId, { name: "Contoso US" });
    await admin.post(`/api/tenants/${tenant.id}/contacts`, { type: "microsoft", name: "Alex ATS", role: "ATS", wholeCustomer: true });
    const onSibling = await contactsOf(sibling);
    expect(onSibling).toMatchObject([{ name: "Alex ATS", level: "customer", type: "microsoft", role: "ATS" }]);
    expect((await contactsOf()).map((c) => c.type)).toEqual([...(await contactsOf()).map((c) => c.type)].sort((a, b) => ["customer", "partner", "microsoft"].indexOf(a) - ["customer", "partner", "microsoft"].indexOf(b)));
  });

  it("says a synced contact will come back unless removed upstream", async () => {
    const contact = (await admin.post(`/api/tenants/${tenant.id}/contacts`, { type: "customer", name: "Synced Sam" })).json<TContact>();
    await api().database.pool.query("UPDATE contacts SET synced = true WHERE id = $1", [contact.id]);
    const removed = await admin.delete(`/api/contacts/${contact.id}`);
    expect(removed.json().message).toContain("will reappear unless removed there too");
  });

  it("lets a partner user keep contacts on their organisation's tenant, never seeing another partner's", async () => {
    const fabrikam = await insertPartner(api().database.db, { name: "Fabrikam", mpnId: "880001" });
    const northwind = await insertPartner(api().database.db, { name: "Northwind", mpnId: "880002" });
    await insertAssignment(api().database.db, { customerId: tenant.customerId, tenantId: tenant.id, partnerId: fabrikam.id, role: "p_rm", isPrimary: true });
    await admin.post(`/api/tenants/${tenant.id}/contacts`, { type: "partner", name: "Nora Northwind", partnerId: northwind.id });
    const pat = await api().signIn({ roles: ["partner_user"], partnerId: fabrikam.id });
    const added = await pat.post(`/api/tenants/${tenant.id}/contacts`, { type: "partner", name: "Fay Fabrikam", partnerId: fabrikam.id });
    expect(added.statusCode).toBe(201);
    const seen = (await pat.get(`/api/tenants/${tenant.id}/contacts`)).json<TContactList>().items.map((c) => c.name);
    expect(seen).toContain("Fay Fabrikam");
    expect(seen).not.toContain("Nora Northwind");
    expect((await pat.post(`/api/tenants/${tenant.id}/contacts`, { type: "partner", name: "X", partnerId: northwind.id })).statusCode).toBe(422);
    expect((await pat.post(`/api/tenants/${tenant.id}/contacts`, { type: "customer", name: "Y", wholeCustomer: true })).statusCode).toBe(403);
  });

  it("previews an outreach e-mail in German with recipients by seed 003's rules", async () => {
    const target = await createTenant(admin, (await createCustomer(admin, { name: "Tailspin Toys" })).id, { name: "Tailspin EU" });
    await addService(admin, target.id, "exchange", 300);
    await addService(admin, target.id, "teams", 300);
    const fm = await insertUser(api().database.db, { username: `fm-preview-${Date.now()}`, displayName: "Fiona Field", email: "fiona@waymark.example", roles: ["fasttrack_manager"] });
    await insertAssignment(api().database.db, { customerId: target.customerId, tenantId: target.id, userId: fm.id, role: "fm", isPrimary: true });
    const partner = await insertPartner(api().database.db, { name: "Proseware", mpnId: "880010" });
    await insertAssignment(api().database.db, { customerId: target.customerId, tenantId: target.id, partnerId: partner.id, role: "p_rm", isPrimary: true });
    for (const contact of [
      { type: "microsoft", name: "Ada", email: "ada@microsoft.example", role: "ATS" },
      { type: "microsoft", name: "Pam", email: "pam@microsoft.example", role: "PDM", partnerId: null },
      { type: "partner", name: "Paul", email: "paul@proseware.example", partnerId: partner.id },
      { type: "customer", name: "Cara", email: "cara@tailspin.example" },
    ]) {
      expect((await admin.post(`/api/tenants/${target.id}/contacts`, contact)).statusCode).toBe(201);
    }
    const customerMail = (await admin.get(`/api/tenants/${target.id}/email-preview?template=customer_1st_contact&language=de`)).json<TEmailPreview>();
    expect(customerMail).toMatchObject({ language: "de", to: ["cara@tailspin.example"], cc: ["ada@microsoft.example"], missing: [], notes: [] });
    expect(customerMail.subject).toBe("Ihr FastTrack-Vorteil für Exchange und Teams");
    expect(customerMail.body).toContain("Fiona Field");
    const partnerMail = (await admin.get(`/api/tenants/${target.id}/email-preview?template=partner_contact`)).json<TEmailPreview>();
    expect(partnerMail).toMatchObject({ to: ["paul@proseware.example"], cc: ["ada@microsoft.example"] });
    expect(partnerMail.body).toContain("Hello Proseware team");
    const second = (await admin.get(`/api/tenants/${target.id}/email-preview?template=customer_2nd_contact`)).json<TEmailPreview>();
    expect(second.template.repliesTo).toBe("customer_1st_contact");
    expect((await admin.get(`/api/tenants/${target.id}/email-preview?template=nope`)).statusCode).toBe(400);
  });
});
