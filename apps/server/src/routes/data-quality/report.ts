import { findUserById, reportDataQuality } from "@waymark/db";
import { ZDataQualityQuery, ZDataQualityReport } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { notFound } from "../../errors.ts";
import { visibilityOf } from "../../policies/visibility.ts";
import { presentDataQualityReport } from "./present.ts";

export function dataQualityReportRoute(app: App) {
  app.get(
    "/api/data-quality",
    {
      schema: {
        tags: ["data-quality"],
        summary: "Data-quality report of your FM tenants, your team's (where you are a Regional Manager), another FM's, or every tenant you may read: counts per check and the worst tenants, a page at a time",
        querystring: ZDataQualityQuery,
        response: { 200: ZDataQualityReport },
      },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const actor = actorOf(request);
      const { scope, fmId, check, service, region, limit, cursor } = request.query;
      const fmUserId = scope === "mine" ? actor.userId : scope === "fm" ? fmId : undefined;
      if (scope === "fm" && fmId && !(await findUserById(app.deps.db, fmId))) throw notFound("The FM user");
      const now = app.deps.now();
      const report = await reportDataQuality(app.deps.db, {
        scope: { visibility: visibilityOf(actor), fmUserId, managerUserId: scope === "team" ? actor.userId : undefined },
        filter: { region, service },
        check,
        limit,
        after: cursor,
        now,
      });
      return presentDataQualityReport(report, { scope, fmId: fmUserId ?? null });
    },
  );
}
