import {
  type ContactRow,
  enqueueOutboxMail,
  type Executor,
  findContact,
  findStandingConsent,
  findTenant,
  insertAuditEvents,
  insertReferral,
  type ReferralRow,
  type TenantWithCustomer,
} from "@waymark/db";
import type { TCreateReferral, TSubmittedReferral } from "@waymark/contracts";
import { type Effect, emailLanguageFor, emailTemplateByCode, listInWords, REFERRAL_NEEDS, referralNeedInWords } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError } from "../errors.ts";
import { assertMayWriteTenant, visibilityOf } from "../policies/visibility.ts";
import { presentReferral } from "../presenters/referrals.ts";
import { auditEvent } from "./audit.ts";
import { lockFoundTenant } from "./lock-tenant.ts";
import { assertReferralRequest, matchPartnersFor } from "./match-referral-partners.ts";
import { libraryOf, runPlaybooks } from "./run-playbooks.ts";
import { composeTenantEmail } from "./tenant-email.ts";

export const REFERRAL_CONSENT_SCOPE = "share_contact_with_referral_partners";
const NOTICE_TEMPLATES = { acm: "acm_referral_notice", quickleads: "partner_referral_notice" } as const;
const TIMER_KEYS = { acm: "acm-partner-contact", quickleads: "quickleads-partner-contact" } as const;

const refuse = (message: string, path = "/body/contactId") => new AppError("validation_failed", message, { errors: [{ path, message }] });

/** The contact the partners will reach: a customer contact of this tenant (or its customer) with an e-mail address. */
export async function referredContact(tx: Executor, tenant: TenantWithCustomer, contactId: string, path = "/body/contactId"): Promise<ContactRow> {
  const contact = await findContact(tx, contactId);
  if (!contact || contact.customerId !== tenant.customerId || (contact.tenantId !== null && contact.tenantId !== tenant.id)) {
    throw refuse(`There is no contact ${contactId} on ${tenant.name} or its customer: pick one from the tenant's contacts.`, path);
  }
  if (contact.type !== "customer") throw refuse(`${contact.name} is a ${contact.type} contact: a referral goes to a customer contact, whom the partners will reach.`, path);
  if (!contact.email?.trim()) throw refuse(`${contact.name} has no e-mail address: add one to the contact, so the partners can reach them and they get the referral notice.`, path);
  return contact;
}

/** The contact's standing consent to share their details with referral partners (seed 004 step 13: verbal approval). */
async function standingConsent(tx: Executor, contact: ContactRow) {
  const consent = await findStandingConsent(tx, contact.id, REFERRAL_CONSENT_SCOPE);
  if (consent) return consent;
  throw new AppError(
    "consent_required",
    `${contact.name} has not agreed to share their contact details with referral partners (or withdrew it): ask them, record their agreement as a consent on the contact (scope "${REFERRAL_CONSENT_SCOPE}", how and in what words they agreed), then submit the referral again.`,
    { errors: [{ path: "/body/contactId", message: "no standing consent to share their contact details with referral partners" }] },
  );
}

/**
 * Referring a customer to partners is the FastTrack Manager's step (task 983); a partner user, one of the partners
 * a referral could go to, neither makes one nor records how one went. 404 before 403: no existence leak.
 */
export async function assertMayRefer(tx: Executor, actor: UserActor, tenantId: string): Promise<TenantWithCustomer> {
  const tenant = await findTenant(tx, tenantId, visibilityOf(actor));
  if (tenant && actor.partnerId) throw new AppError("forbidden", `Partner referrals for ${tenant.name} are made and followed up by its FastTrack Manager, not by partner users.`);
  return assertMayWriteTenant(tx, actor, tenant);
}

function assertKindFitsNeed(input: TCreateReferral) {
  if ((input.kind === "acm") !== (input.need === "acm")) {
    throw refuse(input.kind === "acm" ? "An ACM referral has need acm." : "need acm is an ACM referral: send kind acm.", "/body/need");
  }
}

