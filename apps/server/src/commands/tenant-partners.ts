import { deletePartnerContactsOfTenant, deleteTenantPartner, type Executor, findPartnerById, findTenant, insertAuditEvents, listTenantPartners, type TenantPartnerRow, upsertTenantPartner } from "@waymark/db";
import { MPN_NOT_AVAILABLE, NO_PARTNER_IDENTIFIED, type TLinkTenantPartner, type TTenantPartners } from "@waymark/contracts";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError, notFound } from "../errors.ts";
import { maySeeAssigneeOf } from "../policies/partner.ts";
import { assertMayWriteTenant, findVisibleTenant, visibilityOf } from "../policies/visibility.ts";
import { auditEvent } from "./audit.ts";

/** FTOP's Partners tab: the linked organisations, or the one "No Partner Identified" / MPN "N/A" row when there are none. */
async function partnersTab(db: Executor, actor: UserActor, tenantId: string, message?: string): Promise<TTenantPartners> {
  const rows = (await listTenantPartners(db, tenantId)).filter((row) => maySeeAssigneeOf(actor, row.partnerId));
  const items = rows.map((row) => ({ partnerId: row.partnerId, name: row.name, mpnId: row.mpnId ?? MPN_NOT_AVAILABLE, frpMember: row.frpMember, desiresAssistance: row.desiresAssistance }));
  const none = items.length === 0;
  const placeholder = { partnerId: null, name: NO_PARTNER_IDENTIFIED, mpnId: MPN_NOT_AVAILABLE, frpMember: false, desiresAssistance: false };
  return { tenantId, noPartnerIdentified: none, items: none ? [placeholder] : items, ...(message ? { message } : {}) };
}

export async function showTenantPartners(deps: Deps, options: { actor: UserActor; tenantId: string }): Promise<TTenantPartners> {
  const tenant = await findVisibleTenant(deps.db, options.actor, options.tenantId);
  return partnersTab(deps.db, options.actor, tenant.id);
}

/** A partner user links and unlinks their own organisation only (the partner guide gives them nothing of another's). */
function assertOwnOrganisation(actor: UserActor, partnerId: string, tenantName: string) {
  if (actor.partnerId && actor.partnerId !== partnerId) {
    throw new AppError("forbidden", `Partner users add only their own organisation to ${tenantName}'s Partners tab; ask the tenant's FastTrack Manager to add another partner.`);
  }
}

/** Adds a partner organisation to the tenant's Partners tab, or changes whether the customer wants its assistance. */
export async function linkTenantPartner(deps: Deps, options: { actor: UserActor; tenantId: string; input: TLinkTenantPartner }): Promise<{ partners: TTenantPartners; created: boolean }> {
  const { actor, input } = options;
  return deps.db.transaction(async (tx) => {
    const tenant = await assertMayWriteTenant(tx, actor, await findTenant(tx, options.tenantId, visibilityOf(actor)));
    assertOwnOrganisation(actor, input.partnerId, tenant.name);
    const partner = await findPartnerById(tx, input.partnerId);
    if (!partner) throw new AppError("validation_failed", `There is no partner organisation with id ${input.partnerId}; register it first.`, { errors: [{ path: "/body/partnerId", message: "no such partner organisation" }] });
    const { before, created } = await upsertTenantPartner(tx, { tenantId: tenant.id, partnerId: partner.id, desiresAssistance: input.desiresAssistance, createdAt: deps.now() });
    const scope = { tenantId: tenant.id, customerId: tenant.customerId };
    const entity = { type: "tenant", id: tenant.id };
    const after = { partnerId: partner.id, name: partner.name, desiresAssistance: input.desiresAssistance };
    if (created) await insertAuditEvents(tx, [auditEvent(actor, "tenant.partner_added", entity, scope, { after })]);
    else if (before && before.desiresAssistance !== input.desiresAssistance) {
      await insertAuditEvents(tx, [auditEvent(actor, "tenant.partner_updated", entity, scope, { before: { partnerId: partner.id, desiresAssistance: before.desiresAssistance }, after })]);
    }
    return { partners: await partnersTab(tx, actor, tenant.id), created };
  });
}

/**
 * Takes a partner off the tenant's Partners tab and removes its people from the tenant's contacts (seed 003, "Contact
 * Partner (not deploying)"), in one transaction; when it was the last, the tab shows "No Partner Identified" / "N/A".
 */
export async function unlinkTenantPartner(deps: Deps, options: { actor: UserActor; tenantId: string; partnerId: string; reason: string }): Promise<TTenantPartners> {
  const { actor, reason } = options;
  return deps.db.transaction(async (tx) => {
    const tenant = await assertMayWriteTenant(tx, actor, await findTenant(tx, options.tenantId, visibilityOf(actor)));
    const linked = maySeeAssigneeOf(actor, options.partnerId) ? (await listTenantPartners(tx, tenant.id)).find((row) => row.partnerId === options.partnerId) : undefined;
    if (!linked || !(await deleteTenantPartner(tx, tenant.id, options.partnerId))) throw notFound(`A partner organisation with id ${options.partnerId} on ${tenant.name}'s Partners tab`);
    const removedContacts = await deletePartnerContactsOfTenant(tx, tenant, options.partnerId);
    const scope = { tenantId: tenant.id, customerId: tenant.customerId };
    const why = `${linked.name} removed from the Partners tab: ${reason}`;
    await insertAuditEvents(tx, [
      auditEvent(actor, "tenant.partner_removed", { type: "tenant", id: tenant.id }, scope, { before: beforeOf(linked), after: { contactsRemoved: removedContacts.map((c) => c.name) }, reason }),
      ...removedContacts.map((contact) =>
        auditEvent(actor, "contact.removed", { type: "contact", id: contact.id }, { tenantId: contact.tenantId, customerId: contact.customerId }, { before: contact, reason: why }),
      ),
    ]);
    const people = removedContacts.length === 0 ? "no contacts of theirs were on it" : `${removedContacts.length} of their contacts were removed (${removedContacts.map((c) => c.name).join(", ")})`;
    const tab = await partnersTab(tx, actor, tenant.id);
    const last = tab.noPartnerIdentified ? ` The tenant now shows ${NO_PARTNER_IDENTIFIED} (MPN ${MPN_NOT_AVAILABLE}).` : "";
    return { ...tab, message: `${linked.name} was removed from ${tenant.name}; ${people}.${last}` };
  });
}

const beforeOf = (row: TenantPartnerRow) => ({ partnerId: row.partnerId, name: row.name, mpnId: row.mpnId, desiresAssistance: row.desiresAssistance });
