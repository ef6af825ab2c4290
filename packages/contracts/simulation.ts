import { z } from "zod";
import { ZIsoDate, ZUuid } from "./common.ts";
import { ZEffect, ZPlaybookEvent } from "./playbooks.ts";

/** How far ahead a simulation may look, in business days of the tenant's calendar. */
export const SIMULATION_DAYS = { min: 1, max: 90, default: 15 } as const;

/**
 * The window a simulation may cover. The query schema only asks for a whole number (400 otherwise); the command
 * checks the range with this schema, so a window out of range is a broken rule (422) that names the limits.
 */
export const ZSimulationDays = z.number().int().min(SIMULATION_DAYS.min).max(SIMULATION_DAYS.max);

export const ZSimulationQuery = z.object({
  days: z.coerce
    .number()
    .int()
    .default(SIMULATION_DAYS.default)
    .describe(`business days to look ahead, ${SIMULATION_DAYS.min}–${SIMULATION_DAYS.max}`),
});
export type TSimulationQuery = z.infer<typeof ZSimulationQuery>;

export const ZSimulationStep = z.object({
  date: ZIsoDate.describe("the tenant's local date on which the wait runs out"),
  timer: z.object({ key: z.string(), service: z.string().nullable(), dueDate: ZIsoDate }),
  event: ZPlaybookEvent,
  effects: z.array(ZEffect).describe("what the playbooks would do, each with its explanation"),
  failure: z.string().nullable().describe("why the playbooks could not act on the event (the timer would be marked failed)"),
});

const ZSimulatedState = z.looseObject({
  tasks: z.array(z.object({ taskId: z.number().int(), service: z.string().nullable(), status: z.string() })),
  timers: z.array(z.object({ key: z.string(), service: z.string().nullable(), dueDate: ZIsoDate })),
  services: z.array(z.looseObject({ code: z.string(), status: z.string() })),
  findings: z.array(z.looseObject({ code: z.string(), service: z.string().nullable() })),
});

export const ZSimulation = z.object({
  tenantId: ZUuid,
  tenantName: z.string(),
  country: z.string(),
  timeZone: z.string(),
  businessDays: z.number().int(),
  from: ZIsoDate.describe("the tenant's local date now"),
  to: ZIsoDate.describe("the last day simulated"),
  steps: z.array(ZSimulationStep),
  finalState: ZSimulatedState.describe("the engine's view of the tenant on the last day, if nobody acts"),
});
export type TSimulation = z.infer<typeof ZSimulation>;
