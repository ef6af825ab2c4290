// Customer health, from what Waymark records per tenant. FTOP's health FM/FTA keeps a hand-set Customer Status
// (reference/ftop-user-guide/customer-health.md); Waymark derives a first answer from the tenants' data instead:
// - At risk: a tenant is Blocked; or it has high-severity data-quality findings open; or its Overall Status note is
//   more than twice the 14-day cadence old.
// - Needs attention: a tenant is Paused or has no overall status; its Overall Status note is missing or older than
//   14 days; it has medium-severity findings open; or a service in Operate has fallen below 10 % active users.
// - On track: none of these. Confirmed duplicate tenants are left out: their work belongs to their winner.
import { isServiceCode, serviceLabel } from "../catalogs/services.ts";
import { OVERALL_STATUS_MAX_AGE_DAYS } from "./data-quality.ts";

export const AT_RISK_NOTE_AGE_DAYS = OVERALL_STATUS_MAX_AGE_DAYS * 2;
/** FTOP: Operate means "more than 10 % of entitlements active". */
export const OPERATE_MIN_AU_PERCENT = 10;

/** What the levels mean, for people reading a customer's health. */
export const CUSTOMER_HEALTH_RULES =
  `At risk: a tenant is Blocked, has high-severity data-quality findings open, or has had no Overall Status note for over ${AT_RISK_NOTE_AGE_DAYS} days. ` +
  `Needs attention: a tenant is Paused or has no overall status, its Overall Status note is missing or over ${OVERALL_STATUS_MAX_AGE_DAYS} days old, ` +
  `it has medium-severity findings open, or a service in Operate is below ${OPERATE_MIN_AU_PERCENT} % active users. On track: none of these. Confirmed duplicate tenants are not counted.`;

export type TenantHealthFacts = {
  tenantId: string;
  name: string;
  isWinner: boolean;
  isDuplicate: boolean;
  overallStatus: "active" | "blocked" | "paused" | null;
  /** Each service's status and its latest usage day (null when no usage was ever recorded). */
  services: { service: string; status: string; activeUsers: number | null; entitlements: number | null }[];
  openFindings: { high: number; medium: number; low: number };
  /** Days since the latest Overall Status (Engagement Management) note; null when none was written. */
  daysSinceOverallStatusNote: number | null;
};

export type CustomerHealthLevel = "at_risk" | "needs_attention" | "on_track" | "no_tenants";
export type CustomerHealthReason = { level: "at_risk" | "needs_attention"; tenantId: string; text: string };
export type CustomerHealth = {
  level: CustomerHealthLevel;
  label: string;
  /** One sentence saying what the level means for this customer. */
  summary: string;
  reasons: CustomerHealthReason[];
  figures: {
    tenantsCounted: number;
    services: number;
    servicesOperating: number;
    /** Active users over entitlements of the services with usage, as a whole percentage; null without usage. */
    auPercent: number | null;
    openFindings: { high: number; medium: number; low: number };
    oldestOverallStatusNoteDays: number | null;
    tenantsWithoutOverallStatusNote: number;
  };
};

