import type { TContact, TCreateReferral, TProblem, TSubmittedReferral } from "@waymark/contracts";
import type { TReferralMatchParams } from "../../lib/api.ts";
import { formatDate } from "../../lib/format.ts";

export const REFERRAL_CONSENT_SCOPE = "share_contact_with_referral_partners";

export type ReferralForm = { need: string; serviceType: string; contactId: string; city: string };

/** ACM is its own kind of referral; every other need is a QuickLeads one. */
export function kindOfNeed(need: string): TCreateReferral["kind"] {
  return need === "acm" ? "acm" : "quickleads";
}

/** Partners reach the customer by e-mail, so only customer contacts with an address can be referred. */
export function referableContacts(contacts: readonly TContact[]): TContact[] {
  return contacts.filter((contact) => contact.type === "customer" && Boolean(contact.email?.trim()));
}

/** The preview's query, or undefined while the form cannot be matched yet (no need, or ACM without its service type). */
export function matchParams(form: ReferralForm): TReferralMatchParams | undefined {
  if (!form.need) return undefined;
  if (kindOfNeed(form.need) === "acm" && !form.serviceType) return undefined;
  return {
    need: form.need,
    serviceType: kindOfNeed(form.need) === "acm" ? form.serviceType : undefined,
    city: form.city.trim() || undefined,
    contactId: form.contactId || undefined,
  };
}

/** What the form is missing before it can be sent, by field. */
export function referralProblems(form: ReferralForm): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!form.need) problems.need = "Pick what the customer needs a partner for.";
  if (kindOfNeed(form.need) === "acm" && !form.serviceType) problems.serviceType = "Pick the ACM service the customer wants.";
  if (!form.contactId) problems.contactId = "Pick the customer contact the partners will reach.";
  return problems;
}

export function referralBody(form: ReferralForm): TCreateReferral {
  const kind = kindOfNeed(form.need);
  return {
    kind,
    need: form.need as TCreateReferral["need"],
    ...(kind === "acm" ? { serviceType: form.serviceType as NonNullable<TCreateReferral["serviceType"]> } : {}),
    contactId: form.contactId,
    ...(form.city.trim() ? { city: form.city.trim() } : {}),
  };
}

/** The refusal of a referral because the contact has not agreed (or withdrew) to share their details with partners. */
export function isMissingConsent(problem: Pick<TProblem, "code">): boolean {
  return problem.code === "consent_required";
}

/** The outcome of a submitted referral, in sentences. */
export function submittedLines(result: TSubmittedReferral): string[] {
  const names = result.referral.partners.map((partner) => partner.name);
  const notice =
    result.notice.status === "queued"
      ? `The customer's notice is queued to ${result.notice.to.join(", ")}.`
      : "The customer's notice failed: tell the customer yourself.";
  const due = result.referral.followUpDueOn ? ` A partner should contact the customer by ${formatDate(result.referral.followUpDueOn)}.` : "";
  const fewer = result.match.state === "enough" ? [] : [result.match.message];
  return [`Referral made to ${names.join(", ")}.${due}`, ...fewer, notice, ...result.notes];
}
