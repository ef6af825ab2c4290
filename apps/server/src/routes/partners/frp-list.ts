import { ZFrpListImportQuery, ZFrpListPreview, ZFrpListPreviewBody } from "@waymark/contracts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { importFrpList, previewFrpList } from "../../commands/import-frp-list.ts";

const CSV_BODY_LIMIT = 4 * 1024 * 1024;
const FILE = "Send the file as text/csv (or JSON {csv}) with the columns Partner Name, MPN ID, Country, City, Specialties (separated by \";\"). ";
const csvOf = (body: string | { csv: string }) => (typeof body === "string" ? body : body.csv);

/** The FastTrack Ready Partner list: previewed, then imported exactly as previewed. */
export function frpListRoutes(app: App) {
  // Scoped: only these routes read text/csv bodies.
  app.register(async (plugin) => {
    const scope = plugin as App;
    scope.addContentTypeParser("text/csv", { parseAs: "string", bodyLimit: CSV_BODY_LIMIT }, (_request, body, done) => done(null, body));
    scope.post(
      "/api/partners/frp-list/preview",
      {
        bodyLimit: CSV_BODY_LIMIT,
        schema: {
          tags: ["partners"],
          summary: "What importing the FastTrack Ready Partner list would do: partners added, updated (what changes), leaving the list, and every bad line",
          description: `${FILE}Partners are matched by MPN ID. Changes nothing; the answer's previewFingerprint confirms the import.`,
          consumes: ["text/csv", "application/json"],
          body: ZFrpListPreviewBody,
          response: { 200: ZFrpListPreview },
        },
        config: { permission: "partner.manage" },
      },
      async (request) => previewFrpList(scope.deps, { csv: csvOf(request.body) }),
    );
    scope.post(
      "/api/partners/frp-list",
      {
        bodyLimit: CSV_BODY_LIMIT,
        schema: {
          tags: ["partners"],
          summary: "Import the FastTrack Ready Partner list exactly as previewed, all of it or nothing",
          description: `${FILE}Pass the preview's fingerprint; 409 with the new preview when the partners changed since, 422 listing every bad line.`,
          consumes: ["text/csv", "application/json"],
          body: ZFrpListPreviewBody,
          querystring: ZFrpListImportQuery,
          response: { 200: ZFrpListPreview },
        },
        config: { permission: "partner.manage" },
      },
      async (request) => importFrpList(scope.deps, { actor: actorOf(request), csv: csvOf(request.body), previewFingerprint: request.query.previewFingerprint }),
    );
  });
}
