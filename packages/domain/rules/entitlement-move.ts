import { l1Label, type L1Status } from "../catalogs/l1-statuses.ts";
import type { ServiceCode } from "../catalogs/services.ts";
import { movedSplit } from "../engine/actions/entitlement-actions.ts";
import { checkEntitlementSplit, type SplitProblem, type SplitRowInput } from "./entitlement-split.ts";

export type MovableSplitRow = SplitRowInput & { nextActionDate: string | null };

/** The destination row's fields a move may set: left out = kept as the row has it, null = cleared. */
export type MoveFields = Partial<Omit<MovableSplitRow, "l1" | "entitlements">>;

export type EntitlementMove = { from: L1Status; to: L1Status; entitlements: number; fields: MoveFields };

export type MoveOutcome = { ok: true; rows: MovableSplitRow[] } | { ok: false; problems: SplitProblem[] };

const blankRow = (l1: L1Status): MovableSplitRow => ({
  l1,
  entitlements: 0,
  l2: null,
  l3: null,
  targetDate: null,
  owner: null,
  notes: null,
  nextActionDate: null,
  engagementStartDate: null,
});

/**
 * Moves entitlements from one L1 row to another as one step, so the split keeps its sum (the Services tab's
 * "Move the Entitlements"). The counting is the engine's own (`movedSplit`); the resulting split must pass the
 * same field rules as a whole-split replace, and a problem of the destination row is reported at the move's own
 * field (`/l2`, `/notes`, ...). Changing the destination's L2 drops its old L3 unless a new one is given, because
 * an L3 belongs to its L2.
 */
export function moveEntitlements(
  service: ServiceCode,
  effectiveTotal: number,
  rows: readonly MovableSplitRow[],
  move: EntitlementMove,
): MoveOutcome {
  const refuse = (path: string, message: string): MoveOutcome => ({ ok: false, problems: [{ path, message }] });
  if (move.from === move.to) return refuse("/to", `Choose an L1 other than ${l1Label(move.from)} to move the entitlements to.`);
  for (const l1 of [move.from, move.to]) {
    const count = rows.filter((row) => row.l1 === l1).length;
    if (count > 1) return refuse(l1 === move.from ? "/from" : "/to", `The split has ${count} ${l1Label(l1)} rows; merge them into one by replacing the split before moving.`);
  }
  const source = rows.find((row) => row.l1 === move.from);
  const held = source?.entitlements ?? 0;
  if (move.entitlements > held) {
    return refuse(
      "/entitlements",
      held === 0
        ? `${l1Label(move.from)} holds no entitlements to move.`
        : `${l1Label(move.from)} holds ${held} entitlements; you cannot move ${move.entitlements}. Move at most ${held}.`,
    );
  }

  const target = rows.find((row) => row.l1 === move.to) ?? blankRow(move.to);
  const l2 = move.fields.l2 !== undefined ? move.fields.l2 : target.l2;
  const l3 = move.fields.l3 !== undefined ? move.fields.l3 : l2 === target.l2 ? target.l3 : null;
  const counted = movedSplit([...rows], { kind: "set_entitlement_status", service, to: move.to, l2, l3, moves: [{ from: move.from, count: move.entitlements }] });
  const moved: MovableSplitRow[] = counted.map((row) => {
    const before = rows.find((r) => r.l1 === row.l1) ?? blankRow(row.l1);
    if (row.l1 !== move.to) return { ...before, entitlements: row.entitlements };
    return { ...before, ...definedFields(move.fields), entitlements: row.entitlements, l2, l3 };
  });

  const destination = moved.findIndex((row) => row.l1 === move.to);
  const problems = checkEntitlementSplit(effectiveTotal, moved).map((problem) => {
    const prefix = `/rows/${destination}/`;
    if (problem.path.startsWith(prefix)) return { path: `/${problem.path.slice(prefix.length)}`, message: problem.message };
    const index = Number(/^\/rows\/(\d+)\//.exec(problem.path)?.[1]);
    const row = Number.isInteger(index) ? moved[index] : undefined;
    const where = row ? `the ${l1Label(row.l1)} row, which this move leaves as it is` : "the split as it is stored";
    return { path: "/", message: `${problem.message} (${where}; fix it by replacing the split.)` };
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows: moved };
}

function definedFields(fields: MoveFields): MoveFields {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
