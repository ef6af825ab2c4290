import type { TProblem, TReplaceSplit, TService } from "@waymark/contracts";
import type { TCatalogEntry } from "../../lib/api.ts";
import { formatCount } from "../../lib/format.ts";

/** One L1 row of the split editor as typed: the count stays text so a half-typed number is never lost. */
export type DraftRow = {
  key: string;
  l1: string;
  count: string;
  l2: string;
  l3: string;
  targetDate: string;
  owner: string;
  notes: string;
  /** Kept as read, not edited here. */
  nextActionDate: string | null;
  engagementStartDate: string | null;
};

export type L1Rules = { allowsTargetDate: boolean; allowsL2: boolean; allowsOwner: boolean; allowsEngagementStartDate: boolean; requiresL2L3AndNote: boolean };

const PERMISSIVE: L1Rules = { allowsTargetDate: true, allowsL2: true, allowsOwner: true, allowsEngagementStartDate: true, requiresL2L3AndNote: false };

/** The fields an L1 row may carry, as the catalog says (everything while the catalog is loading; the server checks again). */
export function rulesOf(l1: string, l1Statuses: TCatalogEntry[]): L1Rules {
  const rules = l1Statuses.find((entry) => entry.code === l1)?.rules as Partial<L1Rules> | undefined;
  return rules ? { ...PERMISSIVE, ...rules } : PERMISSIVE;
}

export function l2OptionsFor(l1: string, l2Reasons: TCatalogEntry[]): TCatalogEntry[] {
  return l2Reasons.filter((entry) => entry.l1 === l1);
}

export function l3OptionsFor(l2: string, l3Reasons: TCatalogEntry[]): TCatalogEntry[] {
  return l2 ? l3Reasons.filter((entry) => entry.l2 === l2) : [];
}

let nextKey = 0;
const NEW_ROW_KEY = "row-";
const newKey = () => `${NEW_ROW_KEY}${++nextKey}`;

export function draftOf(split: TService["split"]): DraftRow[] {
  return split.map((row) => ({
    key: row.id,
    l1: row.l1,
    count: String(row.entitlements),
    l2: row.l2 ?? "",
    l3: row.l3 ?? "",
    targetDate: row.targetDate ?? "",
    owner: row.owner ?? "",
    notes: row.notes ?? "",
    nextActionDate: row.nextActionDate,
    engagementStartDate: row.engagementStartDate,
  }));
}

/** A new row for the first L1 the split does not use yet (or Status Unknown when all are used). */
export function newDraftRow(rows: DraftRow[], l1Statuses: TCatalogEntry[]): DraftRow {
  const unused = l1Statuses.find((entry) => !rows.some((row) => row.l1 === entry.code));
  return { key: newKey(), l1: unused?.code ?? "status_unknown", count: "0", l2: "", l3: "", targetDate: "", owner: "", notes: "", nextActionDate: null, engagementStartDate: null };
}

