import { findOutboxMessage, findRecipientAddress, findTenant, insertAuditEvents, requeueFailedOutboxMessage } from "@waymark/db";
import { emailTemplateByCode } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError, notFound } from "../errors.ts";
import { assertMayWriteTenant, visibilityOf } from "../policies/visibility.ts";
import { auditEvent } from "./audit.ts";
import { lockFoundTenant } from "./lock-tenant.ts";
import { outreachMail } from "./send-outreach-email.ts";

/**
 * Sends a failed message again, as the data make it now: an outreach e-mail is composed afresh (a contact added
 * since, a partner named, now fill it), a message to a user goes to their current address. When it still cannot go,
 * it stays failed with the new reason.
 */
export async function retryMessage(deps: Deps, actor: UserActor, messageId: string) {
  return deps.db.transaction(async (tx) => {
    const message = await findOutboxMessage(tx, messageId);
    const found = message ? await findTenant(tx, message.tenantId, visibilityOf(actor)) : undefined;
    if (!message || !found) throw notFound("The message");
    await assertMayWriteTenant(tx, actor, found);
    const tenant = await lockFoundTenant(tx, found.id);
    if (message.status !== "failed") {
      throw new AppError("validation_failed", message.status === "sent" ? "This message was sent already; it is not sent twice." : "This message is queued and goes out on the sender's next run.");
    }
    const template = message.outreachAttemptId ? emailTemplateByCode(message.template) : undefined;
    let content: { to: string[]; cc: string[]; subject: string; body: string; problem: string | null };
    if (template) {
      content = await outreachMail(tx, tenant, template);
    } else if (message.recipientUserId) {
      const recipient = await findRecipientAddress(tx, message.recipientUserId);
      content = {
        to: "address" in recipient ? [recipient.address] : [],
        cc: message.ccAddresses,
        subject: message.subject,
        body: message.body,
        problem: "problem" in recipient ? recipient.problem : null,
      };
    } else {
      content = { to: message.toAddresses, cc: message.ccAddresses, subject: message.subject, body: message.body, problem: message.toAddresses.length === 0 ? message.lastError : null };
    }
    const updated = await requeueFailedOutboxMessage(tx, message.id, content);
    if (!updated) throw new AppError("version_conflict", "The message changed while it was being sent again; reload the tenant's messages.");
    await insertAuditEvents(tx, [
      auditEvent(actor, "message.retried", { type: "message", id: message.id }, { tenantId: tenant.id, customerId: tenant.customerId }, {
        before: { status: "failed", to: message.toAddresses, cc: message.ccAddresses, lastError: message.lastError },
        after: { status: updated.status, to: updated.toAddresses, cc: updated.ccAddresses, lastError: updated.lastError },
      }),
    ]);
    return { id: updated.id, status: updated.status as "queued" | "failed", to: updated.toAddresses, cc: updated.ccAddresses, lastError: updated.lastError };
  });
}
