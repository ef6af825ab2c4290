import type { Executor, TenantWithCustomer } from "@waymark/db";
import type { TEmailPreview } from "@waymark/contracts";
import { type EmailLanguage, emailTemplateByCode } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import { AppError } from "../errors.ts";
import { maySeeAssigneeOf } from "../policies/partner.ts";
import { composeTenantEmail } from "./tenant-email.ts";

/** The e-mail a template makes for this tenant now: its text filled from the tenant, and its recipients from the contacts. */
export async function previewEmail(db: Executor, actor: UserActor, tenant: TenantWithCustomer, code: string, language: EmailLanguage): Promise<TEmailPreview> {
  const template = emailTemplateByCode(code);
  if (!template) throw new AppError("not_found", `There is no e-mail template ${code}.`);
  const email = await composeTenantEmail(db, tenant, template, { language, mayInclude: (c) => maySeeAssigneeOf(actor, c.partnerId) });
  return {
    template: { code: template.code, label: template.label, audience: template.audience, repliesTo: template.repliesTo ?? null },
    language: email.language,
    subject: email.subject,
    body: email.body,
    to: email.to,
    cc: email.cc,
    missing: email.missing,
    notes: email.notes,
  };
}
