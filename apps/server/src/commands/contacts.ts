import {
  type ContactListRow,
  type ContactRow,
  deleteContact,
  type Executor,
  findContact,
  findCustomer,
  findPartnerById,
  findTenant,
  gatewayOutreachStage,
  insertAuditEvents,
  insertContact,
  updateContactIfVersion,
} from "@waymark/db";
import type { TCreateContact, TUpdateContact } from "@waymark/contracts";
import { awaitsCustomerStep, type ContactFacts, contactProblems } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError, notFound, staleVersion } from "../errors.ts";
import { assertMayWriteCustomer, assertMayWriteTenant, visibilityOf } from "../policies/visibility.ts";
import { auditEvent, changedFields } from "./audit.ts";

/**
 * The contact's facts must hold together (survey fields, do-not-call reason, partner); its partner must exist.
 * Returns the partner's name, for the answer.
 */
async function assertValidContact(tx: Executor, actor: UserActor, facts: ContactFacts): Promise<string | null> {
  const problems = contactProblems(facts).map((p) => ({ path: `/body/${p.field}`, message: p.message }));
  let partnerName: string | null = null;
  if (facts.partnerId) {
    const partner = actor.partnerId && facts.partnerId !== actor.partnerId ? undefined : await findPartnerById(tx, facts.partnerId);
    if (!partner) problems.push({ path: "/body/partnerId", message: `There is no partner organisation with id ${facts.partnerId}${actor.partnerId ? " that you belong to" : ""}.` });
    partnerName = partner?.name ?? null;
  }
  if (problems.length > 0) throw new AppError("validation_failed", problems.map((p) => p.message).join(" "), { errors: problems });
  return partnerName;
}

/** The tenant or customer a contact hangs on, checked for the actor's right to change it. */
async function assertMayChangeContactsOf(tx: Executor, actor: UserActor, at: { customerId: string; tenantId: string | null }) {
  if (at.tenantId) return assertMayWriteTenant(tx, actor, await findTenant(tx, at.tenantId, visibilityOf(actor)));
  const customer = await findCustomer(tx, at.customerId, visibilityOf(actor));
  if (!customer) throw notFound("The customer");
  await assertMayWriteCustomer(tx, actor, customer);
  return customer;
}

const AWAITING_REASON =
  "Given before the Contact Customer step of the Gateway (seed 003): kept aside until that step, which puts it on the record and writes to it.";

const scopeOf = (contact: ContactRow) => ({ tenantId: contact.tenantId, customerId: contact.customerId });

export async function addContact(deps: Deps, options: { actor: UserActor; tenantId: string; input: TCreateContact }): Promise<ContactListRow> {
  const { actor } = options;
  const { wholeCustomer, ...input } = options.input;
  return deps.db.transaction(async (tx) => {
    const tenant = await findTenant(tx, options.tenantId, visibilityOf(actor));
    if (!tenant) throw notFound("The tenant");
    await assertMayChangeContactsOf(tx, actor, { customerId: tenant.customerId, tenantId: wholeCustomer ? null : tenant.id });
    const partnerName = await assertValidContact(tx, actor, input);
    const awaitingCustomerStep = awaitsCustomerStep(input.type, await gatewayOutreachStage(tx, tenant.id));
    const contact = await insertContact(tx, { ...input, awaitingCustomerStep, customerId: tenant.customerId, tenantId: wholeCustomer ? null : tenant.id, createdAt: deps.now() });
    await insertAuditEvents(tx, [
      auditEvent(actor, "contact.added", { type: "contact", id: contact.id }, scopeOf(contact), {
        after: { ...input, awaitingCustomerStep },
        ...(awaitingCustomerStep ? { reason: AWAITING_REASON } : {}),
      }),
    ]);
    return { ...contact, partnerName };
  });
}

export async function updateContact(deps: Deps, options: { actor: UserActor; contactId: string; input: TUpdateContact }): Promise<ContactListRow> {
  const { actor } = options;
  const { version, ...patch } = options.input;
  return deps.db.transaction(async (tx) => {
    const current = await findContact(tx, options.contactId);
    if (!current) throw notFound("The contact");
    await assertMayChangeContactsOf(tx, actor, current);
    if (current.version !== version) throw staleVersion("The contact", version, current);
    const merged = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) } as ContactRow;
    if (!merged.doNotCall) merged.doNotCallReason = null;
    const partnerName = await assertValidContact(tx, actor, { ...merged, type: merged.type as ContactFacts["type"] });
    const { before, after, changed } = changedFields(current, { ...patch, doNotCallReason: merged.doNotCallReason });
    if (!changed) return { ...current, partnerName };
    const updated = await updateContactIfVersion(tx, current.id, version, { ...patch, doNotCallReason: merged.doNotCallReason });
    if (!updated) throw staleVersion("The contact", version, current);
    await insertAuditEvents(tx, [auditEvent(actor, "contact.updated", { type: "contact", id: current.id }, scopeOf(current), { before, after })]);
    return { ...updated, partnerName };
  });
}

/** Removes a contact; one synced from upstream comes back unless it is removed there too, which the answer says. */
export async function removeContact(deps: Deps, options: { actor: UserActor; contactId: string }): Promise<{ contact: ContactListRow; message: string }> {
  const { actor } = options;
  return deps.db.transaction(async (tx) => {
    const current = await findContact(tx, options.contactId);
    if (!current) throw notFound("The contact");
    await assertMayChangeContactsOf(tx, actor, current);
    const removed = (await deleteContact(tx, current.id)) ?? current;
    const message = current.synced
      ? `${current.name} was removed here, but comes from the upstream sync and will reappear unless removed there too.`
      : `${current.name} was removed.`;
    await insertAuditEvents(tx, [auditEvent(actor, "contact.removed", { type: "contact", id: current.id }, scopeOf(current), { before: current, reason: message })]);
    const partnerName = removed.partnerId ? ((await findPartnerById(tx, removed.partnerId))?.name ?? null) : null;
    return { contact: { ...removed, partnerName }, message };
  });
}
