import type { TContact } from "@waymark/contracts";
import { contactProblems } from "@waymark/domain";
import { describe, expect, it } from "vitest";
import {
  contactsOfType,
  createBody,
  emptyContactForm,
  fieldProblemsOf,
  formOfContact,
  localContactProblems,
  reapply,
  serviceChoices,
  surveyGaps,
  takesPartner,
  updateBody,
} from "./contacts.ts";

const contact: TContact = {
  id: "00000000-0000-4000-8000-000000000001",
  level: "tenant",
  tenantId: "00000000-0000-4000-8000-000000000002",
  customerId: "00000000-0000-4000-8000-000000000003",
  type: "customer",
  name: "Jonas Weber",
  email: "jonas@fabrikam.example",
  phone: null,
  role: "CIO",
  partner: null,
  isEngaged: true,
  doNotCall: false,
  doNotCallReason: null,
  surveyEligible: true,
  surveyLanguage: "de",
  country: "DE",
  servicesDeployed: ["exchange"],
  synced: false,
  awaitingCustomerStep: false,
  version: 3,
  updatedAt: "2026-11-20T10:00:00.000Z",
};

describe("the survey-eligibility hint", () => {
  it("lists what a survey-eligible contact still lacks, field by field", () => {
    const form = { ...emptyContactForm("customer"), name: "Ann", surveyEligible: true };
    expect(Object.keys(surveyGaps(form)).sort()).toEqual(["country", "email", "isEngaged", "servicesDeployed", "surveyLanguage"]);
    expect(surveyGaps({ ...form, surveyEligible: false })).toEqual({});
    expect(surveyGaps(formOfContact(contact))).toEqual({});
  });

  it("names the same fields as the server's rule, so the hint never disagrees with a save", () => {
    const cases = [
      { ...emptyContactForm("customer"), surveyEligible: true },
      { ...emptyContactForm("partner"), surveyEligible: true, isEngaged: true, email: "a@b.example" },
      { ...formOfContact(contact), servicesDeployed: [] },
      formOfContact(contact),
    ];
    for (const form of cases) {
      const body = createBody(form);
      const server = contactProblems({ ...body, servicesDeployed: body.servicesDeployed }).map((problem) => problem.field);
      expect(Object.keys(surveyGaps(form)).sort()).toEqual([...server].sort());
    }
  });
});

describe("the contact form", () => {
  it("sends blank text as null, the country in capitals and no do-not-call reason without the flag", () => {
    const body = createBody({ ...emptyContactForm("customer"), name: " Ann ", email: "  ", country: "de", doNotCallReason: "left over" });
    expect(body).toMatchObject({ name: "Ann", email: null, phone: null, country: "DE", doNotCall: false, doNotCallReason: null, wholeCustomer: false });
  });

  it("keeps a partner only where it belongs: partner contacts and the account team's PDMs and PSEs", () => {
    const partner = { id: "00000000-0000-4000-8000-00000000000a", name: "Contoso Partners" };
    expect(takesPartner({ type: "microsoft", role: "pdm" })).toBe(true);
    expect(takesPartner({ type: "microsoft", role: "ATS" })).toBe(false);
    expect(createBody({ ...emptyContactForm("customer"), name: "Ann", partner }).partnerId).toBeNull();
    expect(createBody({ ...emptyContactForm("partner"), name: "Pat", partner }).partnerId).toBe(partner.id);
  });

  it("edits with the version it read, keeping every field", () => {
    expect(updateBody(formOfContact(contact), 3)).toMatchObject({ version: 3, name: "Jonas Weber", surveyLanguage: "de", servicesDeployed: ["exchange"] });
  });

  it("asks for a name, a usable e-mail, a two-letter country and the do-not-call reason before saving", () => {
    const problems = localContactProblems({ ...emptyContactForm("customer"), email: "jonas", country: "Germany", doNotCall: true });
    expect(Object.keys(problems).sort()).toEqual(["country", "doNotCallReason", "email", "name"]);
  });

  it("puts the server's problems at their fields", () => {
    expect(
      fieldProblemsOf({
        errors: [
          { path: "/body/email", message: "A survey-eligible contact needs an e-mail address." },
          { path: "/body/servicesDeployed/0", message: "Unknown service." },
        ],
      }),
    ).toEqual({ email: "A survey-eligible contact needs an e-mail address.", servicesDeployed: "Unknown service." });
  });

  it("after a conflict, keeps the other person's change and applies what was typed on top, naming fields both changed", () => {
    const opened = formOfContact(contact);
    const typed = { ...opened, phone: "+49 30 1234", name: "Jonas A. Weber" };
    const { form, overridden } = reapply(opened, typed, { ...contact, role: "CTO", name: "J. Weber", version: 4 });
    expect(form).toMatchObject({ role: "CTO", phone: "+49 30 1234", name: "Jonas A. Weber" });
    expect(overridden).toEqual(["Name"]);
  });

  it("splits the contacts by type for the tabs", () => {
    expect(contactsOfType([contact, { ...contact, id: "x", type: "microsoft" }], "customer")).toEqual([contact]);
  });
});

describe("the services to tick", () => {
  const catalog = [
    { code: "exchange", label: "Exchange" },
    { code: "teams", label: "Teams" },
    { code: "intune", label: "Intune" },
  ];
  it("offers the tenant's services and keeps any the contact already lists", () => {
    expect(serviceChoices([{ code: "exchange", label: "Exchange" }], catalog, ["intune"]).map((entry) => entry.code)).toEqual(["exchange", "intune"]);
  });
  it("offers every service while the tenant has none recorded", () => {
    expect(serviceChoices([], catalog, [])).toEqual(catalog);
  });
});
