import { listPartners, type PartnerRow } from "@waymark/db";
import { type TPartner, ZCreatePartner, ZPartner, ZPartnerList, ZPartnerListQuery } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { createPartner } from "../../commands/create-partner.ts";

const presentPartner = (row: PartnerRow): TPartner => ({
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
}
