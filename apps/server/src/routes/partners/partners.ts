import { listPartners, type PartnerRow } from "@waymark/db";
import { type TPartner, ZCreatePartner, ZIdParams, ZPartner, ZPartnerList, ZPartnerListQuery, ZUpdatePartner } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { createPartner } from "../../commands/create-partner.ts";
import { updatePartner } from "../../commands/update-partner.ts";

export const presentPartner = (row: PartnerRow): TPartner => ({
  id: row.id,
  name: row.name,
  mpnId: row.mpnId,
  frpMember: row.frpMember,
  country: row.country,
  city: row.city,
  specialties: row.specialties,
  version: row.version,
});

/** Partner organisations: listed for assigning them and their people; registered by the portfolio managers. */
export function partnerRoutes(app: App) {
  app.get(
    "/api/partners",
    {
      schema: { tags: ["partners"], summary: "Partner organisations by name; a partner user sees only their own", querystring: ZPartnerListQuery, response: { 200: ZPartnerList } },
      config: { permission: "partner.read" },
    },
    async (request) => {
      const { q, limit, offset } = request.query;
      const { rows, total } = await listPartners(app.deps.db, { q, onlyId: actorOf(request).partnerId, limit, offset });
      return { items: rows.map(presentPartner), total, limit, offset };
    },
  );

  app.post(
    "/api/partners",
    {
      schema: { tags: ["partners"], summary: "Register a partner organisation (name, MPN id, FRP list membership, location, specialties)", body: ZCreatePartner, response: { 201: ZPartner } },
      config: { permission: "partner.manage" },
    },
    async (request, reply) => reply.status(201).send(presentPartner(await createPartner(app.deps, { actor: actorOf(request), input: request.body }))),
  );

  app.patch(
    "/api/partners/:id",
    {
      schema: {
        tags: ["partners"],
        summary: "Change a partner organisation (same rules as registering it); 409 when it changed since the version you read or its new MPN id is another partner's",
        params: ZIdParams,
        body: ZUpdatePartner,
        response: { 200: ZPartner },
      },
      config: { permission: "partner.manage" },
    },
    async (request) => presentPartner(await updatePartner(app.deps, { actor: actorOf(request), partnerId: request.params.id, input: request.body })),
  );
}
