import { enqueueOutboxMail, type Executor, findThreadStart, insertAuditEvents, releaseContactsAwaitingCustomerStep as releaseContactsAwaiting } from "@waymark/db";
import type { Actor } from "../actor.ts";
import { auditEvent } from "./audit.ts";
import { type EmailTemplate, outreachTemplateFor, withQuotedOriginal } from "@waymark/domain";
import { composeTenantEmail } from "./tenant-email.ts";

type Tenant = { id: string; customerId: string; name: string };

/**
 * Puts the e-mail of an outreach step in the outbox, in the transaction that records the step: the template in the
 * recipients' language, to and cc by seed 003's rules, and for a follow-up (the Customer 2nd and 3rd Contact) a
 * reply-all in the first e-mail's thread. An e-mail that cannot go as it should (nobody to send it to, a fact its
 * text needs is missing) is stored failed with why, so the tenant shows it and it can be sent again once fixed.
 */
export async function sendOutreachEmail(
  tx: Executor,
  options: { tenant: Tenant; stepId: string; stepTemplate: string; ruleId: string | null; mailDomain?: string | undefined; idempotencyKey?: string },
): Promise<{ id: string; messageId: string }> {
  const template = outreachTemplateFor(options.stepTemplate);
  // Packs are checked when loaded: a step naming no template never reaches here.
  if (!template) throw new Error(`no e-mail template for the outreach step "${options.stepTemplate}"`);
  if (template.audience === "customer") await releaseContactsAwaitingCustomerStep(tx, options.tenant, options.ruleId);
  const mail = await outreachMail(tx, options.tenant, template);
  return enqueueOutboxMail(tx, {
    tenant: options.tenant,
    template: template.code,
    ...mail,
    idempotencyKey: options.idempotencyKey ?? `outreach/${options.stepId}`,
    ruleId: options.ruleId,
    mailDomain: options.mailDomain,
    outreachAttemptId: options.stepId,
  });
}

/**
 * The Contact Customer step puts the customer contacts kept aside for it on the record (seed 003), recorded as the
 * rule's doing with why, before its e-mail is composed for them.
 */
async function releaseContactsAwaitingCustomerStep(tx: Executor, tenant: Tenant, ruleId: string | null) {
  const released = await releaseContactsAwaiting(tx, tenant);
  if (released.length === 0) return;
  const actor: Actor = ruleId ? { kind: "rule", ruleId } : { kind: "system", reason: "outreach" };
  await insertAuditEvents(
    tx,
    released.map((contact) =>
      auditEvent(actor, "contact.put_on_record", { type: "contact", id: contact.id }, { tenantId: contact.tenantId, customerId: contact.customerId }, {
        before: { awaitingCustomerStep: true },
        after: { awaitingCustomerStep: false },
        reason: "The Gateway reached the Contact Customer step, so the customer contacts given before it are put on the record and written to (seed 003).",
      }),
    ),
  );
}

/** The addresses, text, thread and any reason it cannot go, as the tenant's data make them now. */
export async function outreachMail(tx: Executor, tenant: Tenant, template: EmailTemplate) {
  const email = await composeTenantEmail(tx, tenant, template);
  const start = template.repliesTo ? await findThreadStart(tx, tenant.id, template.repliesTo) : undefined;
  const problems = [
    ...(email.to.length === 0 ? email.notes.filter((n) => n.startsWith("Nobody")) : []),
    ...(email.missing.length > 0 ? [`Its text needs ${email.missing.join(", ")}, which the tenant does not have yet.`] : []),
  ];
  return {
    to: email.to,
    cc: email.cc,
    replyTo: email.fm?.email ?? null,
    subject: email.subject,
    body: start ? withQuotedOriginal(email.body, { sentAt: start.createdAt, from: email.fm?.name ?? "FastTrack", subject: start.subject, body: start.body }) : email.body,
    thread: start?.messageId ? { inReplyTo: start.messageId, references: [...start.references, start.messageId] } : null,
    problem: problems.length > 0 ? problems.join(" ") : null,
  };
}
