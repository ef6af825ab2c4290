// The hygiene report's checks: the records a delivery owner keeps current.
// Sources: research/ftop-features.md §2 (Overall Status: "the Power BI report flags tenants with no update for >14
// days"; new entitlements land in Status Unknown / New Subscription and must be re-classified), PBI
// overall-status-notes-updates-tab.md and new-subscription-tab.md, the L1 catalogue (notes explain Blocked/No Intent).

/** An overall status whose date is more than this many days before the tenant's today is stale. */
export const OVERALL_STATUS_STALE_DAYS = 14;
/** "New subscriptions": services added within this many days, unless the request names another window. */
export const NEW_SUBSCRIPTION_DEFAULT_DAYS = 30;

export const HYGIENE_CHECKS = [
  {
    code: "stale_overall_status",
    label: `Overall status older than ${OVERALL_STATUS_STALE_DAYS} days`,
    counts: "tenants",
    description: `The overall status date is more than ${OVERALL_STATUS_STALE_DAYS} days ago, or there is none on a tenant engaged more than ${OVERALL_STATUS_STALE_DAYS} days ago`,
  },
  {
    code: "next_action_past",
    label: "Next action date in the past",
    counts: "services",
    description: "A service's next action date is before the tenant's today",
  },
  {
    code: "blocked_without_note",
    label: "Blocked or No Intent without a note",
    counts: "entitlement rows",
    description: "An L1 Blocked or No Intent row with entitlements and no note saying why",
  },
  {
    code: "new_subscription_unknown",
    label: "New subscriptions still Status Unknown",
    counts: "services",
    description: "A service added within the window still has entitlements in L1 Status Unknown",
  },
] as const;

export type HygieneCheck = (typeof HYGIENE_CHECKS)[number]["code"];

/** The first day that is no longer stale: an overall status dated before it is older than the limit. */
export function staleOverallStatusBefore(today: string): string {
  return addDays(today, -OVERALL_STATUS_STALE_DAYS);
}

/** A calendar date moved by whole days (negative: back). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