/** A whole, non-negative count, or null for anything else (empty, "12.5", "-3", "abc"). */
export function countOf(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

export type Allocation = { allocated: number; total: number; gap: number; badRows: number[] };

/** What the typed rows add up to against the service's total; rows whose count is not a whole number are listed (1-based). */
export function allocationOf(rows: DraftRow[], total: number): Allocation {
  let allocated = 0;
  const badRows: number[] = [];
  rows.forEach((row, index) => {
    const count = countOf(row.count);
    if (count === null) badRows.push(index + 1);
    else allocated += count;
  });
  return { allocated, total, gap: total - allocated, badRows };
}

/** "Allocated 300 / 305 entitlements, 5 unassigned", "… 5 over-allocated" or "… all assigned". */
export function meterText({ allocated, total, gap, badRows }: Allocation): string {
  const base = `Allocated ${formatCount(allocated)} / ${formatCount(total)} entitlements`;
  const state = gap === 0 ? "all assigned" : gap > 0 ? `${formatCount(gap)} unassigned` : `${formatCount(-gap)} over-allocated`;
  const bad = badRows.length === 0 ? "" : `; ${badRows.length === 1 ? "row" : "rows"} ${badRows.join(", ")} need${badRows.length === 1 ? "s" : ""} a whole number`;
  return `${base}, ${state}${bad}`;
}

/** Changing the L1 drops what the new L1 cannot carry, so the row never offers a field the server would refuse. */
export function withL1(row: DraftRow, l1: string, l1Statuses: TCatalogEntry[], l2Reasons: TCatalogEntry[]): DraftRow {
  const rules = rulesOf(l1, l1Statuses);
  const keepL2 = rules.allowsL2 && l2OptionsFor(l1, l2Reasons).some((entry) => entry.code === row.l2);
  return {
    ...row,
    l1,
    l2: keepL2 ? row.l2 : "",
    l3: keepL2 ? row.l3 : "",
    targetDate: rules.allowsTargetDate ? row.targetDate : "",
    owner: rules.allowsOwner ? row.owner : "",
    engagementStartDate: rules.allowsEngagementStartDate ? row.engagementStartDate : null,
  };
}

/** A new L2 keeps the L3 only when the L3 belongs to it. */
export function withL2(row: DraftRow, l2: string, l3Reasons: TCatalogEntry[]): DraftRow {
  const keepL3 = l3OptionsFor(l2, l3Reasons).some((entry) => entry.code === row.l3);
  return { ...row, l2, l3: keepL3 ? row.l3 : "" };
}

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

/** The PUT body; null when a count is not a whole number (the meter already says which row). */
export function splitBody(rows: DraftRow[], version: number, overrideReason?: string): TReplaceSplit | null {
  const out: TReplaceSplit["rows"] = [];
  for (const row of rows) {
    const count = countOf(row.count);
    if (count === null) return null;
    out.push({
      l1: row.l1 as TReplaceSplit["rows"][number]["l1"],
      entitlements: count,
      l2: orNull(row.l2),
      l3: orNull(row.l3),
      targetDate: orNull(row.targetDate),
      owner: orNull(row.owner),
      notes: row.notes.trim() === "" ? null : row.notes,
      nextActionDate: row.nextActionDate,
      engagementStartDate: row.engagementStartDate,
    });
  }
  return { version, rows: out, ...(overrideReason?.trim() ? { qualityOverride: { reason: overrideReason.trim() } } : {}) };
}

export type SplitProblems = {
  general: string[];
  rows: Record<number, Record<string, string>>;
  /** Only notes rated poor were refused: "Save anyway" with a reason may resend the split. */
  noteRefusal: boolean;
};

const NOTE_PATH = /^\/body\/rows\/\d+\/notes$/;

/** The server's 422 errors placed on their rows and fields ("/body/rows/1/l3" → row 1, l3); the rest stay general. */
export function splitProblemsOf(problem: TProblem): SplitProblems {
  const errors = problem.errors ?? [];
  const noteRefusal = problem.status === 422 && errors.length > 0 && errors.every((error) => NOTE_PATH.test(error.path)) && problem.detail.includes(" Rewrite it (");
  const result: SplitProblems = { general: [], rows: {}, noteRefusal };
  // The refusal's advice to API clients ("… save it anyway with qualityOverride …") is what the "Save anyway" button does.
  if (noteRefusal) result.general.push(problem.detail.slice(0, problem.detail.indexOf(" Rewrite it (")) + " Rewrite the note, or save it anyway with a reason.");
  for (const error of problem.errors ?? []) {
    const match = /^\/body\/rows\/(\d+)\/(\w+)$/.exec(error.path);
    if (match) {
      const index = Number(match[1]);
      result.rows[index] = { ...result.rows[index], [match[2] as string]: error.message };
    } else if (!result.general.includes(error.message)) result.general.push(error.message);
  }
  if (result.general.length === 0 && Object.keys(result.rows).length === 0) result.general.push(problem.detail || problem.title);
  return result;
}

/** The tab's draft key of one service's split editor (per tenant and service; the user is added by the draft store). */
export const splitDraftKey = (tenantId: string, serviceId: string) => `split:${tenantId}:${serviceId}`;

/** What the split editor keeps in the tab while typing: the split it started from, the typed rows, and a "save anyway" reason. */
export type SplitSessionDraft = { base: DraftRow[]; rows: DraftRow[]; overrideReason: string };

export function splitSessionStart(split: TService["split"]): SplitSessionDraft {
  const rows = draftOf(split);
  return { base: rows, rows, overrideReason: "" };
}

/** Same rows with the same values, whatever keys the rows were given. */
export function sameRows(a: DraftRow[], b: DraftRow[]): boolean {
  const values = (rows: DraftRow[]) => JSON.stringify(rows.map((row) => ({ ...row, key: "" })));
  return values(a) === values(b);
}

/** Nothing typed: the rows are the split the editing started from and no reason waits. */
export function splitUntouched(draft: SplitSessionDraft): boolean {
  return sameRows(draft.rows, draft.base) && draft.overrideReason === "";
}

/** A draft read back after a reload: added rows get fresh keys, since the counter handing them out starts again. */
export function reviveSplitDraft(draft: SplitSessionDraft): SplitSessionDraft {
  return { ...draft, rows: draft.rows.map((row) => (row.key.startsWith(NEW_ROW_KEY) ? { ...row, key: newKey() } : row)) };
}
