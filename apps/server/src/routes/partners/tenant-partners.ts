import { ZIdParams, ZLinkTenantPartner, ZTenantPartnerParams, ZTenantPartners, ZUnlinkTenantPartnerQuery } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { linkTenantPartner, showTenantPartners, unlinkTenantPartner } from "../../commands/tenant-partners.ts";

/** FTOP's Partners tab: the partner organisations of a tenant; a partner user sees and changes only their own. */
export function tenantPartnerRoutes(app: App) {
  app.get(
    "/api/tenants/:id/partners",
    {
      schema: {
        tags: ["partners"],
        summary: "A tenant's partner organisations (name, MPN id or \"N/A\", FRP membership, desires assistance), or \"No Partner Identified\"",
        params: ZIdParams,
        response: { 200: ZTenantPartners },
      },
      config: { permission: "tenant.read" },
    },
    async (request) => showTenantPartners(app.deps, { actor: actorOf(request), tenantId: request.params.id }),
  );

  app.post(
    "/api/tenants/:id/partners",
    {
      schema: {
        tags: ["partners"],
        summary: "Add a partner organisation to the tenant, or set whether the customer desires its assistance (201 when added)",
        params: ZIdParams,
        body: ZLinkTenantPartner,
        response: { 200: ZTenantPartners, 201: ZTenantPartners },
      },
      config: { permission: "contact.write" },
    },
    async (request, reply) => {
      const { partners, created } = await linkTenantPartner(app.deps, { actor: actorOf(request), tenantId: request.params.id, input: request.body });
      return reply.status(created ? 201 : 200).send(partners);
    },
  );

  app.delete(
    "/api/tenants/:id/partners/:partnerId",
    {
      schema: {
        tags: ["partners"],
        summary: "Remove a partner organisation from the tenant with the reason, and its people from the tenant's contacts",
        params: ZTenantPartnerParams,
        querystring: ZUnlinkTenantPartnerQuery,
        response: { 200: ZTenantPartners },
      },
      config: { permission: "contact.write" },
    },
    async (request) => unlinkTenantPartner(app.deps, { actor: actorOf(request), tenantId: request.params.id, partnerId: request.params.partnerId, reason: request.query.reason }),
  );
}
