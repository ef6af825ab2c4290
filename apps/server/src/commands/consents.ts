import {
  type ConsentListRow,
  type ContactRow,
  type Executor,
  findConsent,
  findContact,
  findCustomer,
  findTenant,
  insertAuditEvents,
  insertConsent,
  listConsentsOfContact,
  withdrawConsent,
} from "@waymark/db";
import type { TRecordConsent } from "@waymark/contracts";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError, notFound } from "../errors.ts";
import { maySeeAssigneeOf } from "../policies/partner.ts";
import { assertMayWriteCustomer, assertMayWriteTenant, visibilityOf } from "../policies/visibility.ts";
import { auditEvent } from "./audit.ts";

/**
 * A contact whose consents the actor may change: one on a tenant (or whole customer) they may write, and
 * for a partner user never another partner's person. 404 when they cannot see it at all.
 */
export async function findContactToManage(tx: Executor, actor: UserActor, contactId: string): Promise<ContactRow> {
  const contact = await findContact(tx, contactId);
  if (!contact || !maySeeAssigneeOf(actor, contact.partnerId)) throw notFound("The contact");
  if (contact.tenantId) {
    await assertMayWriteTenant(tx, actor, await findTenant(tx, contact.tenantId, visibilityOf(actor)));
    return contact;
  }
  const customer = await findCustomer(tx, contact.customerId, visibilityOf(actor));
  if (!customer) throw notFound("The contact");
  await assertMayWriteCustomer(tx, actor, customer);
  return contact;
}

const scopeOf = (contact: ContactRow) => ({ tenantId: contact.tenantId, customerId: contact.customerId });

/** A contact's consents, for whoever may read the contact (as its tenant's contact list shows it). */
export async function listConsents(deps: Deps, options: { actor: UserActor; contactId: string }): Promise<ConsentListRow[]> {
  const { actor } = options;
  const db = deps.db;
  const contact = await findContact(db, options.contactId);
  if (!contact || !maySeeAssigneeOf(actor, contact.partnerId)) throw notFound("The contact");
  const visible = contact.tenantId ? await findTenant(db, contact.tenantId, visibilityOf(actor)) : await findCustomer(db, contact.customerId, visibilityOf(actor));
  if (!visible) throw notFound("The contact");
  return listConsentsOfContact(db, contact.id);
}

/** Records what a person agreed to, how and when; a consent given in the future is refused. */
export async function recordConsent(deps: Deps, options: { actor: UserActor; contactId: string; input: TRecordConsent }): Promise<ConsentListRow> {
  const { actor, input } = options;
  const now = deps.now();
  const consentedAt = input.consentedAt ? new Date(input.consentedAt) : now;
  if (consentedAt.getTime() > now.getTime()) {
    throw new AppError("validation_failed", "A consent cannot be given in the future: leave consentedAt out for now, or give when the person agreed.", {
      errors: [{ path: "/body/consentedAt", message: "in the future" }],
    });
  }
  return deps.db.transaction(async (tx) => {
    const contact = await findContactToManage(tx, actor, options.contactId);
    const consent = await insertConsent(tx, {
      contactId: contact.id,
      tenantId: contact.tenantId,
      scope: input.scope,
      method: input.method,
      statement: input.statement,
      consentedAt,
      recordedById: actor.userId,
    });
    await insertAuditEvents(tx, [auditEvent(actor, "consent.recorded", { type: "consent", id: consent.id }, scopeOf(contact), { after: { contactId: contact.id, ...input, consentedAt } })]);
    return { ...consent, recordedByName: actor.displayName };
  });
}

/** Withdraws a consent: referrals already made stay, new ones need a fresh consent. */
export async function withdrawContactConsent(deps: Deps, options: { actor: UserActor; consentId: string }): Promise<ConsentListRow> {
  const { actor } = options;
  return deps.db.transaction(async (tx) => {
    const current = await findConsent(tx, options.consentId);
    if (!current) throw notFound("The consent");
    const contact = await findContactToManage(tx, actor, current.contactId);
    const withdrawn = await withdrawConsent(tx, current.id, { at: deps.now(), userId: actor.userId });
    if (!withdrawn) throw new AppError("validation_failed", `This consent was already withdrawn on ${current.withdrawnAt?.toISOString().slice(0, 10)}.`);
    await insertAuditEvents(tx, [
      auditEvent(actor, "consent.withdrawn", { type: "consent", id: current.id }, scopeOf(contact), { before: { withdrawnAt: null }, after: { withdrawnAt: withdrawn.withdrawnAt } }),
    ]);
    const rows = await listConsentsOfContact(tx, contact.id);
    return rows.find((r) => r.id === current.id) ?? { ...withdrawn, recordedByName: null };
  });
}
