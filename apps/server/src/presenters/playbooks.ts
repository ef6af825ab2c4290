import type { listOutboxMessages, listRuleEffects, NamedFinding } from "@waymark/db";
import type { TFinding } from "@waymark/contracts";

type RuleEffectRow = Awaited<ReturnType<typeof listRuleEffects>>[number];
type OutboxRow = Awaited<ReturnType<typeof listOutboxMessages>>[number];

export function presentFinding(f: NamedFinding): TFinding {
  return {
    id: f.id,
    service: f.service,
    code: f.code,
    message: f.message,
    role: f.role,
    ruleId: f.ruleId,
    createdAt: f.createdAt.toISOString(),
    status: f.status as TFinding["status"],
    acceptedById: f.acceptedById,
    acceptedReason: f.acceptedReason,
    acceptedAt: f.acceptedAt?.toISOString() ?? null,
    acceptedByName: f.acceptedByName,
  };
}

export function presentRuleEffect(e: RuleEffectRow) {
  return {
    playbookId: e.playbookId,
    playbookVersion: e.playbookVersion,
    ruleId: e.ruleId,
    kind: e.kind,
    service: e.service,
    why: e.why,
    inputs: e.inputs as Record<string, unknown>,
    change: e.change,
    eventType: e.eventType,
    occurredAt: e.occurredAt.toISOString(),
  };
}

export function presentOutboxMessage(m: OutboxRow) {
  return {
    id: m.id,
    template: m.template,
    recipientUserId: m.recipientUserId,
    subject: m.subject,
    body: m.body,
    status: m.status as "queued" | "sent" | "failed",
    attempts: m.attempts,
    lastError: m.lastError,
    nextAttemptAt: m.nextAttemptAt?.toISOString() ?? null,
    to: m.toAddresses,
    cc: m.ccAddresses,
    messageId: m.messageId,
    inReplyTo: m.inReplyTo,
    ruleId: m.ruleId,
    outreachStepId: m.outreachAttemptId,
    attachments: m.attachments.map(({ filename, contentType }) => ({ filename, contentType })),
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
  };
}
