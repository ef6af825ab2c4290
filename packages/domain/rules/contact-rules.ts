// What makes a contact record complete enough to act on (reference/ftop-user-guide/detailed-tenant-view-contacts-tab.md,
// reference/ftop-partner-user-guide/assigned-tenant-list.md): a survey-eligible contact is an engaged customer with an
// e-mail, a country, a survey language and at least one service deployed or migrated; "do not call" needs its reason
// and belongs to customer contacts; a partner organisation belongs to partner contacts and to the account team's PDMs and
// PSEs, who look after one partner (seed 003 copies them only on their own partner's e-mails).

export type ContactFacts = {
  type: "customer" | "partner" | "microsoft";
  email: string | null;
  isEngaged: boolean;
  doNotCall: boolean;
  doNotCallReason: string | null;
  surveyEligible: boolean;
  surveyLanguage: string | null;
  country: string | null;
  servicesDeployed: readonly string[];
  partnerId: string | null;
  /** MS role of an account team member (ATS, SSP, PDM, PSE, ...). */
  role: string | null;
};

const PARTNER_FACING_ROLES = new Set(["PDM", "PSE"]);

export type ContactProblem = { field: keyof ContactFacts; message: string };

export function contactProblems(contact: ContactFacts): ContactProblem[] {
  const problems: ContactProblem[] = [];
  if (contact.surveyEligible) {
    const survey = (field: keyof ContactFacts, message: string) => problems.push({ field, message: `A survey-eligible contact ${message}.` });
    if (contact.type !== "customer") survey("type", "is a customer contact; untick Survey eligible for partners and the account team");
    if (!contact.isEngaged) survey("isEngaged", "is engaged: tick Is engaged");
    if (!contact.email) survey("email", "needs an e-mail address, where the survey goes");
    if (!contact.country) survey("country", "needs a country");
    if (!contact.surveyLanguage) survey("surveyLanguage", "needs the survey language");
    if (contact.servicesDeployed.length === 0) survey("servicesDeployed", "needs at least one service deployed or migrated (surveys are per service)");
  }
  if (contact.doNotCall && contact.type !== "customer") {
    problems.push({ field: "doNotCall", message: "Do not call is for customer contacts; partners and the account team have no such flag." });
  }
  if (contact.doNotCall && !contact.doNotCallReason?.trim()) {
    problems.push({ field: "doNotCallReason", message: "Say why this person must not be called." });
  }
  const partnerFacing = contact.type === "microsoft" && PARTNER_FACING_ROLES.has((contact.role ?? "").trim().toUpperCase());
  if (contact.partnerId && contact.type !== "partner" && !partnerFacing) {
    problems.push({
      field: "partnerId",
      message: "Only partner contacts and the account team's PDMs and PSEs belong to a partner organisation; make it a partner contact, give the role PDM or PSE, or remove the partner.",
    });
  }
  return problems;
}

/**
 * Seed 003, Contact Account Team: customer contact details the account team gives wait until the Contact Customer
 * step. A customer contact recorded while the Gateway engages the tenant and before that step is kept aside until it.
 */
export function awaitsCustomerStep(type: ContactFacts["type"], stage: { engaging: boolean; customerStepTaken: boolean }): boolean {
  return type === "customer" && stage.engaging && !stage.customerStepTaken;
}
