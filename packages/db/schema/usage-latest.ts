import { date, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { tenants } from "./tenants.ts";

/**
 * Each service's latest usage day, the first day it reached 10 / 15 / 40 % AU and its recent months, rolled up from usage_monthly so
 * the reports read one row per service (a hash join) instead of searching each service's months. Derived data:
 * triggers on usage_monthly recompute a tenant's service from its months whenever they change, so every writer keeps
 * it right; never exported (an import of usage_daily rebuilds usage_monthly, which rebuilds this). A service
 * without usage days has no row.
 */
export const usageLatest = pgTable(
  "usage_latest",
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    service: text().notNull(),
    /** The latest usage day, and its figures. */
    lastDay: date({ mode: "string" }).notNull(),
    activeUsers: integer().notNull(),
    entitlements: integer().notNull(),
    /** The first day with AU % at or above 10 / 15 / 40 (usage_monthly's rule); null when none reached it. */
    reached10On: date({ mode: "string" }),
    reached15On: date({ mode: "string" }),
    reached40On: date({ mode: "string" }),
    /**
     * The month-end figures of up to the last 24 months (index 1 = trendFirstMonth, the last = the latest month), so a
     * trend sums a few array elements per service instead of joining its months; null when a month in between has
     * no usage (readers then read usage_monthly).
     */
    trendFirstMonth: date({ mode: "string" }).notNull(),
    trendActiveUsers: integer().array(),
    trendEntitlements: integer().array(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.service] })],
);
