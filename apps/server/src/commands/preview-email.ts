import { type Executor, findPrimaryFm, findServicesOfTenant, findUserById, listAssignmentsOfTenant, listContactsOfTenant, type TenantWithCustomer } from "@waymark/db";
import type { TEmailPreview } from "@waymark/contracts";
import {
  composeEmail,
  type EmailLanguage,
  emailTemplateByCode,
  isServiceCode,
  listInWords,
  type RecipientContact,
  recipientsFor,
  serviceLabel,
} from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import { AppError } from "../errors.ts";
import { maySeeAssigneeOf } from "../policies/partner.ts";

/** The e-mail a template makes for this tenant now: its text filled from the tenant, and its recipients from the contacts. */
export async function previewEmail(db: Executor, actor: UserActor, tenant: TenantWithCustomer, code: string, language: EmailLanguage): Promise<TEmailPreview> {
  const template = emailTemplateByCode(code);
  if (!template) throw new AppError("not_found", `There is no e-mail template ${code}.`);
  const [assignments, contacts, services, primaryFm] = await Promise.all([
    listAssignmentsOfTenant(db, tenant),
    listContactsOfTenant(db, tenant),
    findServicesOfTenant(db, tenant.id),
    findPrimaryFm(db, tenant),
  ]);
  const fm = primaryFm ? await findUserById(db, primaryFm.userId) : undefined;
  const partners = assignments.filter((a) => a.partnerId && a.role === "p_rm");
  const partner = partners.find((a) => a.isPrimary) ?? partners[0];
  const facts = {
    customer: { name: tenant.customerName },
    tenant: { name: tenant.name },
    services: listInWords(services.map((s) => (isServiceCode(s.service) ? serviceLabel(s.service) : s.service)), language),
    fm: fm ? { name: fm.displayName, email: fm.email } : {},
    partner: partner ? { name: partner.assigneeName } : {},
  };
  const composed = composeEmail(template, language, facts);
  const visibleContacts = contacts.filter((c) => maySeeAssigneeOf(actor, c.partnerId));
  const recipients = recipientsFor(
    template.audience,
    visibleContacts.map((c): RecipientContact => ({ name: c.name, email: c.email, type: c.type as RecipientContact["type"], role: c.role, partnerId: c.partnerId })),
    partner?.partnerId ? { id: partner.partnerId, partnerCount: new Set(partners.map((p) => p.partnerId)).size } : null,
  );
  const notes = [...recipients.notes];
  if (recipients.to.length === 0) notes.push(`Nobody to send it to: add ${template.audience === "account_team" ? "account team" : template.audience} contacts with an e-mail address.`);
  if (!fm) notes.push("The tenant has no primary FastTrack Manager to sign it.");
  return {
    template: { code: template.code, label: template.label, audience: template.audience, repliesTo: template.repliesTo ?? null },
    language: composed.language,
    subject: composed.subject,
    body: composed.body,
    to: recipients.to,
    cc: recipients.cc,
    missing: composed.missing,
    notes,
  };
}
