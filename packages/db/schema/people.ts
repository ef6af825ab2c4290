import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt, version } from "./columns.ts";
import { customers } from "./customers.ts";
import { tenants } from "./tenants.ts";
import { users } from "./users.ts";

/** People around a customer or tenant: customer contacts, partner contacts and the Microsoft account team. */
export const contacts = pgTable(
  "contacts",
  {
    id: id(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    tenantId: uuid().references(() => tenants.id, { onDelete: "cascade" }),
    partnerId: uuid().references(() => partners.id, { onDelete: "set null" }),
    type: text().notNull(),
    name: text().notNull(),
    email: text(),
    phone: text(),
    /** ATS, SSP, PDM, PSE, CSM, ... for the account team; a job title for customers. */
    role: text(),
    isEngaged: boolean().notNull().default(false),
    doNotCall: boolean().notNull().default(false),
    doNotCallReason: text(),
    surveyEligible: boolean().notNull().default(false),
    surveyLanguage: text(),
    country: text(),
    servicesDeployed: text().array().notNull().default([]),
    synced: boolean().notNull().default(false),
    /**
     * A customer contact given before the Gateway's Contact Customer step (seed 003: "wait to add customer contact
     * information until you reach the Contact the Customer part"): kept aside, and put on the record by that step.
     */
    awaitingCustomerStep: boolean().notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("contacts_customer_idx").on(t.customerId),
    index("contacts_tenant_idx").on(t.tenantId),
    check("contacts_type_check", sql`${t.type} IN ('customer','partner','microsoft')`),
    check("contacts_do_not_call_reason_check", sql`NOT ${t.doNotCall} OR ${t.doNotCallReason} IS NOT NULL`),
  ],
);

/** A recorded consent (e.g. verbal consent to share PII with referral partners). */
export const consents = pgTable("consents", {
  id: id(),
  contactId: uuid()
    .notNull()
    .references(() => contacts.id, { onDelete: "cascade" }),
  tenantId: uuid().references(() => tenants.id, { onDelete: "cascade" }),
  scope: text().notNull(),
  method: text().notNull(),
  consentedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  /** What the person was told and agreed to, in the words used. */
  statement: text(),
  recordedById: uuid().references(() => users.id),
  withdrawnAt: timestamp({ withTimezone: true, mode: "date" }),
  withdrawnById: uuid().references(() => users.id),
  createdAt: createdAt(),
});

export const partners = pgTable(
  "partners",
  {
    id: id(),
    name: text().notNull(),
    /** Microsoft Partner Network id; "N/A" is stored as null. */
    mpnId: text(),
    frpMember: boolean().notNull().default(false),
    country: text(),
    city: text(),
    specialties: text().array().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [uniqueIndex("partners_mpn_id_key").on(t.mpnId)],
);

export const tenantPartners = pgTable(
  "tenant_partners",
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    desiresAssistance: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.partnerId] })],
);
