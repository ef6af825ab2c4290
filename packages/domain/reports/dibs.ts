// The DIBS reports' pure parts: which requirement row a (scenario, service, segment, priority) falls in, the items
// counted, completion percentages, the time-to-DIBS buckets and medians.
// Sources: seeds/002_bf93d9a6382d93a5.txt "Measures" and "Data Review Examples", rules/dibs-requirements.ts.
import { ENGAGEMENT_SCENARIOS, PRIORITIES, SEGMENTS } from "../catalogs/engagement.ts";
import { SERVICES } from "../catalogs/services.ts";
import { DIBS_ITEMS, DIBS_REQUIREMENT_ROWS, type DibsRequirementRow, dibsRequirementsFor, SSAT_ITEMS } from "../rules/dibs-requirements.ts";

/** The DIBS items then the SSAT items, each with its kind: the columns of the completion report. */
export const DIBS_REPORT_ITEMS = [
  ...DIBS_ITEMS.map((item) => ({ ...item, kind: "dibs" as const })),
  ...SSAT_ITEMS.map((item) => ({ ...item, kind: "ssat" as const })),
];
export type DibsReportItem = (typeof DIBS_REPORT_ITEMS)[number]["code"];
export const DIBS_REPORT_ITEM_CODES = DIBS_REPORT_ITEMS.map((item) => item.code) as [DibsReportItem, ...DibsReportItem[]];
export const DIBS_ROW_CODES = DIBS_REQUIREMENT_ROWS.map((row) => row.code) as [DibsRequirementRow, ...DibsRequirementRow[]];

export type DibsRequirementKey = { scenario: string; service: string; segment: string; priority: string; row: DibsRequirementRow };

/**
 * Every combination of engagement scenario (with an FTC requirement), service, segment and effective priority, with
 * the requirement row that answers it; a service under a scenario without requirement is in no row.
 */
export function dibsRequirementKeys(): DibsRequirementKey[] {
  const keys: DibsRequirementKey[] = [];
  for (const scenario of ENGAGEMENT_SCENARIOS) {
    if (!scenario.dibsTrack) continue;
    for (const service of SERVICES)
      for (const segment of SEGMENTS)
        for (const priority of PRIORITIES) {
          const { rowCode } = dibsRequirementsFor({ ledBy: scenario.dibsTrack, family: service.family, segment: segment.code, effectivePriority: priority.code });
          keys.push({ scenario: scenario.code, service: service.code, segment: segment.code, priority: priority.code, row: rowCode });
        }
  }
  return keys;
}

/** Whether a row requires an item (DIBS or SSAT). */
export function rowRequires(row: DibsRequirementRow, item: DibsReportItem): boolean {
  const entry = DIBS_REQUIREMENT_ROWS.find((candidate) => candidate.code === row);
  return ((entry?.dibs ?? []) as readonly string[]).includes(item) || ((entry?.ssat ?? []) as readonly string[]).includes(item);
}

/** Recorded out of required, in percent with one decimal; null when nothing is required. */
export function completionPercent(recorded: number, required: number): number | null {
  return required > 0 ? Math.round((recorded * 1000) / required) / 10 : null;
}

export const DIBS_TIME_BUCKETS = [
  { code: "under_30", label: "< 30 days" },
  { code: "30_to_90", label: "30–90 days" },
  { code: "over_90", label: "> 90 days" },
  { code: "not_yet", label: "Not yet" },
] as const;
export type DibsTimeBucket = (typeof DIBS_TIME_BUCKETS)[number]["code"];

/** Fewer days than `fast` is "< 30"; more than `slow` is "> 90"; 30 and 90 themselves are in "30–90". */
export const DIBS_TIME_LIMITS = { fast: 30, slow: 90 } as const;

/** The bucket of the days from engagement start to full DIBS; not complete yet is "not_yet" whatever the days. */
export function dibsTimeBucket(days: number, complete: boolean): DibsTimeBucket {
  if (!complete) return "not_yet";
  if (days < DIBS_TIME_LIMITS.fast) return "under_30";
  return days <= DIBS_TIME_LIMITS.slow ? "30_to_90" : "over_90";
}

/** The median (mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
