import { z } from "zod";

export const ZOutreachReply = z.object({
  id: z.uuid(),
  from: z.string().nullable(),
  receivedAt: z.iso.datetime(),
  subject: z.string().nullable(),
  text: z.string(),
  source: z.enum(["api", "eml"]).describe("Recorded by a person (api) or read from an uploaded e-mail (eml)"),
});

export const ZOutreachStepMessage = z.object({
  id: z.uuid(),
  template: z.string(),
  status: z.enum(["queued", "sent", "failed"]),
  to: z.array(z.string()),
  cc: z.array(z.string()),
  subject: z.string(),
  attempts: z.number().int(),
  lastError: z.string().nullable().describe("Why it failed or cannot go; fix the cause and send it again"),
  messageId: z.string().nullable(),
  inReplyTo: z.string().nullable().describe("The Message-ID it answers: set on the Customer 2nd and 3rd Contact, which reply to the 1st"),
  sentAt: z.iso.datetime().nullable(),
});

export const ZOutreachStep = z.object({
  id: z.uuid(),
  audience: z.enum(["account_team", "partner", "customer"]),
  template: z.string(),
  attemptNumber: z.number().int(),
  takenAt: z.iso.datetime(),
  respondedAt: z.iso.datetime().nullable(),
  messages: z.array(ZOutreachStepMessage),
  replies: z.array(ZOutreachReply),
});
export const ZOutreachStepList = z.object({ items: z.array(ZOutreachStep) });
export type TOutreachStep = z.infer<typeof ZOutreachStep>;

export const ZRecordOutreachReply = z
  .object({
    from: z.string().trim().max(320).optional().describe("Who answered (an address or a name)"),
    receivedAt: z.iso.datetime().optional().describe("When the answer came; now when left out"),
    subject: z.string().trim().max(500).optional(),
    text: z.string().trim().min(1, "say what the answer was (a line is enough)").max(20000),
    data: z
      .record(z.string(), z.unknown())
      .optional()
      .describe("What the answer settles, for the playbook: e.g. the Account Team's {providedDibs, frpEngaged}, the partner's {deploying, onFrpList}"),
  })
  .strict();
export type TRecordOutreachReply = z.infer<typeof ZRecordOutreachReply>;

export const ZRecordedOutreachReply = z.object({
  reply: ZOutreachReply,
  step: z.object({ id: z.uuid(), tenantId: z.uuid(), audience: z.enum(["account_team", "partner", "customer"]), attemptNumber: z.number().int() }),
  /** False when the same e-mail had been recorded before: nothing changed. */
  recorded: z.boolean(),
  event: z.string().nullable().describe("The playbook event the answer recorded (the wait stops), or null when it had been recorded before"),
  matchedBy: z.enum(["step", "headers", "forwarded_headers", "sender_and_subject"]).describe("How the answer was tied to the outreach step"),
});
export type TRecordedOutreachReply = z.infer<typeof ZRecordedOutreachReply>;

export const ZRetriedMessage = z.object({ id: z.uuid(), status: z.enum(["queued", "failed"]), to: z.array(z.string()), cc: z.array(z.string()), lastError: z.string().nullable() });