export const CUSTOMER_HEALTH_LABELS: Record<CustomerHealthLevel, string> = {
  at_risk: "At risk",
  needs_attention: "Needs attention",
  on_track: "On track",
  no_tenants: "No tenants",
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function percent(active: number, entitlements: number): number | null {
  return entitlements > 0 ? Math.round((active / entitlements) * 100) : null;
}

/** Why one tenant is at risk or needs attention, in words; empty when it is on track. */
export function tenantHealthReasons(tenant: TenantHealthFacts): CustomerHealthReason[] {
  const reasons: CustomerHealthReason[] = [];
  const add = (level: CustomerHealthReason["level"], text: string) => reasons.push({ level, tenantId: tenant.tenantId, text: `${tenant.name}: ${text}` });
  if (tenant.overallStatus === "blocked") add("at_risk", "overall status is Blocked.");
  if (tenant.overallStatus === "paused") add("needs_attention", "overall status is Paused.");
  if (tenant.overallStatus === null) add("needs_attention", "no overall status has been set.");
  const { high, medium } = tenant.openFindings;
  if (high > 0) add("at_risk", `${plural(high, "high-severity data-quality finding")} open.`);
  if (medium > 0) add("needs_attention", `${plural(medium, "medium-severity data-quality finding")} open.`);
  const age = tenant.daysSinceOverallStatusNote;
  if (age === null) add("needs_attention", "no Overall Status note has been written.");
  else if (age > AT_RISK_NOTE_AGE_DAYS) add("at_risk", `the latest Overall Status note is ${age} days old (one is due every ${OVERALL_STATUS_MAX_AGE_DAYS} days).`);
  else if (age > OVERALL_STATUS_MAX_AGE_DAYS) add("needs_attention", `the latest Overall Status note is ${age} days old (one is due every ${OVERALL_STATUS_MAX_AGE_DAYS} days).`);
  for (const service of tenant.services) {
    if (service.status !== "operate" || service.activeUsers === null || service.entitlements === null) continue;
    const au = percent(service.activeUsers, service.entitlements);
    if (au !== null && au < OPERATE_MIN_AU_PERCENT) add("needs_attention", `${isServiceCode(service.service) ? serviceLabel(service.service) : service.service} is in Operate but only ${au} % of entitlements are active.`);
  }
  return reasons;
}

/** Latest active users over entitlements across the services with usage, as a whole percentage; null without usage. */
export function auPercentOf(services: TenantHealthFacts["services"]): number | null {
  const withUsage = services.filter((s) => s.activeUsers !== null && s.entitlements !== null && s.entitlements > 0);
  if (!withUsage.length) return null;
  return percent(withUsage.reduce((n, s) => n + (s.activeUsers ?? 0), 0), withUsage.reduce((n, s) => n + (s.entitlements ?? 0), 0));
}

/** One tenant's level and reasons (its own name left out of the texts). */
export function tenantHealth(tenant: TenantHealthFacts): { level: "at_risk" | "needs_attention" | "on_track"; reasons: string[] } {
  const reasons = tenantHealthReasons(tenant);
  const level = reasons.some((r) => r.level === "at_risk") ? "at_risk" : reasons.length ? "needs_attention" : "on_track";
  return { level, reasons: reasons.map((r) => r.text.slice(tenant.name.length + 2)) };
}

export function customerHealth(tenants: readonly TenantHealthFacts[]): CustomerHealth {
  // The winner first: customer-level work happens there.
  const counted = tenants.filter((t) => !t.isDuplicate).sort((a, b) => Number(b.isWinner) - Number(a.isWinner));
  const reasons = counted.flatMap(tenantHealthReasons).sort((a, b) => Number(a.level === "needs_attention") - Number(b.level === "needs_attention"));
  const services = counted.flatMap((t) => t.services);
  const ages = counted.map((t) => t.daysSinceOverallStatusNote).filter((age): age is number => age !== null);
  const figures: CustomerHealth["figures"] = {
    tenantsCounted: counted.length,
    services: services.length,
    servicesOperating: services.filter((s) => s.status === "operate").length,
    auPercent: auPercentOf(services),
    openFindings: {
      high: counted.reduce((n, t) => n + t.openFindings.high, 0),
      medium: counted.reduce((n, t) => n + t.openFindings.medium, 0),
      low: counted.reduce((n, t) => n + t.openFindings.low, 0),
    },
    oldestOverallStatusNoteDays: ages.length ? Math.max(...ages) : null,
    tenantsWithoutOverallStatusNote: counted.length - ages.length,
  };
  const level: CustomerHealthLevel =
    counted.length === 0 ? "no_tenants" : reasons.some((r) => r.level === "at_risk") ? "at_risk" : reasons.length ? "needs_attention" : "on_track";
  return { level, label: CUSTOMER_HEALTH_LABELS[level], summary: summaryOf(level, counted.length, reasons), reasons, figures };
}

function summaryOf(level: CustomerHealthLevel, tenantCount: number, reasons: CustomerHealthReason[]): string {
  const tenantsAt = (l: CustomerHealthReason["level"]) => new Set(reasons.filter((r) => r.level === l).map((r) => r.tenantId)).size;
  switch (level) {
    case "no_tenants":
      return "This customer has no tenants yet (confirmed duplicates are not counted), so there is nothing to judge health by.";
    case "on_track":
      return `All ${plural(tenantCount, "tenant")} are active, their Overall Status notes are current and no high- or medium-severity findings are open.`;
    case "at_risk":
      return `${tenantsAt("at_risk")} of ${plural(tenantCount, "tenant")} at risk: blocked, with high-severity findings, or without an Overall Status note for over ${AT_RISK_NOTE_AGE_DAYS} days.`;
    case "needs_attention":
      return `${tenantsAt("needs_attention")} of ${plural(tenantCount, "tenant")} ${tenantsAt("needs_attention") === 1 ? "needs" : "need"} attention: paused, with a late Overall Status note, open findings or falling usage.`;
  }
}
