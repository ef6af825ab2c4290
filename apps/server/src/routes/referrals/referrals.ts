import { ZCreateReferral, ZIdParams, ZReferral, ZReferralMatch, ZReferralMatchQuery, ZSubmittedReferral } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { previewReferralMatch } from "../../commands/preview-referral-match.ts";
import { recordPartnerContact } from "../../commands/record-partner-contact.ts";
import { submitReferral } from "../../commands/submit-referral.ts";
import { presentReferral } from "../../presenters/referrals.ts";

/** QuickLeads and ACM partner referrals (seed 004 steps 2 and 13). */
export function referralRoutes(app: App) {
  app.get(
    "/api/tenants/:id/referral-matches",
    {
      schema: {
        tags: ["referrals"],
        summary: "The partners a referral would go to now, by location and specialty, each with why, and whether that is 3, fewer or none; changes nothing",
        params: ZIdParams,
        querystring: ZReferralMatchQuery,
        response: { 200: ZReferralMatch },
      },
      config: { permission: "tenant.read" },
    },
    async (request) => previewReferralMatch(app.deps.db, actorOf(request), request.params.id, request.query),
  );

  app.post(
    "/api/tenants/:id/referrals",
    {
      schema: {
        tags: ["referrals"],
        summary: "Refer the customer to up to 3 partners: needs the contact's consent to share their details; tells the customer and starts the 3-business-day wait",
        params: ZIdParams,
        body: ZCreateReferral,
        response: { 201: ZSubmittedReferral },
      },
      config: { permission: "service.update" },
    },
    async (request, reply) => reply.status(201).send(await submitReferral(app.deps, { actor: actorOf(request), tenantId: request.params.id, input: request.body })),
  );

  app.post(
    "/api/referrals/:id/partner-contact",
    {
      schema: { tags: ["referrals"], summary: "A referred partner contacted the customer: the wait for it stops", params: ZIdParams, response: { 200: ZReferral } },
      config: { permission: "service.update" },
    },
    async (request) => presentReferral(await recordPartnerContact(app.deps, { actor: actorOf(request), referralId: request.params.id })),
  );
}
