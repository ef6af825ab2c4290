import { z } from "zod";
import { TASK_ROLES, TASK_STATUSES, type TaskStatus } from "@waymark/domain";
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
  phase: z.string().nullable().optional().describe("the lifecycle phase of the task (initiate, assess, remediate, enable, migrate, success, approach); null: before the lifecycle (Gateway)"),
  process: z.string().nullable().optional().describe("the playbook process the task belongs to, e.g. Conduct Technical Assessment"),
  step: z.string().nullable().optional().describe("the step of the process that lists the task, e.g. Run Network Onboarding Tool"),
  description: z
    .string()
    .nullable()
    .optional()
    .describe("what the task asks, in the words of its playbook step or seed playbook (plain text, at most three sentences); null: no source says it"),
  descriptionSource: z
    .string()
    .nullable()
    .optional()
    .describe("where the description is written, as a reader would cite it, e.g. Partner playbook: Migration or OneDrive BVD playbook; null with no description"),
});
export const ZTaskList = z.object({ items: z.array(ZTaskWithWhy) });
export type TTaskList = z.infer<typeof ZTaskList>;
export type TTaskWithWhy = z.infer<typeof ZTaskWithWhy>;

/**
 * A person sets a task's status, % complete and responsible role. Complete means 100 %; 100 % alone means Complete.
 * The role is checked against the task roles catalogue by the server (422 naming the allowed codes).
 */
export const ZUpdateTask = z
  .object({
    version: z.number().int().positive().describe("the version you read; 409 if the task changed since"),
    status: z.enum(TASK_STATUSES.map((entry) => entry.code) as [TaskStatus, ...TaskStatus[]]).optional(),
    percentComplete: z.number().int("a whole number from 0 to 100").min(0, "at least 0").max(100, "at most 100").optional(),
    responsibleRole: z
      .string()
      .max(100)
      .optional()
      .describe(`the FastTrack role responsible for the task, one of: ${TASK_ROLES.map((role) => role.code).join(", ")}`),
  })
  .strict();
export type TUpdateTask = z.infer<typeof ZUpdateTask>;
export const ZTask = ZTaskWithWhy.omit({ why: true });
export type TTask = z.infer<typeof ZTask>;

export const ZFinding = z.object({
  id: z.uuid(),
  service: z.string().nullable(),
  code: z.string(),
  message: z.string(),
  role: z.string().nullable().describe("who should act on it, when it is a prompt for a person's judgement"),
  ruleId: z.string().nullable(),
  createdAt: z.iso.datetime(),
  status: z.enum(["open", "accepted"]),
  acceptedById: z.uuid().nullable(),
  acceptedReason: z.string().nullable(),
  acceptedAt: z.iso.datetime().nullable(),
  acceptedByName: z.string().nullable(),
});
export type TFinding = z.infer<typeof ZFinding>;
export const ZFindingList = z.object({ items: z.array(ZFinding) });
export type TFindingList = z.infer<typeof ZFindingList>;
export const ZFindingQuery = z.object({
  status: z.enum(["open", "accepted"]).default("open").describe("open: still to act on; accepted: a person accepted them as they stand"),
});
export const ZFindingParams = z.object({ id: z.uuid(), findingId: z.uuid() });
export const ZAcceptFinding = z
  .object({
    reason: z.string().trim().min(3, "say why the finding is accepted as it stands").max(500),
  })
  .strict();
export type TAcceptFinding = z.infer<typeof ZAcceptFinding>;

/** A message in the outbox: committed with the change that called for it, sent by a job. */
export const ZOutboxMessage = z.object({
  id: z.uuid(),
  template: z.string(),
  recipientUserId: z.uuid().nullable(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(["queued", "sent", "failed"]),
  attempts: z.number().int().describe("Sending attempts so far"),
  lastError: z.string().nullable().describe("Why the last attempt failed, or why the message cannot be sent (e.g. a recipient without an e-mail address)"),
  nextAttemptAt: z.iso.datetime().nullable().describe("When a queued message that failed is tried again; null: as soon as the sender runs"),
  to: z.array(z.string()).describe("The addresses it goes to, resolved when it was queued"),
  cc: z.array(z.string()),
  messageId: z.string().nullable().describe("Its Message-ID header; later messages of the thread answer it"),
  inReplyTo: z.string().nullable(),
  ruleId: z.string().nullable(),
  outreachStepId: z.uuid().nullable().describe("The outreach step this e-mail carries out, when it is one"),
  attachments: z.array(z.object({ filename: z.string(), contentType: z.string() })),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
});
export const ZOutboxMessageList = z.object({ items: z.array(ZOutboxMessage) });
export type TOutboxMessageList = z.infer<typeof ZOutboxMessageList>;

export const ZExplanationQuery = z.object({
  service: ZServiceCode.optional(),
  kind: z.string().max(60).optional().describe("e.g. set_service_status, append_entitlement_note, set_task_status, raise_finding"),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const ZRecordedEffect = z.object({
  playbookId: z.string(),
  playbookVersion: z.number().int(),
  ruleId: z.string(),
  kind: z.string(),
  service: z.string().nullable(),
  why: z.string(),
  inputs: z.record(z.string(), z.unknown()),
  change: z.unknown(),
  eventType: z.string(),
  occurredAt: z.iso.datetime(),
});
export const ZExplanationList = z.object({ items: z.array(ZRecordedEffect) });
export type TExplanationList = z.infer<typeof ZExplanationList>;

export const ZPlaybookRun = z.object({
  playbookId: z.string(),
  title: z.string(),
  pinnedVersion: z.number().int(),
  latestVersion: z.number().int(),
  startedAt: z.iso.datetime(),
});
export const ZPlaybookRunList = z.object({ items: z.array(ZPlaybookRun) });
export type TPlaybookRunList = z.infer<typeof ZPlaybookRunList>;

export const ZPlaybookParams = z.object({ id: z.uuid(), playbookId: z.string().min(1).max(100) });
export const ZUpgradeQuery = z.object({ toVersion: z.coerce.number().int().positive().optional().describe("default: the latest version") });
const ZRuleChange = z.object({ ruleId: z.string(), why: z.string(), on: z.array(z.string()) });
export const ZUpgradePreview = z.object({
  playbookId: z.string(),
  fromVersion: z.number().int(),
  toVersion: z.number().int(),
  addedRules: z.array(ZRuleChange),
  removedRules: z.array(ZRuleChange),
  changedRules: z.array(ZRuleChange.extend({ changes: z.array(z.string()) })),
  addedTasks: z.array(z.number().int()),
  removedTasks: z.array(z.number().int()),
});
export type TUpgradePreview = z.infer<typeof ZUpgradePreview>;
export const ZUpgradePlaybook = z.object({
  fromVersion: z.number().int().positive().describe("the version the tenant runs now, as the preview showed it"),
  toVersion: z.number().int().positive(),
  reason: z.string().trim().min(3).max(500).describe("why the tenant moves to the new version; kept in the audit trail"),
});
export type TUpgradePlaybook = z.infer<typeof ZUpgradePlaybook>;
