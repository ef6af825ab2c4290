import {
  type Executor,
  findOutreachMessageByMessageIds,
  findOutreachMessagesTo,
  findOutreachReplyByMessageId,
  findOutreachStep,
  findTenant,
  insertAuditEvents,
  insertOutreachReply,
  type OutreachReplyRow,
  type OutreachStepRow,
  type TenantWithCustomer,
} from "@waymark/db";
import type { TRecordedOutreachReply, TRecordOutreachReply } from "@waymark/contracts";
import { baseSubject, OUTREACH_REPLY_EVENTS, type OutreachAudience } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError, notFound } from "../errors.ts";
import type { InboundMail } from "../mail/inbound-mail.ts";
import { assertMayWriteTenant, visibilityOf } from "../policies/visibility.ts";
import { auditEvent } from "./audit.ts";
import { lockFoundTenant } from "./lock-tenant.ts";
import { libraryOf, runPlaybooks } from "./run-playbooks.ts";

type MatchedBy = TRecordedOutreachReply["matchedBy"];
/** An outreach step with its tenant, found through the reader's visibility. */
type VisibleStep = { step: OutreachStepRow; tenant: TenantWithCustomer };
type Answer = { from: string | null; receivedAt: Date; subject: string | null; text: string; source: "api" | "eml"; messageId: string | null; data?: Record<string, unknown> };

/** An answer a person records against an outreach step: it stops that audience's wait and moves the playbook on. */
export async function recordOutreachReply(deps: Deps, actor: UserActor, stepId: string, body: TRecordOutreachReply): Promise<TRecordedOutreachReply> {
  return deps.db.transaction(async (tx) => {
    const step = await findOutreachStep(tx, stepId);
    const tenant = step ? await findTenant(tx, step.tenantId, visibilityOf(actor)) : undefined;
    if (!step || !tenant) throw notFound("The outreach step");
    const answer: Answer = {
      from: body.from ?? null,
      receivedAt: body.receivedAt ? new Date(body.receivedAt) : deps.now(),
      subject: body.subject ?? null,
      text: body.text,
      source: "api",
      messageId: null,
      ...(body.data ? { data: body.data } : {}),
    };
    return recordAnswer(tx, deps, actor, { step, tenant }, answer, "step");
  });
}

/**
 * An answer uploaded as an e-mail (.eml), the reply itself or a forward of it: tied to the outreach e-mail it
 * answers by its headers (In-Reply-To, References), or, when a forward dropped them, by the original sender and
 * subject. The same e-mail uploaded again changes nothing.
 */
export async function recordInboundMail(deps: Deps, actor: UserActor, mail: InboundMail): Promise<TRecordedOutreachReply> {
  return deps.db.transaction(async (tx) => {
    const match = await matchOutreachStep(tx, actor, mail);
    const original = mail.forwarded;
    const answer: Answer = {
      from: original?.from ?? mail.from,
      receivedAt: mail.receivedAt ?? deps.now(),
      subject: original?.subject ?? mail.subject,
      text: mail.text.slice(0, 20000),
      source: "eml",
      messageId: original?.messageId ?? mail.messageId,
    };
    return recordAnswer(tx, deps, actor, match, answer, match.matchedBy);
  });
}

async function matchOutreachStep(tx: Executor, actor: UserActor, mail: InboundMail): Promise<VisibleStep & { matchedBy: MatchedBy }> {
  const byHeaders = await findOutreachMessageByMessageIds(tx, mail.referencedIds);
  const candidates: { outreachAttemptId: string; tenantId: string; matchedBy: MatchedBy }[] = byHeaders
    ? [{ ...byHeaders, matchedBy: mail.idsFrom === "forwarded_headers" ? "forwarded_headers" : "headers" }]
    : [];
  const sender = mail.forwarded?.from ?? mail.from;
  const subject = mail.forwarded?.subject ?? mail.subject;
  if (candidates.length === 0 && sender && subject) {
    const wanted = baseSubject(subject);
    for (const hit of await findOutreachMessagesTo(tx, sender)) {
      if (hit.outreachAttemptId && baseSubject(hit.subject) === wanted) candidates.push({ outreachAttemptId: hit.outreachAttemptId, tenantId: hit.tenantId, matchedBy: "sender_and_subject" });
    }
  }
  for (const candidate of candidates) {
    // What the reader may not see is not a match: the answer is never tied to, nor reveals, another's tenant.
    const tenant = await findTenant(tx, candidate.tenantId, visibilityOf(actor));
    if (!tenant) continue;
    const step = await findOutreachStep(tx, candidate.outreachAttemptId);
    if (step) return { step, tenant, matchedBy: candidate.matchedBy };
  }
  // Not found, whether nothing matches or the match is on a tenant the reader may not see: the answer is the same.
  throw new AppError(
    "not_found",
    "This e-mail answers none of the outreach e-mails on your tenants: its In-Reply-To and References name none of them, and no e-mail with its subject went to its sender. Upload the answer itself (saved as .eml) or forward it as an attachment, or record the answer on the outreach step by hand.",
  );
}

async function recordAnswer(tx: Executor, deps: Deps, actor: UserActor, { step, tenant: found }: VisibleStep, answer: Answer, matchedBy: MatchedBy): Promise<TRecordedOutreachReply> {
  await assertMayWriteTenant(tx, actor, found);
  const tenant = await lockFoundTenant(tx, step.tenantId);
  const inserted = await insertOutreachReply(tx, {
    tenantId: tenant.id,
    outreachAttemptId: step.id,
    fromAddress: answer.from,
    receivedAt: answer.receivedAt,
    subject: answer.subject,
    text: answer.text,
    source: answer.source,
    messageId: answer.messageId,
    recordedById: actor.userId,
  });
  const audience = step.audience as OutreachAudience;
  const stepOut = { id: step.id, tenantId: step.tenantId, audience, attemptNumber: step.attemptNumber };
  if (!inserted) {
    // Only an answer with a Message-ID can be a repeat (the unique key is the tenant and that id).
    const earlier = answer.messageId ? await findOutreachReplyByMessageId(tx, tenant.id, answer.messageId) : undefined;
    if (!earlier) throw new Error("outreach reply neither inserted nor found");
    return { reply: presentReply(earlier), step: stepOut, recorded: false, event: null, matchedBy };
  }
  const event = OUTREACH_REPLY_EVENTS[audience];
  await insertAuditEvents(tx, [
    auditEvent(actor, "outreach.reply_recorded", { type: "outreach_step", id: step.id }, { tenantId: tenant.id, customerId: tenant.customerId }, {
      after: { from: answer.from, receivedAt: answer.receivedAt.toISOString(), subject: answer.subject, source: answer.source, matchedBy },
    }),
  ]);
  await runPlaybooks(tx, {
    actor,
    tenant,
    event: { type: event, ...(answer.data ? { data: answer.data } : {}) },
    now: deps.now(),
    library: libraryOf(deps),
    timerQueue: deps.timerQueue,
    mailDomain: deps.mailDomain,
    reason: `${audienceInWords(audience)} answered the outreach e-mail (attempt ${step.attemptNumber})`,
  });
  return { reply: presentReply(inserted), step: stepOut, recorded: true, event, matchedBy };
}

export function presentReply(row: OutreachReplyRow) {
  return { id: row.id, from: row.fromAddress, receivedAt: row.receivedAt.toISOString(), subject: row.subject, text: row.text, source: row.source as "api" | "eml" };
}

const audienceInWords = (audience: OutreachAudience) => ({ account_team: "The Account Team", partner: "The partner", customer: "The customer" })[audience];
