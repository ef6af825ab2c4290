import type { TContact, TCreateContact, TProblem, TUpdateContact } from "@waymark/contracts";

export type ContactType = TContact["type"];

export const CONTACT_TABS: readonly { type: ContactType; label: string; roleLabel: string }[] = [
  { type: "customer", label: "Customer", roleLabel: "Job title" },
  { type: "partner", label: "Partner", roleLabel: "Skill type" },
  { type: "microsoft", label: "Microsoft", roleLabel: "MS role" },
];

export function roleLabelOf(type: ContactType): string {
  return CONTACT_TABS.find((tab) => tab.type === type)?.roleLabel ?? "Role";
}

export function contactsOfType(contacts: readonly TContact[], type: ContactType): TContact[] {
  return contacts.filter((contact) => contact.type === type);
}

/** What the add / edit dialog holds: text as typed, so nothing is lost while it is invalid. */
export type ContactForm = {
  type: ContactType;
  name: string;
  email: string;
  phone: string;
  role: string;
  partner: { id: string; name: string } | null;
  isEngaged: boolean;
  doNotCall: boolean;
  doNotCallReason: string;
  surveyEligible: boolean;
  surveyLanguage: string;
  country: string;
  servicesDeployed: string[];
  wholeCustomer: boolean;
};

export function emptyContactForm(type: ContactType): ContactForm {
  return {
    type,
    name: "",
    email: "",
    phone: "",
    role: "",
    partner: null,
    isEngaged: false,
    doNotCall: false,
    doNotCallReason: "",
    surveyEligible: false,
    surveyLanguage: "",
    country: "",
    servicesDeployed: [],
    wholeCustomer: false,
  };
}

export function formOfContact(contact: TContact): ContactForm {
  return {
    type: contact.type,
    name: contact.name,
    email: contact.email ?? "",
    phone: contact.phone ?? "",
    role: contact.role ?? "",
    partner: contact.partner,
    isEngaged: contact.isEngaged,
    doNotCall: contact.doNotCall,
    doNotCallReason: contact.doNotCallReason ?? "",
    surveyEligible: contact.surveyEligible,
    surveyLanguage: contact.surveyLanguage ?? "",
    country: contact.country ?? "",
    servicesDeployed: [...contact.servicesDeployed],
    wholeCustomer: contact.level === "customer",
  };
}

const text = (value: string): string | null => (value.trim() ? value.trim() : null);

/** PDMs and PSEs of the account team look after one partner, so they carry it like a partner contact does. */
export function takesPartner(form: Pick<ContactForm, "type" | "role">): boolean {
  return form.type === "partner" || (form.type === "microsoft" && ["PDM", "PSE"].includes(form.role.trim().toUpperCase()));
}

function fields(form: ContactForm) {
  const customer = form.type === "customer";
  return {
    type: form.type,
    name: form.name.trim(),
    email: text(form.email),
    phone: text(form.phone),
    role: text(form.role),
    partnerId: takesPartner(form) ? (form.partner?.id ?? null) : null,
    isEngaged: form.isEngaged,
    doNotCall: customer && form.doNotCall,
    doNotCallReason: customer && form.doNotCall ? text(form.doNotCallReason) : null,
    surveyEligible: form.surveyEligible,
    surveyLanguage: text(form.surveyLanguage),
    country: text(form.country)?.toUpperCase() ?? null,
    servicesDeployed: form.servicesDeployed as TCreateContact["servicesDeployed"],
  };
}

export function createBody(form: ContactForm): TCreateContact {
  return { ...fields(form), wholeCustomer: form.wholeCustomer };
}

export function updateBody(form: ContactForm, version: number): TUpdateContact {
  return { version, ...fields(form) };
}

/**
 * What a survey-eligible contact still lacks, by field, as the server's rule says it (customer, engaged, e-mail,
 * country, survey language, at least one service); empty when it is not survey eligible or lacks nothing.
 */
