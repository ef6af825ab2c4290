import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * When each DIBS factor of a service was first recorded, from its audit events: the earliest event whose `after`
 * shows the factor set (the time-to-DIBS report's rule, packages/db/queries/reports/dibs-time.ts), so the report
 * reads one row per service instead of every event of it. Derived data: a trigger on audit_events (append-only, so
 * a first time can only move earlier) keeps it as events are written, by every writer and by an import; never
 * exported. A service without such an event has no row; a factor without one is null.
 */
export const dibsFirstRecorded = pgTable("dibs_first_recorded", {
  /** The audit events' entity_id of the service (its id as text). */
  serviceEntityId: text().primaryKey(),
  /** Intent: a split with an In Progress row with entitlements (service.added and the split events). */
  intentAt: timestamp({ withTimezone: true, mode: "date" }),
  /** Target Date: the service's DIBS date set, or an In Progress row with entitlements and a date. */
  targetDateAt: timestamp({ withTimezone: true, mode: "date" }),
  businessReasonAt: timestamp({ withTimezone: true, mode: "date" }),
  successOwnerAt: timestamp({ withTimezone: true, mode: "date" }),
});
