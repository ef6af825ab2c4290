/** Active-usage KPI of a service (seeds 000/001 "Success Measurements", DESIGN decision 11). */
export type AuKpi = "green" | "yellow" | "red";

/** Green above 40 %, Yellow from 20 % to 40 % inclusive, Red below 20 %; none when usage is unknown. */
export function auKpi(activeUsersPercent: number | null): AuKpi | null {
  if (activeUsersPercent === null || Number.isNaN(activeUsersPercent)) return null;
  if (activeUsersPercent > 40) return "green";
  if (activeUsersPercent >= 20) return "yellow";
  return "red";
}

/** Active users as a percentage of entitlements, to two decimals; none without entitlements. */
export function activeUsersPercent(activeUsers: number, entitlements: number): number | null {
  return entitlements > 0 ? Math.round((10_000 * activeUsers) / entitlements) / 100 : null;
}
