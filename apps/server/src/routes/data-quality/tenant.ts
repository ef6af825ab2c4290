import { refreshTenantDataQuality } from "@waymark/db";
import { ZIdParams, ZTenantDataQuality } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { notFound } from "../../errors.ts";
import { findVisibleTenant } from "../../policies/visibility.ts";

export function tenantDataQualityRoute(app: App) {
  app.get(
    "/api/tenants/:id/data-quality",
    {
      schema: {
        tags: ["data-quality"],
        summary: "A tenant's data-quality findings, worst first: what is wrong, what to do, and a link to the field",
        params: ZIdParams,
        response: { 200: ZTenantDataQuality },
      },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const tenant = await findVisibleTenant(app.deps.db, actorOf(request), request.params.id);
      const report = await refreshTenantDataQuality(app.deps.db, tenant.id, app.deps.now());
      if (!report) throw notFound("The tenant");
      return { tenantId: tenant.id, tenantName: tenant.name, today: report.today, findings: report.findings };
    },
  );
}
