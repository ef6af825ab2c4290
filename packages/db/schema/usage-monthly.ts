import { date, integer, numeric, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { tenants } from "./tenants.ts";

/**
 * Each service's usage per month, rolled up from usage_daily so the conversion report reads ~12 rows per service
 * instead of every usage day. Derived data: triggers on usage_daily recompute a tenant, service and month from its
 * days on every insert, update and delete, so every writer keeps it right; never exported (an import of usage_daily
 * rebuilds it). A month without usage days has no row.
 */
export const usageMonthly = pgTable(
  "usage_monthly",
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    service: text().notNull(),
    /** The first day of the month. */
    month: date({ mode: "string" }).notNull(),
    /** The month's last reported day, and its figures. */
    lastDay: date({ mode: "string" }).notNull(),
    activeUsers: integer().notNull(),
    entitlements: integer().notNull(),
    /** The highest AU % of any day of the month, one decimal; null when no day had entitlements. */
    maxAuPercent: numeric({ mode: "number" }),
    /** The first day of the month with AU % at or above 10 / 15 / 40; null when none reached it. */
    reached10On: date({ mode: "string" }),
    reached15On: date({ mode: "string" }),
    reached40On: date({ mode: "string" }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.service, t.month] })],
);
