import { l1FieldRules, L1_STATUSES, type L1Status } from "../catalogs/l1-statuses.ts";
import { isL2AllowedFor, l2ReasonsFor } from "../catalogs/l2-reasons.ts";
import { isL3AllowedFor, l3ReasonsFor } from "../catalogs/l3-reasons.ts";

export type SplitRowInput = {
  l1: L1Status;
  entitlements: number;
  l2: string | null;
  l3: string | null;
  targetDate: string | null;
  owner: string | null;
  notes: string | null;
  engagementStartDate: string | null;
};

export type SplitProblem = { path: string; message: string };

const l1Label = (l1: L1Status) => L1_STATUSES.find((s) => s.code === l1)?.label ?? l1;

/**
 * Checks a service's whole L1 split: the counts must add up to the service's effective total, and each row may
 * carry only the fields its L1 allows (Services tab rules; DESIGN decisions 1-3). Returns every problem at once,
 * each with the path of the offending field, so a person can fix them in one go.
 */
export function checkEntitlementSplit(effectiveTotal: number, rows: readonly SplitRowInput[]): SplitProblem[] {
  const problems: SplitProblem[] = [];
  rows.forEach((row, index) => problems.push(...checkRow(row, `/rows/${index}`)));
  const allocated = rows.reduce((sum, row) => sum + row.entitlements, 0);
  if (allocated !== effectiveTotal) {
    const difference = effectiveTotal - allocated;
    problems.push({
      path: "/rows",
      message:
        difference > 0
          ? `Allocated ${allocated} of ${effectiveTotal} entitlements: ${difference} unassigned. The L1 rows must add up to the service's total (including any override).`
          : `Allocated ${allocated} of ${effectiveTotal} entitlements: ${-difference} too many. The L1 rows must add up to the service's total (including any override).`,
    });
  }
  return problems;
}

function checkRow(row: SplitRowInput, path: string): SplitProblem[] {
  const rules = l1FieldRules(row.l1);
  const label = l1Label(row.l1);
  const problems: SplitProblem[] = [];
  if (row.l2 !== null) {
    if (!rules.allowsL2) problems.push({ path: `${path}/l2`, message: `${label} takes no L2 reason; remove it.` });
    else if (!isL2AllowedFor(row.l1, row.l2)) {
      const choices = l2ReasonsFor(row.l1).map((r) => r.code).join(", ");
      problems.push({ path: `${path}/l2`, message: `"${row.l2}" is not an L2 reason of ${label}; choose one of: ${choices}.` });
    }
  }
  if (row.l3 !== null) {
    if (row.l2 === null) problems.push({ path: `${path}/l3`, message: "An L3 reason needs an L2 reason first." });
    else if (isL2AllowedFor(row.l1, row.l2) && !isL3AllowedFor(row.l2, row.l3)) {
      const choices = l3ReasonsFor(row.l2).map((r) => r.code).join(", ");
      problems.push({ path: `${path}/l3`, message: `"${row.l3}" is not an L3 reason of ${row.l2}; choose one of: ${choices}.` });
    }
  }
  if (row.targetDate !== null && !rules.allowsTargetDate) {
    problems.push({ path: `${path}/targetDate`, message: `${label} keeps no target date (only In Progress and Blocked do).` });
  }
  if (row.owner !== null && !rules.allowsOwner) {
    problems.push({ path: `${path}/owner`, message: `${label} has no owner; remove it.` });
  }
  if (row.engagementStartDate !== null && !rules.allowsEngagementStartDate) {
    problems.push({ path: `${path}/engagementStartDate`, message: `Only In Progress keeps an engagement start date.` });
  }
  if (rules.requiresL2L3AndNote && row.entitlements > 0) {
    if (row.l2 === null) problems.push({ path: `${path}/l2`, message: `${label} entitlements need an L2 reason.` });
    if (row.l3 === null) problems.push({ path: `${path}/l3`, message: `${label} entitlements need an L3 reason.` });
    if (!row.notes?.trim()) problems.push({ path: `${path}/notes`, message: `${label} entitlements need a note that says why.` });
  }
  return problems;
}
