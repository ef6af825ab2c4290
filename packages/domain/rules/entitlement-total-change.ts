import { NEW_ENTITLEMENTS_L2 } from "../catalogs/l2-reasons.ts";
import type { SplitRowInput } from "./entitlement-split.ts";

export const NEW_ENTITLEMENTS_L1 = "status_unknown" as const;

type Row = SplitRowInput & { nextActionDate: string | null };

export type TotalChangeOutcome =
  | { ok: true; rows: Row[]; reason: string | null }
  | { ok: false; message: string };

const blankRow = (entitlements: number): Row => ({
  l1: NEW_ENTITLEMENTS_L1,
  entitlements,
  l2: NEW_ENTITLEMENTS_L2,
  l3: null,
  targetDate: null,
  owner: null,
  notes: null,
  nextActionDate: null,
  engagementStartDate: null,
});

/**
 * Keeps a service's split summing to its total when the total changes. Added entitlements go to
 * Status Unknown / New Subscription or Workload, as FTOP does with newly purchased ones; removed entitlements come
 * out of Status Unknown rows only, since moving classified entitlements is a person's decision.
 */
export function adjustSplitToTotal(rows: readonly Row[], oldTotal: number, newTotal: number): TotalChangeOutcome {
  const delta = newTotal - oldTotal;
  if (delta === 0) return { ok: true, rows: [...rows], reason: null };
  if (delta > 0) {
    const index = rows.findIndex((row) => row.l1 === NEW_ENTITLEMENTS_L1 && row.l2 === NEW_ENTITLEMENTS_L2);
    const next = [...rows];
    if (index >= 0) {
      const row = next[index] as Row;
      next[index] = { ...row, entitlements: row.entitlements + delta };
    } else next.push(blankRow(delta));
    return {
      ok: true,
      rows: next,
      reason: `${delta} new entitlement${delta === 1 ? "" : "s"} placed in Status Unknown / New Subscription or Workload until someone classifies them`,
    };
  }
  let toRemove = -delta;
  const unknown = rows.reduce((sum, row) => sum + (row.l1 === NEW_ENTITLEMENTS_L1 ? row.entitlements : 0), 0);
  if (unknown < toRemove) {
    return {
      ok: false,
      message: `The total drops by ${toRemove} but only ${unknown} entitlements are in Status Unknown; lower the other L1 rows first (PUT …/split), then the total.`,
    };
  }
  const next = rows.map((row) => {
    if (row.l1 !== NEW_ENTITLEMENTS_L1 || toRemove === 0) return row;
    const taken = Math.min(row.entitlements, toRemove);
    toRemove -= taken;
    return { ...row, entitlements: row.entitlements - taken };
  });
  return {
    ok: true,
    rows: next,
    reason: `${-delta} entitlement${delta === -1 ? "" : "s"} removed from Status Unknown because the total dropped`,
  };
}
