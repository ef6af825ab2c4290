import { CONTACT_TYPES, EMAIL_LANGUAGES, EMAIL_TEMPLATES } from "@waymark/domain";
import { z } from "zod";
import { codesOf, ZUuid, ZVersion } from "./common.ts";
import { ZServiceCode } from "./services.ts";

/** A person around a tenant (or its whole customer): customer, partner, or the Microsoft account team. */
export const ZContact = z.object({
  id: ZUuid,
  level: z.enum(["customer", "tenant"]).describe("customer: recorded for the whole customer (TPID), shown on each tenant"),
  tenantId: ZUuid.nullable(),
  customerId: ZUuid,
  type: codesOf(CONTACT_TYPES),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  role: z.string().nullable().describe("Job title for a customer; skill type for a partner; MS role (ATS, SSP, PDM, PSE, CSM, ...) for the account team"),
  partner: z.object({ id: ZUuid, name: z.string() }).nullable(),
  isEngaged: z.boolean(),
  doNotCall: z.boolean(),
  doNotCallReason: z.string().nullable(),
  surveyEligible: z.boolean(),
  surveyLanguage: z.string().nullable(),
  country: z.string().nullable(),
  servicesDeployed: z.array(z.string()),
  synced: z.boolean().describe("Comes from an upstream sync"),
  awaitingCustomerStep: z
    .boolean()
    .describe("A customer contact given before the Gateway's Contact Customer step (seed 003): kept aside until that step puts it on the record and writes to it"),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export type TContact = z.infer<typeof ZContact>;

export const ZContactList = z.object({ items: z.array(ZContact) });
export type TContactList = z.infer<typeof ZContactList>;

const contactFields = {
  type: codesOf(CONTACT_TYPES),
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320).nullable(),
  phone: z.string().trim().max(50).nullable(),
  role: z.string().trim().max(100).nullable(),
  partnerId: ZUuid.nullable().describe("The partner organisation of a partner contact"),
  isEngaged: z.boolean(),
  doNotCall: z.boolean(),
  doNotCallReason: z.string().trim().max(500).nullable(),
  surveyEligible: z.boolean(),
  surveyLanguage: z.string().trim().min(2).max(40).nullable(),
  country: z.string().length(2).toUpperCase().nullable().describe("ISO 3166-1 alpha-2"),
  servicesDeployed: z.array(ZServiceCode).max(30).describe("Services deployed or migrated; a survey about a service goes to its contacts"),
};

export const ZCreateContact = z
  .object({
    ...contactFields,
    email: contactFields.email.default(null),
    phone: contactFields.phone.default(null),
    role: contactFields.role.default(null),
    partnerId: contactFields.partnerId.default(null),
    isEngaged: contactFields.isEngaged.default(false),
    doNotCall: contactFields.doNotCall.default(false),
    doNotCallReason: contactFields.doNotCallReason.default(null),
    surveyEligible: contactFields.surveyEligible.default(false),
    surveyLanguage: contactFields.surveyLanguage.default(null),
    country: contactFields.country.default(null),
    servicesDeployed: contactFields.servicesDeployed.default([]),
    wholeCustomer: z.boolean().default(false).describe("Record the contact for the whole customer (TPID) rather than this tenant"),
  })
  .strict();
export type TCreateContact = z.infer<typeof ZCreateContact>;

export const ZUpdateContact = z.object({ version: ZVersion, ...contactFields }).partial().required({ version: true }).strict();
export type TUpdateContact = z.infer<typeof ZUpdateContact>;

/** An outreach e-mail as it would go: text in the language, recipients by the seed's rules, what is still missing. */
export const ZEmailPreview = z.object({
  template: z.object({ code: z.string(), label: z.string(), audience: z.enum(["account_team", "partner", "customer"]), repliesTo: z.string().nullable() }),
  language: z.string(),
  subject: z.string(),
  body: z.string(),
  to: z.array(z.string()),
  cc: z.array(z.string()),
  missing: z.array(z.string()).describe("Facts the text needs that the tenant lacks (shown as [name] in the text)"),
  notes: z.array(z.string()).describe("Whom the recipient rules left out and why, contacts without an address"),
});
export type TEmailPreview = z.infer<typeof ZEmailPreview>;

export const ZEmailPreviewQuery = z.object({
  template: codesOf(EMAIL_TEMPLATES),
  language: codesOf(EMAIL_LANGUAGES).default("en"),
});
