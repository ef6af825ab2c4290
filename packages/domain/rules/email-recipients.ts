// Who an outreach e-mail goes to and who is copied, from seed 003 (Initial Customer Engagement):
// - Account Team Contact: all account team contacts; but with more than one partner and more than one PDM/PSE, the
//   PDM/PSEs are left out (the account team is asked which partner it is).
// - Partner Contact: the partner's contacts; the account team copied, of the PDM/PSEs only those of this partner.
// - Customer Contacts: the customer's contacts; the account team copied without PDM/PSEs; never a partner.

export type Audience = "account_team" | "partner" | "customer";

export type RecipientContact = {
  name: string;
  email: string | null;
  type: "customer" | "partner" | "microsoft";
  /** MS role for the account team (ATS, SSP, PDM, PSE, CSM, ...). */
  role: string | null;
  partnerId: string | null;
};

export type Recipients = { to: string[]; cc: string[]; notes: string[] };

const PARTNER_FACING_ROLES = new Set(["PDM", "PSE"]);
const isPartnerFacing = (contact: RecipientContact) => PARTNER_FACING_ROLES.has((contact.role ?? "").trim().toUpperCase());
const addresses = (contacts: RecipientContact[]) => [...new Set(contacts.flatMap((c) => (c.email ? [c.email.toLowerCase()] : [])))];

/** The addresses for an outreach e-mail, with notes on whom the rules left out and why. */
export function recipientsFor(audience: Audience, contacts: readonly RecipientContact[], partner: { id: string; partnerCount: number } | null): Recipients {
  const accountTeam = contacts.filter((c) => c.type === "microsoft");
  const notes: string[] = [];
  const withoutAddress = (group: RecipientContact[], what: string) => {
    const missing = group.filter((c) => !c.email).map((c) => c.name);
    if (missing.length > 0) notes.push(`${missing.join(", ")} (${what}) ${missing.length === 1 ? "has" : "have"} no e-mail address.`);
  };
  if (audience === "account_team") {
    const partnerFacing = accountTeam.filter(isPartnerFacing);
    const leaveOut = (partner?.partnerCount ?? 0) > 1 && partnerFacing.length > 1;
    if (leaveOut) notes.push(`The PDM/PSEs (${partnerFacing.map((c) => c.name).join(", ")}) are left out: with several partners, ask the account team which one it is, or write to each PDM/PSE separately.`);
    const to = leaveOut ? accountTeam.filter((c) => !isPartnerFacing(c)) : accountTeam;
    withoutAddress(to, "account team");
    return { to: addresses(to), cc: [], notes };
  }
  if (audience === "partner") {
    const partnerContacts = contacts.filter((c) => c.type === "partner" && (partner === null || c.partnerId === null || c.partnerId === partner.id));
    const copied = accountTeam.filter((c) => !isPartnerFacing(c) || (partner !== null && c.partnerId === partner.id));
    withoutAddress(partnerContacts, "partner");
    return { to: addresses(partnerContacts), cc: addresses(copied).filter((a) => !addresses(partnerContacts).includes(a)), notes };
  }
  const customers = contacts.filter((c) => c.type === "customer");
  const copied = accountTeam.filter((c) => !isPartnerFacing(c));
  withoutAddress(customers, "customer");
  return { to: addresses(customers), cc: addresses(copied), notes };
}
