import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt, version } from "./columns.ts";
import { tenants } from "./tenants.ts";

/** One workload of a tenant (an entitlement), with its adoption indicators, migration and forecast. */
export const tenantServices = pgTable(
  "tenant_services",
  {
    id: id(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    customerId: uuid().notNull(),
    service: text().notNull(),
    totalEntitlements: integer().notNull(),
    /** A reviewed override of the commerce count; the L1 split must sum to `coalesce(override, total)`. */
    entitlementOverride: integer(),
    serviceStatus: text().notNull().default("initiate"),
    serviceStatusSince: date({ mode: "string" }),
    /** Position in a serialized deployment (Exchange#1, OneDrive#2, ...); null when not serialized. */
    deploymentOrder: smallint(),
    engagementScenario: text().notNull().default("customer_led_ftp_assist"),
    engagementStartDate: date({ mode: "string" }),
    nextActionDate: date({ mode: "string" }),
    // DIBS (Date, Intent, Business reason, Success owner); intent is expressed by the L1 split.
    dibsTargetDate: date({ mode: "string" }),
    dibsBusinessReason: text(),
    dibsSuccessOwnerRole: text(),
    // SSAT (Stakeholders, Scenarios, Awareness, Training)
    ssatStakeholders: text(),
    ssatScenarios: text().array().notNull().default([]),
    ssatAwareness: text().array().notNull().default([]),
    ssatTraining: text().array().notNull().default([]),
    // Data migration
    microsoftMigrating: boolean(),
    migrationRejectionReason: text(),
    /** Why the customer declines Microsoft's migration, in their words (with the rejection reason). */
    migrationRejectionNote: text(),
    migrationStartDate: date({ mode: "string" }),
    migrationEndDate: date({ mode: "string" }),
    // FastTrack-Ready Partner forecast (15 % / 40 % / max AU)
    forecastSubmittedOn: date({ mode: "string" }),
    forecast15On: date({ mode: "string" }),
    forecast40On: date({ mode: "string" }),
    forecastMaxOn: date({ mode: "string" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex("tenant_services_tenant_service_key").on(t.tenantId, t.service),
    index("tenant_services_customer_idx").on(t.customerId),
    check("tenant_services_total_check", sql`${t.totalEntitlements} >= 0`),
    check("tenant_services_override_check", sql`${t.entitlementOverride} IS NULL OR ${t.entitlementOverride} >= 0`),
  ],
);

/** One row of a service's entitlement split: entitlements in one L1 consumption status. */
export const entitlementSplits = pgTable(
  "entitlement_splits",
  {
    id: id(),
    tenantServiceId: uuid()
      .notNull()
      .references(() => tenantServices.id, { onDelete: "cascade" }),
    tenantId: uuid().notNull(),
    customerId: uuid().notNull(),
    l1: text().notNull(),
    entitlements: integer().notNull(),
    l2: text(),
    l3: text(),
    targetDate: date({ mode: "string" }),
    owner: text(),
    notes: text(),
    nextActionDate: date({ mode: "string" }),
    engagementStartDate: date({ mode: "string" }),
    position: smallint().notNull().default(0),
  },
  (t) => [
    index("entitlement_splits_service_idx").on(t.tenantServiceId),
    index("entitlement_splits_tenant_idx").on(t.tenantId),
    // Each service's first In Progress row with entitlements (its DIBS Intent and Target Date), read in order
    // from the index alone by the DIBS reports instead of sorting every split.
    index("entitlement_splits_intent_idx")
      .on(t.tenantServiceId, t.position, t.targetDate)
      .where(sql`${t.l1} = 'in_progress' AND ${t.entitlements} > 0`),
    check("entitlement_splits_entitlements_check", sql`${t.entitlements} >= 0`),
    check("entitlement_splits_l3_needs_l2_check", sql`${t.l3} IS NULL OR ${t.l2} IS NOT NULL`),
    check(
      "entitlement_splits_l1_check",
      sql`${t.l1} IN ('status_unknown','in_progress','blocked','no_intent','duplicate_invalid')`,
    ),
  ],
);

/** Migration scenarios of a service (Mig-ExHybrid, ...): their counts must equal the In Progress count. */
export const serviceMigrations = pgTable(
  "service_migrations",
  {
    id: id(),
    tenantServiceId: uuid()
      .notNull()
      .references(() => tenantServices.id, { onDelete: "cascade" }),
    tenantId: uuid().notNull(),
    migrationType: text().notNull(),
    entitlements: integer().notNull(),
    estimatedMigrationDate: date({ mode: "string" }),
    dataSizeGb: integer(),
    status: text(),
    notes: text(),
    version: version(),
  },
  (t) => [
    index("service_migrations_service_idx").on(t.tenantServiceId),
    check("service_migrations_entitlements_check", sql`${t.entitlements} >= 0`),
  ],
);

/**
 * Every status a service has been in, one row per stay; the open row (left_on null) is the current status.
 * Written only by the trigger on tenant_services (migration 0013), so a person, the engine and an import are all
 * recorded alike; `changed_by_*` come from the transaction's `waymark.changed_by_user` / `waymark.changed_by_rule`.
 */
export const serviceStatusHistory = pgTable(
  "service_status_history",
  {
    id: id(),
    tenantServiceId: uuid()
      .notNull()
      .references(() => tenantServices.id, { onDelete: "cascade" }),
    tenantId: uuid().notNull(),
    customerId: uuid().notNull(),
    status: text().notNull(),
    /** The tenant's local date the service entered the status. */
    enteredOn: date({ mode: "string" }).notNull(),
    /** The tenant's local date it left the status; null while it is the current one. */
    leftOn: date({ mode: "string" }),
    enteredAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    changedByUserId: uuid(),
    /** `playbook@version/rule` of the rule that changed the status. */
    changedByRule: text(),
  },
  (t) => [
    index("service_status_history_service_idx").on(t.tenantServiceId, t.enteredAt),
    uniqueIndex("service_status_history_open_key").on(t.tenantServiceId).where(sql`${t.leftOn} IS NULL`),
    check("service_status_history_dates_check", sql`${t.leftOn} IS NULL OR ${t.leftOn} >= ${t.enteredOn}`),
  ],
);
