import { z } from "zod";
import { ZServiceCode } from "./services.ts";

export const ZPlaybookEvent = z.object({
  type: z.string().min(1).max(100).describe("e.g. playbook.started, bvd.delivered, bvd.declined, bvd.attempt_unanswered"),
  service: ZServiceCode.optional(),
  data: z.record(z.string(), z.unknown()).optional().describe("what the person recorded, e.g. {reason} or {intent, targetDate}"),
});
export type TPlaybookEvent = z.infer<typeof ZPlaybookEvent>;

export const ZExplanation = z.object({
  playbookId: z.string(),
  playbookVersion: z.number().int(),
  ruleId: z.string(),
  why: z.string(),
  inputs: z.record(z.string(), z.unknown()),
});

export const ZEffect = z.looseObject({ kind: z.string(), explanation: ZExplanation });
export const ZPlaybookEventResult = z.object({ effects: z.array(ZEffect) });
export type TPlaybookEventResult = z.infer<typeof ZPlaybookEventResult>;

export const ZTaskWithWhy = z.object({
  id: z.uuid(),
  catalogTaskId: z.number().int(),
  name: z.string(),
  mandatory: z.boolean(),
  service: z.string().nullable(),
  status: z.string(),
  percentComplete: z.number().int(),
  responsibleRole: z.string(),
  dueDate: z.string().nullable(),
  version: z.number().int(),
  why: z.array(
    z.object({ ruleId: z.string(), playbookId: z.string(), playbookVersion: z.number().int(), why: z.string(), change: z.unknown(), occurredAt: z.iso.datetime() }),
  ),
});
export const ZTaskList = z.object({ items: z.array(ZTaskWithWhy) });
export type TTaskList = z.infer<typeof ZTaskList>;
