import { Readable } from "node:stream";
import { streamAuditEvents } from "@waymark/db";
import { ZAuditExportQuery } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { presentAuditEvent } from "../../presenters/audit.ts";

/** The whole audit trail (or a period, or one tenant's) as newline-delimited JSON, streamed oldest first. */
export function auditExportRoute(app: App) {
  app.get(
    "/api/audit/export",
    {
      schema: {
        tags: ["audit"],
        summary: "Stream the audit trail as NDJSON (one event per line, oldest first): administrators only",
        querystring: ZAuditExportQuery,
      },
      config: { permission: "audit.export" },
    },
    async (request, reply) => {
      const { from, to, tenantId } = request.query;
      async function* lines() {
        for await (const row of streamAuditEvents(app.deps.db, { from, to, tenantId })) yield `${JSON.stringify(presentAuditEvent(row))}\n`;
      }
      reply.header("content-type", "application/x-ndjson; charset=utf-8");
      reply.header("content-disposition", 'attachment; filename="waymark-audit.ndjson"');
      return reply.send(Readable.from(lines()));
    },
  );
}
