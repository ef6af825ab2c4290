import type { ServiceCode } from "../catalogs/services.ts";
import { addBusinessDays, addCalendarDays, type BusinessCalendar, localDate, localInstant } from "../calendar/business-days.ts";
import { applyEffects } from "./apply.ts";
import { evaluate } from "./evaluate.ts";
import type { Effect, EngineEvent, EngineTimer, TenantState } from "./model.ts";
import type { PlaybookDefinition } from "./playbook.ts";

/**
 * A running wait together with the event it fires. TenantState's timers carry no event (the rules never read it),
 * so the caller passes the events beside the state: the server reads them from the pending timers
 * (`listPendingTimers`), a test writes them out.
 */
export type PendingEvent = { key: string; service: ServiceCode | null; dueDate: string; event: EngineEvent };

export type SimulationStep = {
  /** The tenant's local date on which the wait runs out and its event fires. */
  date: string;
  timer: EngineTimer;
  event: EngineEvent;
  /** What the playbooks would do, each with its explanation; empty when they would do nothing. */
  effects: Effect[];
  /** Why the event would be refused (the timer would be marked failed, as fireDueTimers does), else null. */
  failure: string | null;
};

export type SimulationResult = {
  /** The tenant's local date of `now`. */
  from: string;
  /** The last date simulated: `businessDays` business days after `from`. */
  to: string;
  businessDays: number;
  steps: SimulationStep[];
  /** The tenant as it would be on `to` if nobody acted. */
  finalState: TenantState;
};

/** Far more than any real tenant's waits over 90 business days; reaching it means rules that start waits in a loop. */
export const MAX_SIMULATION_STEPS = 1000;

/** The local hour at which a simulated day's timers fire (the real job runs through the day; the date is what counts). */
const FIRING_HOUR = 9;

export class SimulationRunaway extends Error {
  constructor(readonly steps: number, readonly date: string) {
    super(
      `the simulation stopped after ${steps} fired timers (on ${date}): the playbooks keep starting waits that run out ` +
        "within the window, which looks like rules starting timers in a loop",
    );
    this.name = "SimulationRunaway";
  }
}

/**
 * What happens to a tenant in the next `businessDays` business days if nobody acts: day by day in the tenant's
 * calendar (its country's weekends and public holidays, its time zone) from the local date of `now` up to and
 * including the business day `businessDays` later, every wait due on or before that day runs out (in due-date
 * order, as fireDueTimers claims them), its event is evaluated as the job would (at 09:00 local time; on the
 * first day at `now`), and the effects are applied to the state, so waits the effects start or cancel join or
 * leave the queue. Pure: nothing is stored, and the same inputs give the same timeline.
 *
 * `pendingEvents` gives the event of each timer in `state.timers` (matched by key and service); a timer without
 * one is an error. Zero business days simulate nothing.
 */
export function simulate(
  playbooks: readonly PlaybookDefinition[],
  state: TenantState,
  now: Date,
  businessDays: number,
  pendingEvents: readonly PendingEvent[] = [],
  limits: { maxSteps: number } = { maxSteps: MAX_SIMULATION_STEPS },
): SimulationResult {
  if (!Number.isInteger(businessDays) || businessDays < 0) {
    throw new RangeError(`simulate counts whole business days forward; ${businessDays} is not a whole number ≥ 0`);
  }
  const calendar: BusinessCalendar = { country: state.country, timeZone: state.timeZone };
  const from = localDate(now, state.timeZone);
  if (businessDays === 0) return { from, to: from, businessDays, steps: [], finalState: state };
  const to = addBusinessDays(from, businessDays, calendar);

  const events = new Map(pendingEvents.map((p) => [timerKey(p), p.event]));
  const steps: SimulationStep[] = [];
  let current = state;
  for (let date = from; date <= to; date = addCalendarDays(date, 1)) {
    const at = date === from ? now : localInstant(date, FIRING_HOUR, state.timeZone);
    for (let timer = nextDue(current, date); timer; timer = nextDue(current, date)) {
      if (steps.length >= limits.maxSteps) throw new SimulationRunaway(steps.length, date);
      const event = events.get(timerKey(timer));
      if (!event) throw new Error(`the timer "${timer.key}"${timer.service ? ` of ${timer.service}` : ""} has no event; pass it in pendingEvents`);
      // Firing settles the timer before the playbooks see the state, as claimDueTimer does in the same transaction.
      current = { ...current, timers: current.timers.filter((t) => t !== timer) };
      const step = fire(playbooks, current, timer, event, date, at);
      current = applyEffects(current, step.effects);
      for (const scheduled of scheduledEvents(step.effects)) events.set(timerKey(scheduled), scheduled.event);
      steps.push(step);
    }
  }
  return { from, to, businessDays, steps, finalState: current };
}

function fire(playbooks: readonly PlaybookDefinition[], state: TenantState, timer: EngineTimer, event: EngineEvent, date: string, at: Date): SimulationStep {
  try {
    return { date, timer, event, effects: evaluate(playbooks, state, event, at), failure: null };
  } catch (error) {
    // fireDueTimers marks such a timer failed with the reason and changes nothing else; so does the simulation.
    return { date, timer, event, effects: [], failure: error instanceof Error ? error.message : String(error) };
  }
}

/** The earliest wait due on or before `date`; among equal due dates the one started first (state order). */
function nextDue(state: TenantState, date: string): EngineTimer | undefined {
  let earliest: EngineTimer | undefined;
  for (const timer of state.timers) {
    if (timer.dueDate <= date && (!earliest || timer.dueDate < earliest.dueDate)) earliest = timer;
  }
  return earliest;
}

/** Effects that start a wait carry the event it will fire; the wait itself is in the state after applyEffects. */
function scheduledEvents(effects: readonly Effect[]): PendingEvent[] {
  return effects.flatMap((effect) =>
    "event" in effect ? [{ key: effect.key, service: effect.service, dueDate: effect.dueDate, event: effect.event }] : [],
  );
}

const timerKey = (timer: { key: string; service: string | null }) => `${timer.key}\u0000${timer.service ?? ""}`;