/** The e-mail telling the customer contact a referral was made, in their language, signed by the primary FM. */
async function enqueueNotice(tx: Executor, deps: Deps, o: { tenant: TenantWithCustomer; contact: ContactRow; referral: ReferralRow; kind: TCreateReferral["kind"] }) {
  const code = NOTICE_TEMPLATES[o.kind];
  const template = emailTemplateByCode(code);
  if (!template) throw new AppError("internal", `The e-mail template ${code} is missing from this deployment.`);
  const to = [o.contact.email?.trim() ?? ""].filter(Boolean);
  const language = emailLanguageFor([o.contact.surveyLanguage]);
  const need = referralNeedInWords(o.referral.need, language) ?? REFERRAL_NEEDS.find((n) => n.code === o.referral.need)?.label ?? o.referral.need;
  const referral = { partners: listInWords(o.referral.partners.map((p) => p.name), language), need };
  const mail = await composeTenantEmail(tx, o.tenant, template, { language, extraFacts: { referral } });
  const fix = mail.missing.some((m) => m.startsWith("fm.")) ? (mail.fm ? "add an e-mail address to the primary FastTrack Manager's account" : "assign the tenant a primary FastTrack Manager") : "fill them in";
  const problem = mail.missing.length > 0 ? `it lacks ${mail.missing.join(", ")}: ${fix}, and tell the customer yourself` : null;
  const queued = await enqueueOutboxMail(tx, {
    tenant: o.tenant,
    template: code,
    to,
    replyTo: mail.fm?.email ?? null,
    subject: mail.subject,
    body: mail.body,
    idempotencyKey: `referral:${o.referral.id}:notice`,
    ruleId: null,
    mailDomain: deps.mailDomain,
    problem,
  });
  return { messageId: queued.id, to, status: problem ? ("failed" as const) : ("queued" as const), problem };
}

/**
 * Submits a QuickLeads or ACM partner referral for a tenant's customer contact: refused without their standing
 * consent to share their details; matched to up to 3 partners by location and specialty (none: refused); stored
 * with why each partner was matched; the customer told by e-mail through the outbox; and the playbook told, so task
 * 983 completes and the 3-business-day wait for a partner's call starts. One transaction: all of it or nothing.
 */
export async function submitReferral(deps: Deps, options: { actor: UserActor; tenantId: string; input: TCreateReferral }): Promise<TSubmittedReferral> {
  const { actor, input } = options;
  assertKindFitsNeed(input);
  assertReferralRequest(input, "body");
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const tenant = await assertMayRefer(tx, actor, options.tenantId);
    const locked = await lockFoundTenant(tx, tenant.id);
    const contact = await referredContact(tx, tenant, input.contactId);
    const consent = await standingConsent(tx, contact);
    const match = await matchPartnersFor(tx, input, contact.country ?? tenant.country);
    if (match.state === "none") throw refuse(match.message, "/body/need");
    const names = match.partners.map((p) => p.name);
    const event =
      input.kind === "acm"
        ? { type: "acm.referral_submitted", data: { serviceType: input.serviceType, piiConsent: true, partners: names } }
        : { type: "quickleads.referral_submitted", data: { need: input.need, piiConsent: true, partners: names } };
    const effects = await runPlaybooks(tx, { actor, tenant: locked, event, now, library: libraryOf(deps), timerQueue: deps.timerQueue, mailDomain: deps.mailDomain, reason: `Partner referral to ${names.join(", ")}` });
    const timer = effects.find((e): e is Extract<Effect, { kind: "start_timer" }> => e.kind === "start_timer" && e.key === TIMER_KEYS[input.kind]);
    const referral = await insertReferral(tx, {
      tenantId: tenant.id,
      customerId: tenant.customerId,
      kind: input.kind,
      need: input.need,
      serviceType: input.serviceType ?? null,
      contactId: contact.id,
      consentId: consent.id,
      partners: match.partners,
      followUpDueOn: timer?.dueDate ?? null,
      createdById: actor.userId,
      createdAt: now,
    });
    const notice = await enqueueNotice(tx, deps, { tenant, contact, referral, kind: input.kind });
    await insertAuditEvents(tx, [
      auditEvent(actor, "referral.submitted", { type: "referral", id: referral.id }, { tenantId: tenant.id, customerId: tenant.customerId }, {
        after: { kind: referral.kind, need: referral.need, serviceType: referral.serviceType, contactId: contact.id, consentId: consent.id, partners: referral.partners, followUpDueOn: referral.followUpDueOn },
        reason: match.message,
      }),
    ]);
    const notes: string[] = [];
    if (!timer) notes.push(`The tenant's General Engagement playbook runs a version that does not follow ${input.kind === "acm" ? "ACM" : "QuickLeads"} referrals: no follow-up timer was started; upgrade the playbook to have one.`);
    if (notice.problem) notes.push(`The notice to ${contact.name} is stored as failed, not sent: ${notice.problem}.`);
    const { partners: _matched, ...matchSummary } = match;
    return { referral: presentReferral(referral), match: matchSummary, notice: { messageId: notice.messageId, to: notice.to, status: notice.status }, notes };
  });
}
