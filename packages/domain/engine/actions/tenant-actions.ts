import { z } from "zod";
import { isAssignmentOption, isOverallStatus, type AssignmentOption, type OverallStatus } from "../../catalogs/engagement.ts";
import type { ActionKind } from "../action-kind.ts";
import type { OutreachAudience } from "../model.ts";
import { placeholders, render } from "../templates.ts";
import { outreachTemplateFor } from "../../rules/outreach-email.ts";

export type SetOverallStatusAction = { kind: "set_overall_status"; status: OverallStatus };
export type SetEngagementStartDateAction = { kind: "set_engagement_start_date"; date: string };
export type RecordAssignmentOptionAction = { kind: "record_assignment_option"; option: AssignmentOption };
export type CreateOutreachStepAction = { kind: "create_outreach_step"; audience: OutreachAudience; template: string; attemptNumber: number };

const onlyEventPlaceholders = (text: string) =>
  placeholders(text).filter((p) => !p.startsWith("event.") && !p.startsWith("tenant.")).map((p) => `unknown placeholder {${p}}`);

export const setOverallStatus: ActionKind<SetOverallStatusAction> = {
  kind: "set_overall_status",
  schema: z.object({ kind: z.literal("set_overall_status"), status: z.string() }).strict() as z.ZodType<SetOverallStatusAction>,
  check: (action) => (isOverallStatus(action.status) ? [] : [`"${action.status}" is not an overall status`]),
  // Stating the status again on a later day is a change: seed 003 updates it at every step, and reports flag stale dates.
  apply: (action, { state, today }) =>
    state.overallStatus === action.status && state.overallStatusDate === today ? [] : [{ kind: "set_overall_status", status: action.status, date: today }],
};

export const setEngagementStartDate: ActionKind<SetEngagementStartDateAction> = {
  kind: "set_engagement_start_date",
  schema: z.object({ kind: z.literal("set_engagement_start_date"), date: z.string().min(1) }).strict(),
  check: (action) => onlyEventPlaceholders(action.date),
  apply: (action, { state, facts }) => {
    const date = render(action.date, facts);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`the engagement start date must be YYYY-MM-DD, not "${date}"`);
    return state.engagementStartDate === date ? [] : [{ kind: "set_engagement_start_date", date }];
  },
};

export const recordAssignmentOption: ActionKind<RecordAssignmentOptionAction> = {
  kind: "record_assignment_option",
  schema: z.object({ kind: z.literal("record_assignment_option"), option: z.string() }).strict() as z.ZodType<RecordAssignmentOptionAction>,
  check: (action) => (isAssignmentOption(action.option) ? [] : [`"${action.option}" is not an assignment option`]),
  apply: (action, { state }) => (state.assignmentOption === action.option ? [] : [{ kind: "record_assignment_option", option: action.option }]),
};

/**
 * Records an outreach step (which template went to whom, which attempt); the server puts its e-mail in the outbox
 * in the same transaction. The wait for the answer is a timer the same rule starts.
 */
export const createOutreachStep: ActionKind<CreateOutreachStepAction> = {
  kind: "create_outreach_step",
  schema: z
    .object({
      kind: z.literal("create_outreach_step"),
      audience: z.enum(["account_team", "partner", "customer"]),
      template: z.string().min(1),
      attemptNumber: z.number().int().min(1),
    })
    .strict(),
  check: (action) => (outreachTemplateFor(action.template) ? [] : [`the outreach step names "${action.template}", which is no e-mail template`]),
  apply: (action, { state }) =>
    state.outreach.some((o) => o.audience === action.audience && o.attemptNumber === action.attemptNumber)
      ? []
      : [{ kind: "create_outreach_step", audience: action.audience, template: action.template, attemptNumber: action.attemptNumber }],
};
