import { z } from "zod";
import { ZIsoDate, ZUuid } from "./common.ts";

export const MY_WORK_HORIZONS = ["today", "week"] as const;
export type MyWorkHorizon = (typeof MY_WORK_HORIZONS)[number];

export const MY_WORK_GROUPS = ["tasks", "next_actions", "prompts", "data_quality", "escalated_notes"] as const;
export type MyWorkGroupCode = (typeof MY_WORK_GROUPS)[number];

export const ZMyWorkQuery = z.object({
  horizon: z.enum(MY_WORK_HORIZONS).default("week").describe("today: due by the end of the tenant's today; week: within the next 7 days"),
});
export type TMyWorkQuery = z.infer<typeof ZMyWorkQuery>;

export const ZMyWorkItem = z.object({
  id: z.string().describe("Unique within the group: the task, split row, finding, message or note id"),
  kind: z.enum(["task", "next_action", "prompt", "failed_email", "data_quality", "escalated_note"]),
  tenant: z.object({ id: ZUuid, name: z.string() }),
  service: z.string().nullable(),
  what: z.string(),
  date: ZIsoDate.describe("When it is due (or, for something already waiting, when it arose), in the tenant's time zone"),
  daysFromToday: z.number().int().describe("Days from the tenant's today to `date`: negative = overdue by that many days, 0 = today"),
  why: z.string().nullable().describe("The engine's explanation, the delivery error, or what to do, where there is one"),
  link: z.string().describe("Where to act on it in the portal"),
});
export type TMyWorkItem = z.infer<typeof ZMyWorkItem>;

export const ZMyWorkGroup = z.object({
  code: z.enum(MY_WORK_GROUPS),
  label: z.string(),
  count: z.number().int().describe("All items of the group; `items` holds at most the first 200"),
  items: z.array(ZMyWorkItem),
});
export type TMyWorkGroup = z.infer<typeof ZMyWorkGroup>;

export const ZMyWork = z.object({
  horizon: z.enum(MY_WORK_HORIZONS),
  tenantCount: z.number().int().describe("Tenants assigned to you (directly, through the customer, or to your partner organisation)"),
  groups: z.array(ZMyWorkGroup),
});
export type TMyWork = z.infer<typeof ZMyWork>;
