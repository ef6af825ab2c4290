import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt, version } from "./columns.ts";
import { customers } from "./customers.ts";

export const tenants = pgTable(
  "tenants",
  {
    id: id(),
    /** The cloud tenant's own GUID (what FTOP calls Tenant ID). */
    tenantGuid: uuid().notNull(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id, { onDelete: "restrict" }),
    name: text().notNull(),
    /** Automated priority from targeting; `priorityOverride` replaces it when set. */
    priority: text().notNull(),
    priorityOverride: text(),
    priorityOverrideReason: text(),
    /** 1 = High, 2 = Medium, 3 = Low of the effective priority, for sorting High → Low. */
    priorityRank: smallint()
      .notNull()
      .generatedAlwaysAs(
        sql`CASE coalesce(priority_override, priority) WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END`,
      ),
    segment: text().notNull(),
    seats: integer().notNull(),
    /** ISO 3166-1 alpha-2; drives the business-day calendar. */
    country: text().notNull(),
    /** IANA time zone, e.g. Europe/Berlin. */
    timeZone: text().notNull(),
    region: text().notNull(),
    /** Managed = the customer has a Microsoft account team. */
    managed: boolean().notNull().default(false),
    engagementStartDate: date({ mode: "string" }),
    overallStatus: text(),
    overallStatusDate: date({ mode: "string" }),
    /** GoBack: an existing tenant re-entering FastTrack outreach. */
    goBack: boolean().notNull().default(false),
    /** The Gateway's outcome for the tenant (seed 003's assignment options). */
    assignmentOption: text(),
    rfaSubmittedOn: date({ mode: "string" }),
    rfaApprovedOn: date({ mode: "string" }),
    rfaReference: text(),
    enterpriseLevel: smallint(),
    /** Confirmed a duplicate of this (winner) tenant: its services are L1 Duplicate/Invalid and its work goes there. */
    duplicateOfTenantId: uuid().references((): AnyPgColumn => tenants.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex("tenants_tenant_guid_key").on(t.tenantGuid),
    index("tenants_customer_idx").on(t.customerId),
    index("tenants_priority_name_idx").on(t.priorityRank, t.name, t.id),
    index("tenants_name_idx").on(t.name, t.id),
    index("tenants_region_idx").on(t.region),
    check("tenants_not_duplicate_of_itself_check", sql`${t.duplicateOfTenantId} IS DISTINCT FROM ${t.id}`),
    check("tenants_seats_check", sql`${t.seats} >= 0`),
    check("tenants_priority_check", sql`${t.priority} IN ('high','medium','low')`),
    check(
      "tenants_priority_override_check",
      sql`${t.priorityOverride} IS NULL OR ${t.priorityOverride} IN ('high','medium','low')`,
    ),
    check("tenants_segment_check", sql`${t.segment} IN ('smc','enterprise')`),
    check("tenants_region_check", sql`${t.region} IN ('americas','apj','emea')`),
    check("tenants_overall_status_check", sql`${t.overallStatus} IS NULL OR ${t.overallStatus} IN ('active','blocked','paused')`),
    check("tenants_enterprise_level_check", sql`${t.enterpriseLevel} IS NULL OR ${t.enterpriseLevel} BETWEEN 1 AND 4`),
  ],
);