export function surveyGaps(form: ContactForm): Partial<Record<keyof ContactForm, string>> {
  if (!form.surveyEligible) return {};
  const gaps: Partial<Record<keyof ContactForm, string>> = {};
  if (form.type !== "customer") gaps.type = "Only customer contacts are surveyed.";
  if (!form.isEngaged) gaps.isEngaged = "Tick Is engaged.";
  if (!form.email.trim()) gaps.email = "Add the e-mail address the survey goes to.";
  if (!form.country.trim()) gaps.country = "Add the country.";
  if (!form.surveyLanguage.trim()) gaps.surveyLanguage = "Add the survey language.";
  if (form.servicesDeployed.length === 0) gaps.servicesDeployed = "Tick at least one service deployed or migrated.";
  return gaps;
}

/** Problems the dialog can see before asking the server. */
export function localContactProblems(form: ContactForm): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!form.name.trim()) problems.name = "Give the contact's name.";
  if (form.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim())) problems.email = "Use an e-mail address like name@example.com.";
  if (form.country.trim() && !/^[A-Za-z]{2}$/.test(form.country.trim())) problems.country = "Use the two-letter country code, e.g. DE.";
  if (form.type === "customer" && form.doNotCall && !form.doNotCallReason.trim()) problems.doNotCallReason = "Say why this person must not be called.";
  return problems;
}

/** The server's field problems ("/body/email") by field name, messages of one field joined. */
export function fieldProblemsOf(problem: Pick<TProblem, "errors"> | null): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const error of problem?.errors ?? []) {
    const field = error.path.replace(/^\/?(body|query)\/?/, "").split(/[/.]/)[0] || "form";
    byField[field] = byField[field] ? `${byField[field]} ${error.message}` : error.message;
  }
  return byField;
}

const LABELS: Partial<Record<keyof ContactForm, string>> = {
  name: "Name",
  email: "E-mail",
  phone: "Phone",
  role: "Role",
  isEngaged: "Is engaged",
  doNotCall: "Do not call",
  doNotCallReason: "Do-not-call reason",
  surveyEligible: "Survey eligible",
  surveyLanguage: "Survey language",
  country: "Country",
  servicesDeployed: "Services",
};

/**
 * After a 409: the contact as it is now with the user's own edits (what they changed from what they opened) applied on
 * top, so a reload loses neither their typing nor the other person's change; `overridden` names the fields both changed.
 */
export function reapply(opened: ContactForm, typed: ContactForm, current: TContact): { form: ContactForm; overridden: string[] } {
  const theirs = formOfContact(current);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const form = { ...theirs };
  const overridden: string[] = [];
  for (const key of Object.keys(typed) as (keyof ContactForm)[]) {
    if (same(typed[key], opened[key])) continue;
    (form as Record<keyof ContactForm, unknown>)[key] = typed[key];
    if (!same(theirs[key], opened[key]) && !same(theirs[key], typed[key])) overridden.push(LABELS[key] ?? key);
  }
  return { form, overridden };
}

/** "Tenant" or "Whole customer": where the contact is recorded. */
export function levelWord(contact: Pick<TContact, "level">): string {
  return contact.level === "customer" ? "Whole customer" : "Tenant";
}

type Entry = { code: string; label: string };

/**
 * The services to tick: the tenant's own, plus any the contact already lists; every service when the tenant has none
 * recorded yet (the full list is long, and a contact's services are nearly always the tenant's).
 */
export function serviceChoices(tenantServices: readonly Entry[], catalog: readonly Entry[], ticked: readonly string[]): Entry[] {
  if (tenantServices.length === 0) return [...catalog];
  const extra = ticked.filter((code) => !tenantServices.some((entry) => entry.code === code));
  return [...tenantServices, ...extra.map((code) => catalog.find((entry) => entry.code === code) ?? { code, label: code })];
}
