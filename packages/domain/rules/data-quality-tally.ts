// A data-quality report over many tenants, built one tenant at a time so any number of tenants passes through in
// batches: counts per check, how many tenants have findings, and one page of the worst tenants. Pure.
import type { ServiceCode } from "../catalogs/services.ts";
import {
  DATA_QUALITY_CHECKS,
  type DataQualityCheck,
  type DataQualityCheckEntry,
  type DataQualityFinding,
  severityCounts,
} from "./data-quality.ts";

/**
 * Where a tenant stands in the report: most high findings first, then medium, then low, then the higher priority
 * (rank 1 = High), then the tenant id, so the order is total and a page can resume after any tenant.
 */
export type DataQualityPosition = { high: number; medium: number; low: number; priorityRank: number; tenantId: string };

export function compareDataQualityPositions(a: DataQualityPosition, b: DataQualityPosition): number {
  return b.high - a.high || b.medium - a.medium || b.low - a.low || a.priorityRank - b.priorityRank || (a.tenantId < b.tenantId ? -1 : a.tenantId > b.tenantId ? 1 : 0);
}

const CURSOR = /^(\d{1,9})\.(\d{1,9})\.(\d{1,9})\.([1-3])\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** The cursor of the next page: the position of the last tenant shown. */
export function encodeDataQualityCursor(p: DataQualityPosition): string {
  return `${p.high}.${p.medium}.${p.low}.${p.priorityRank}.${p.tenantId}`;
}

export function decodeDataQualityCursor(text: string): DataQualityPosition | null {
  const match = CURSOR.exec(text.toLowerCase());
  if (!match) return null;
  const [, high, medium, low, rank, tenantId] = match;
  return { high: Number(high), medium: Number(medium), low: Number(low), priorityRank: Number(rank), tenantId: tenantId as string };
}

export type DataQualityTallyOptions = {
  /** Only this check's findings are listed (the counts per check still cover every check). */
  check?: DataQualityCheck | undefined;
  /** Only this service's findings count, everywhere. */
  service?: ServiceCode | undefined;
  limit: number;
  /** List the tenants after this one. */
  after?: DataQualityPosition | undefined;
};

export type DataQualityCheckCount = DataQualityCheckEntry & { findings: number; tenants: number };
export type DataQualityTallyItem<T> = { tenant: T; findings: DataQualityFinding[]; position: DataQualityPosition };
export type DataQualityTally<T> = {
  tenantsChecked: number;
  /** Tenants with a finding that passes every filter, the check included. */
  tenantsWithFindings: number;
  checks: DataQualityCheckCount[];
  items: DataQualityTallyItem<T>[];
  nextCursor: string | null;
};

export function createDataQualityTally<T extends { id: string; priorityRank: number }>(options: DataQualityTallyOptions) {
  const counts = new Map<DataQualityCheck, { findings: number; tenants: number }>(DATA_QUALITY_CHECKS.map((c) => [c.code, { findings: 0, tenants: 0 }]));
  let tenantsChecked = 0;
  let tenantsWithFindings = 0;
  let afterCursor = 0;
  // The best `limit` tenants after the cursor, worst first; at most `limit` entries are ever held.
  const page: DataQualityTallyItem<T>[] = [];

  function add(tenant: T, allFindings: readonly DataQualityFinding[]) {
    tenantsChecked++;
    const findings = options.service ? allFindings.filter((f) => f.service === options.service) : [...allFindings];
    const seen = new Set<DataQualityCheck>();
    for (const finding of findings) {
      const count = counts.get(finding.check);
      if (!count) continue;
      count.findings++;
      if (!seen.has(finding.check)) count.tenants++;
      seen.add(finding.check);
    }
    const shown = options.check ? findings.filter((f) => f.check === options.check) : findings;
    if (shown.length === 0) return;
    tenantsWithFindings++;
    const position = { ...severityCounts(shown), priorityRank: tenant.priorityRank, tenantId: tenant.id };
    if (options.after && compareDataQualityPositions(position, options.after) <= 0) return;
    afterCursor++;
    const last = page[page.length - 1];
    if (page.length >= options.limit && last && compareDataQualityPositions(position, last.position) >= 0) return;
    page.splice(insertionIndex(page, position), 0, { tenant, findings: shown, position });
    if (page.length > options.limit) page.pop();
  }

  function result(): DataQualityTally<T> {
    const last = page[page.length - 1];
    return {
      tenantsChecked,
      tenantsWithFindings,
      checks: DATA_QUALITY_CHECKS.map((check) => ({ ...check, ...(counts.get(check.code) ?? { findings: 0, tenants: 0 }) })),
      items: page,
      nextCursor: afterCursor > page.length && last ? encodeDataQualityCursor(last.position) : null,
    };
  }

  return { add, result };
}

function insertionIndex<T>(page: readonly DataQualityTallyItem<T>[], position: DataQualityPosition): number {
  let low = 0;
  let high = page.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compareDataQualityPositions((page[middle] as DataQualityTallyItem<T>).position, position) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
