import type { TService } from "@waymark/contracts";
import type { TCatalogEntry } from "../../lib/api.ts";
import { formatCount } from "../../lib/format.ts";

export type SplitPart = { l1: string; label: string; count: number };

// Work-first order: what is moving, what is stuck, then what is undecided.
const DISPLAY_ORDER = ["in_progress", "blocked", "no_intent", "status_unknown", "duplicate_invalid"];

function rank(code: string): number {
  const index = DISPLAY_ORDER.indexOf(code);
  return index === -1 ? DISPLAY_ORDER.length : index;
}

/** Sums a service's split rows per L1 (several rows can share an L1 with different L2s), biggest story first. */
export function summarizeSplit(split: TService["split"], l1Statuses: TCatalogEntry[]): SplitPart[] {
  const totals = new Map<string, number>();
  for (const row of split) totals.set(row.l1, (totals.get(row.l1) ?? 0) + row.entitlements);
  return [...totals]
    .filter(([, count]) => count > 0)
    .map(([l1, count]) => ({ l1, count, label: l1Statuses.find((entry) => entry.code === l1)?.label ?? l1 }))
    .sort((a, b) => rank(a.l1) - rank(b.l1) || a.l1.localeCompare(b.l1));
}

export function splitText(parts: SplitPart[]): string {
  return parts.map((part) => `${formatCount(part.count)} ${part.label}`).join(" · ");
}

export function splitDescription(parts: SplitPart[], effective: number): string {
  const allocated = parts.reduce((sum, part) => sum + part.count, 0);
  const base = Math.max(allocated, effective, 1);
  const shares = parts.map((part) => `${formatCount(part.count)} ${part.label} (${Math.round((part.count / base) * 100)}%)`);
  const gap = effective - allocated;
  if (gap > 0) shares.push(`${formatCount(gap)} not allocated`);
  return `L1 split: ${shares.join(", ")}`;
}
