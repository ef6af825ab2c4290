import { type ContactListRow, type Executor, findCustomer, findPrimaryFm, findServicesOfTenant, findUserById, listAssignmentsOfTenant, listContactsOfTenant, listTenantPartners } from "@waymark/db";
import {
  type ComposedEmail,
  composeEmail,
  type EmailLanguage,
  emailLanguageFor,
  type EmailTemplate,
  isServiceCode,
  listInWords,
  type RecipientContact,
  recipientsFor,
  serviceLabel,
} from "@waymark/domain";

export type TenantEmail = ComposedEmail & {
  to: string[];
  cc: string[];
  /** Whom the rules left out and why, what is missing: shown with a preview, stored with a message that cannot go. */
  notes: string[];
  fm: { name: string; email: string | null } | null;
};

type TenantRef = { id: string; customerId: string; name: string; customerName?: string };

/**
 * The e-mail a template makes for a tenant now: recipients from its contacts by seed 003's rules (only the contacts
 * `mayInclude` lets through), the language theirs unless one is given, the text filled from the tenant.
 */
export async function composeTenantEmail(
  db: Executor,
  tenant: TenantRef,
  template: EmailTemplate,
  options: { language?: EmailLanguage; mayInclude?: (contact: ContactListRow) => boolean; extraFacts?: Record<string, unknown> } = {},
): Promise<TenantEmail> {
  const [assignments, listedPartners, contacts, services, primaryFm, customerName] = await Promise.all([
    listAssignmentsOfTenant(db, tenant),
    listTenantPartners(db, tenant.id),
    listContactsOfTenant(db, tenant),
    findServicesOfTenant(db, tenant.id),
    findPrimaryFm(db, tenant),
    tenant.customerName ?? findCustomer(db, tenant.customerId, { kind: "all" }).then((c) => c?.name ?? ""),
  ]);
  const fm = primaryFm ? await findUserById(db, primaryFm.userId) : undefined;
  // The partner is the one on the Partners tab, else the partner organisation assigned as P-RM.
  const assigned = assignments.filter((a) => a.partnerId && a.role === "p_rm");
  const partners = [
    ...listedPartners.map((p) => ({ id: p.partnerId, name: p.name })),
    ...[...assigned].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary)).map((a) => ({ id: a.partnerId ?? "", name: a.assigneeName })),
  ];
  const partner = partners[0];
  const included = contacts.filter((c) => options.mayInclude?.(c) ?? true);
  const recipients = recipientsFor(
    template.audience,
    included.map((c): RecipientContact => ({ name: c.name, email: c.email, type: c.type as RecipientContact["type"], role: c.role, partnerId: c.partnerId })),
    partner ? { id: partner.id, partnerCount: new Set(partners.map((p) => p.id)).size } : null,
  );
  const languageOf = new Map(included.flatMap((c) => (c.email ? [[c.email.toLowerCase(), c.surveyLanguage] as const] : [])));
  const language = options.language ?? emailLanguageFor(recipients.to.map((address) => languageOf.get(address) ?? null));
  const facts = {
    ...options.extraFacts,
    customer: { name: customerName },
    tenant: { name: tenant.name },
    services: listInWords(services.map((s) => (isServiceCode(s.service) ? serviceLabel(s.service) : s.service)), language),
    fm: fm ? { name: fm.displayName, email: fm.email } : {},
    partner: partner ? { name: partner.name } : {},
  };
  const composed = composeEmail(template, language, facts);
  const notes = [...recipients.notes];
  if (recipients.to.length === 0) notes.push(`Nobody to send it to: add ${template.audience === "account_team" ? "account team" : template.audience} contacts with an e-mail address.`);
  if (!fm) notes.push("The tenant has no primary FastTrack Manager to sign it.");
  return { ...composed, to: recipients.to, cc: recipients.cc, notes, fm: fm ? { name: fm.displayName, email: fm.email } : null };
}
