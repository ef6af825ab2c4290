import { z } from "zod";
import { dueInstant } from "../../calendar/business-days.ts";
import type { ActionKind } from "../action-kind.ts";
import type { Facts } from "../conditions.ts";
import { readFact } from "../conditions.ts";
import { render } from "../templates.ts";

export type StartTimerAction = {
  kind: "start_timer";
  /** Names the wait, so a later rule can cancel it (e.g. when the customer answers). */
  key: string;
  businessDays: number;
  /** The event fired when the wait runs out; string values may use {placeholders} of the event that started it. */
  fire: { type: string; data?: Record<string, unknown> };
};
export type CancelTimerAction = { kind: "cancel_timer"; key: string };

const SOLE_PLACEHOLDER = /^\{([a-zA-Z][\w.]*)\}$/;

/** A value that is one placeholder keeps the fact's own type (a number stays a number); other strings are rendered. */
function fill(value: unknown, facts: Facts): unknown {
  if (typeof value !== "string") return value;
  const sole = SOLE_PLACEHOLDER.exec(value);
  return sole?.[1] ? readFact(facts, sole[1]) : render(value, facts);
}

export const startTimer: ActionKind<StartTimerAction> = {
  kind: "start_timer",
  schema: z
    .object({
      kind: z.literal("start_timer"),
      key: z.string().regex(/^[a-z][a-z0-9-]*$/),
      businessDays: z.number().int().min(1).max(365),
      fire: z.object({ type: z.string().min(1), data: z.record(z.string(), z.unknown()).optional() }),
    })
    .strict() as z.ZodType<StartTimerAction>,
  check: () => [],
  apply: (action, { state, service, facts, now }) => {
    const serviceCode = service?.code ?? null;
    const { dueDate } = dueInstant(now, action.businessDays, { country: state.country, timeZone: state.timeZone });
    const running = state.timers.find((t) => t.key === action.key && t.service === serviceCode);
    if (running?.dueDate === dueDate) return [];
    const data = action.fire.data ? Object.fromEntries(Object.entries(action.fire.data).map(([k, v]) => [k, fill(v, facts)])) : undefined;
    return [
      {
        kind: "start_timer",
        key: action.key,
        service: serviceCode,
        dueDate,
        event: { type: action.fire.type, ...(serviceCode ? { service: serviceCode } : {}), ...(data ? { data } : {}) },
      },
    ];
  },
};

export const cancelTimer: ActionKind<CancelTimerAction> = {
  kind: "cancel_timer",
  schema: z.object({ kind: z.literal("cancel_timer"), key: z.string() }).strict(),
  check: () => [],
  apply: (action, { state, service }) => {
    const serviceCode = service?.code ?? null;
    return state.timers.some((t) => t.key === action.key && t.service === serviceCode)
      ? [{ kind: "cancel_timer", key: action.key, service: serviceCode }]
      : [];
  },
};
