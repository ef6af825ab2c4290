import type { TDataQualityFinding, TDataQualityReport } from "@waymark/contracts";
import { oneOf, stringParam } from "../../lib/search-params.ts";

export const SCREEN_SCOPES = ["mine", "team", "portfolio"] as const;
export type ScreenScope = (typeof SCREEN_SCOPES)[number];

/** The screen's state in the URL: "mine" is the default and stays out of it. */
export type DataQualitySearch = { scope?: "team" | "portfolio" | undefined; check?: string | undefined; service?: string | undefined; region?: string | undefined };

export function validateDataQualitySearch(raw: Record<string, unknown>): DataQualitySearch {
  return {
    scope: oneOf(["team", "portfolio"] as const, raw.scope),
    check: stringParam(raw.check, 60),
    service: stringParam(raw.service, 40),
    region: stringParam(raw.region, 40),
  };
}

/** The portfolio is offered only to a reader who may read every tenant; a URL asking for it otherwise falls back to mine. */
export function scopeOf(search: DataQualitySearch, mayReadAll: boolean): ScreenScope {
  if (search.scope === "portfolio") return mayReadAll ? "portfolio" : "mine";
  return search.scope ?? "mine";
}

export function scopeOptions(mayReadAll: boolean): { value: ScreenScope; label: string }[] {
  const options: { value: ScreenScope; label: string }[] = [
    { value: "mine", label: "Mine" },
    { value: "team", label: "My team" },
  ];
  return mayReadAll ? [...options, { value: "portfolio", label: "Portfolio" }] : options;
}

export const SCOPE_HINTS: Record<ScreenScope, string> = {
  mine: "Tenants where you are a FastTrack Manager (FM).",
  team: "Tenants where you are the Regional Manager (RM or P-RM): the tenants your team of FMs works.",
  portfolio: "Every tenant you may read.",
};

/** GET /api/data-quality's query for one page. */
export function reportQuery(search: DataQualitySearch, scope: ScreenScope, cursor: string | undefined) {
  return { scope, check: search.check, service: search.service, region: search.region, limit: 25, cursor };
}

const SEVERITIES = ["high", "medium", "low"] as const;

/** "2 high, 1 medium": a tenant's findings counted by severity, in words (colour is never the only signal). */
export function severitySummary(findings: readonly Pick<TDataQualityFinding, "severity">[]): string {
  const parts = SEVERITIES.map((severity) => [severity, findings.filter((f) => f.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`);
  return parts.length > 0 ? parts.join(", ") : "no findings";
}

/** The checks with findings first, most findings first; the rest keep the report's order. */
export function checksByFindings(checks: TDataQualityReport["checks"]): TDataQualityReport["checks"] {
  return [...checks].sort((a, b) => b.findings - a.findings);
}

/** Share of the largest count, for the optional bar next to each number. */
export const barPercent = (value: number, max: number) => (max > 0 ? Math.round((value / max) * 100) : 0);
