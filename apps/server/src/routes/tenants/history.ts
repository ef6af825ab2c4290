import { listAuditEventsOfTenant } from "@waymark/db";
import { ZAuditList, ZIdParams } from "@waymark/contracts";
import { z } from "zod";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { maySeeAuditEventOf } from "../../policies/partner.ts";
import { findVisibleTenant } from "../../policies/visibility.ts";
import { presentAuditEvent } from "../../presenters/audit.ts";

export function tenantHistoryRoute(app: App) {
  app.get(
    "/api/tenants/:id/history",
    {
      schema: {
        tags: ["tenants"],
        summary: "Audit events of a tenant, newest first",
        params: ZIdParams,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) }),
        response: { 200: ZAuditList },
      },
      config: { permission: "audit.read" },
    },
    async (request) => {
      const actor = actorOf(request);
      const tenant = await findVisibleTenant(app.deps.db, actor, request.params.id);
      const rows = await listAuditEventsOfTenant(app.deps.db, tenant.id, request.query.limit);
      return { items: rows.filter((row) => maySeeAuditEventOf(actor, row)).map(presentAuditEvent) };
    },
  );
}
