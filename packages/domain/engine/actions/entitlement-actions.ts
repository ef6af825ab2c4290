import { z } from "zod";
import { isL1Status, l1FieldRules, l1Label, L1_STATUSES, type L1Status } from "../../catalogs/l1-statuses.ts";
import { isL2AllowedFor, l2ReasonsFor } from "../../catalogs/l2-reasons.ts";
import { isL3AllowedFor, l3ReasonsFor } from "../../catalogs/l3-reasons.ts";
import { type ActionKind, requireService } from "../action-kind.ts";
import type { EffectChange, EngineService } from "../model.ts";
import { placeholders, render, renderIfRecorded } from "../templates.ts";
import { EventRefused } from "./refuse-action.ts";

/**
 * Sets where a service's entitlements stand: moves them from the `from` rows (every other row but Duplicate/Invalid
 * when not named) to the `to` row, with its L2/L3 and a note. The split keeps its sum. `to`, `l2`, `l3` and `note`
 * may be templates ("{event.data.l2}"): what a person recorded is checked against the L1/L2/L3 taxonomy and refused
 * with the choices when it does not fit.
 */
export type SetEntitlementStatusAction = { kind: "set_entitlement_status"; to: string; from?: L1Status[]; l2?: string; l3?: string; note?: string };

const isTemplate = (text: string) => placeholders(text).length > 0;
const fixedOrTemplate = (text: string, valid: (text: string) => boolean, what: string) =>
  isTemplate(text) || valid(text) ? [] : [`"${text}" is not ${what}`];

export const setEntitlementStatus: ActionKind<SetEntitlementStatusAction> = {
  kind: "set_entitlement_status",
  schema: z
    .object({
      kind: z.literal("set_entitlement_status"),
      to: z.string().min(1),
      from: z.array(z.string()).min(1).optional(),
      l2: z.string().min(1).optional(),
      l3: z.string().min(1).optional(),
      note: z.string().min(1).optional(),
    })
    .strict() as z.ZodType<SetEntitlementStatusAction>,
  check: (action) => [
    ...fixedOrTemplate(action.to, isL1Status, "an L1 status"),
    ...(action.from ?? []).flatMap((l1) => (isL1Status(l1) ? [] : [`"${l1}" is not an L1 status`])),
  ],
  apply: (action, context) => {
    const service = requireService(context, "set_entitlement_status");
    const to = l1Of(render(action.to, context.facts));
    const target = service.split.find((row) => row.l1 === to);
    const l2 = action.l2 === undefined ? (target?.l2 ?? null) : renderIfRecorded(action.l2, context.facts);
    const l3 = action.l3 === undefined ? (target?.l3 ?? null) : renderIfRecorded(action.l3, context.facts);
    const note = action.note === undefined ? null : renderIfRecorded(action.note, context.facts);
    checkReasons(to, l2, l3, Boolean(target?.notes?.trim() || note?.trim()));

    const from = action.from ?? L1_STATUSES.map((s) => s.code).filter((l1) => l1 !== "duplicate_invalid");
    const moves = service.split.filter((row) => row.l1 !== to && from.includes(row.l1) && row.entitlements > 0).map((row) => ({ from: row.l1, count: row.entitlements }));
    const changes: EffectChange[] = [];
    if (moves.length > 0 || l2 !== (target?.l2 ?? null) || l3 !== (target?.l3 ?? null)) {
      changes.push({ kind: "set_entitlement_status", service: service.code, to, l2, l3, moves });
    }
    if (note && !target?.notes?.includes(note)) changes.push({ kind: "append_entitlement_note", service: service.code, l1: to, text: note });
    return changes;
  },
};

function l1Of(value: string): L1Status {
  if (isL1Status(value)) return value;
  throw new EventRefused(`"${value}" is not an L1 status; choose one of: ${L1_STATUSES.map((s) => s.code).join(", ")}.`);
}

/** The same field rules the Services tab enforces, so the engine never writes a split a person could not save. */
function checkReasons(to: L1Status, l2: string | null, l3: string | null, hasNote: boolean): void {
  const label = l1Label(to);
  const rules = l1FieldRules(to);
  if (l2 !== null && !rules.allowsL2) throw new EventRefused(`${label} takes no L2 reason; leave l2 out.`);
  if (l2 !== null && !isL2AllowedFor(to, l2)) {
    throw new EventRefused(`"${l2}" is not an L2 reason of ${label}; choose one of: ${l2ReasonsFor(to).map((r) => r.code).join(", ")}.`);
  }
  if (l3 !== null && l2 === null) throw new EventRefused("An L3 reason needs an L2 reason first.");
  if (l3 !== null && l2 !== null && isL2AllowedFor(to, l2) && !isL3AllowedFor(l2, l3)) {
    throw new EventRefused(`"${l3}" is not an L3 reason of ${l2}; choose one of: ${l3ReasonsFor(l2).map((r) => r.code).join(", ")}.`);
  }
  if (rules.requiresL2L3AndNote && (l2 === null || l3 === null || !hasNote)) {
    throw new EventRefused(`${label} entitlements need an L2 reason, an L3 reason and a note that says why: record l2, l3 and note with the event.`);
  }
}

/** The split after a set_entitlement_status change, for the pure state (the database does the same in SQL). */
export function movedSplit(split: EngineService["split"], change: Extract<EffectChange, { kind: "set_entitlement_status" }>): EngineService["split"] {
  const moved = change.moves.reduce((sum, move) => sum + move.count, 0);
  const rows = split.some((row) => row.l1 === change.to) ? split : [...split, { l1: change.to, entitlements: 0, l2: null, l3: null, notes: null }];
  return rows.map((row) => {
    const move = change.moves.find((m) => m.from === row.l1);
    if (move) return { ...row, entitlements: row.entitlements - move.count };
    if (row.l1 === change.to) return { ...row, entitlements: row.entitlements + moved, l2: change.l2, l3: change.l3 };
    return row;
  });
}

