// What makes a contact record complete enough to act on (reference/ftop-user-guide/detailed-tenant-view-contacts-tab.md,
// reference/ftop-partner-user-guide/assigned-tenant-list.md): a survey-eligible contact is an engaged customer with an
// e-mail, a country, a survey language and at least one service deployed or migrated; "do not call" needs its reason
// and belongs to customer contacts; a partner organisation belongs to partner contacts.

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
};

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
  if (contact.partnerId && contact.type !== "partner") {
    problems.push({ field: "partnerId", message: "Only a partner contact belongs to a partner organisation; make it a partner contact or remove the partner." });
  }
  return problems;
}
