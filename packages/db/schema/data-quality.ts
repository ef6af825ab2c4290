import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenants } from "./tenants.ts";

/**
 * Each tenant's data-quality findings as last computed, so the portfolio and FM reports are one query over this table
 * instead of running every check on every tenant. Derived data: never exported, rebuilt by the refresh.
 * Triggers on every table the checks read set `stale` (and insert the row for a new tenant), so no writer can forget
 * it; a row is fresh when it is not stale and was computed for the tenant's local today (date checks move daily).
 * A flag rather than deleting the row: a large report can still show the last known findings, marked pending.
 */
export const dataQualitySummaries = pgTable(
  "tenant_data_quality",
  {
    tenantId: uuid()
      .primaryKey()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** Kept in step with the tenant by the triggers, for scoping before the row is refreshed. */
    customerId: uuid().notNull(),
    region: text().notNull(),
    priorityRank: smallint().notNull(),
    /** The tenant's local date the checks ran for; null until first computed. */
    computedFor: date({ mode: "string" }),
    computedAt: timestamp({ withTimezone: true }),
    stale: boolean().notNull().default(true),
    high: integer().notNull().default(0),
    medium: integer().notNull().default(0),
    low: integer().notNull().default(0),
    /** One code per finding, in the findings' order (a check may occur more than once: one per service). */
    checks: text().array().notNull().default([]),
    /** Services with at least one finding. */
    services: text().array().notNull().default([]),
    /** The findings as the per-tenant report returns them, worst severity first. */
    findings: jsonb().notNull().default([]),
  },
  (t) => [
    index("tenant_data_quality_customer_idx").on(t.customerId),
    // The worst-first page of the whole portfolio: walk this index and stop after a page.
    index("tenant_data_quality_worst_idx")
      .on(t.high.desc(), t.medium.desc(), t.low.desc(), t.priorityRank, t.tenantId)
      .where(sql`${t.high} + ${t.medium} + ${t.low} > 0`),
    index("tenant_data_quality_checks_idx").using("gin", t.checks),
  ],
);
