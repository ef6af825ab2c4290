import { ZConsent, ZConsentList, ZIdParams, ZRecordConsent } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { listConsents, recordConsent, withdrawContactConsent } from "../../commands/consents.ts";
import { presentConsent } from "../../presenters/referrals.ts";

/** What a contact agreed to (e.g. sharing their details with referral partners): read with the contact, kept by those who may change it. */
export function consentRoutes(app: App) {
  app.get(
    "/api/contacts/:id/consents",
    {
      schema: { tags: ["contacts"], summary: "A contact's consents, newest first, withdrawn ones included", params: ZIdParams, response: { 200: ZConsentList } },
      config: { permission: "tenant.read" },
    },
    async (request) => ({ items: (await listConsents(app.deps, { actor: actorOf(request), contactId: request.params.id })).map(presentConsent) }),
  );

  app.post(
    "/api/contacts/:id/consents",
    {
      schema: {
        tags: ["contacts"],
        summary: "Record what the contact agreed to, how (verbal, written, e-mail) and when, in the words used",
        params: ZIdParams,
        body: ZRecordConsent,
        response: { 201: ZConsent },
      },
      config: { permission: "contact.write" },
    },
    async (request, reply) => reply.status(201).send(presentConsent(await recordConsent(app.deps, { actor: actorOf(request), contactId: request.params.id, input: request.body }))),
  );

  app.post(
    "/api/consents/:id/withdrawal",
    {
      schema: { tags: ["contacts"], summary: "Withdraw a consent: referrals made stay, new ones need a fresh consent", params: ZIdParams, response: { 200: ZConsent } },
      config: { permission: "contact.write" },
    },
    async (request) => presentConsent(await withdrawContactConsent(app.deps, { actor: actorOf(request), consentId: request.params.id })),
  );
}
