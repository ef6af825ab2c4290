import { ZUsageImport, ZUsageImportResult } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { importUsage } from "../../commands/import-usage.ts";

/** Room for the row limit (100,000 rows of about 80 bytes); the app's default of 2 MiB is for ordinary requests. */
const CSV_BODY_LIMIT = 16 * 1024 * 1024;

export function importUsageRoute(app: App) {
  // Scoped: only this route reads text/csv bodies.
  app.register(async (plugin) => {
    const scope = plugin as App;
    scope.addContentTypeParser("text/csv", { parseAs: "string", bodyLimit: CSV_BODY_LIMIT }, (_request, body, done) => done(null, body));
    scope.post(
      "/api/usage/imports",
      {
        bodyLimit: CSV_BODY_LIMIT,
        schema: {
          tags: ["usage"],
          summary: "Import daily active users from a CSV file (tenant, service, day, active_users, entitlements): all rows or none",
          description:
            "Send the file as text/csv, or as JSON {csv}. Every row is checked first; any bad row gets 422 listing each problem " +
            "with its row (1 = first data row) and column, and nothing is stored. Importing the same file again changes nothing. " +
            "At most 100,000 rows per file.",
          consumes: ["text/csv", "application/json"],
          body: ZUsageImport,
          response: { 200: ZUsageImportResult },
        },
        config: { permission: "service.update" },
      },
      async (request) =>
        importUsage(scope.deps, { actor: actorOf(request), csv: typeof request.body === "string" ? request.body : request.body.csv }),
    );
  });
}
