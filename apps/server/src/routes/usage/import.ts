import { PassThrough } from "node:stream";
import { ZUsageImport, ZUsageImportResult, type TUsageImportProgress } from "@waymark/contracts";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { importUsage } from "../../commands/import-usage.ts";
import { AppError, problemOf } from "../../errors.ts";

/** Room for the row limit (100,000 rows of about 80 bytes); the app's default of 2 MiB is for ordinary requests. */
const CSV_BODY_LIMIT = 16 * 1024 * 1024;
const NDJSON = "application/x-ndjson";

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
            "At most 100,000 rows per file.\n\n" +
            `Progress: with \`Accept: ${NDJSON}\` the answer is 200 with one JSON object per line: ` +
            '`{"type":"progress","phase":"checking"|"storing","done":n,"total":N}` every few thousand rows, then exactly one last line, ' +
            '`{"type":"result",…}` (the JSON answer below) or `{"type":"problem",…}` (the problem document the JSON answer would have ' +
            "had, with its `status`, `detail` and `errors`; its URI `type` is in `problemType`). A client that goes away before the rows are stored ends the import and nothing is stored; " +
            "once the result line is sent the import stands.",
          consumes: ["text/csv", "application/json"],
          produces: ["application/json", NDJSON],
          body: ZUsageImport,
          response: { 200: ZUsageImportResult },
        },
        config: { permission: "service.update" },
      },
      async (request, reply) => {
        const csv = typeof request.body === "string" ? request.body : request.body.csv;
        if (!wantsProgress(request)) return importUsage(scope.deps, { actor: actorOf(request), csv });
        return streamImport(scope, request, reply, csv);
      },
    );
  });
}

const wantsProgress = (request: FastifyRequest) => (request.headers.accept ?? "").split(",").some((type) => type.trim().startsWith(NDJSON));

/** The problem document as a line; its own `type` (the problem's URI) moves to `problemType`. */
function problemLine(error: AppError) {
  const { type, ...problem } = problemOf(error);
  return { type: "problem", problemType: type, ...problem };
}

/** Raised from the progress callback when the client has gone: the transaction rolls back and nothing is stored. */
class ClientGone extends Error {}

/** Answers 200 at once and writes progress lines while the import runs, then its result or its problem. */
function streamImport(scope: App, request: FastifyRequest, reply: FastifyReply, csv: string) {
  const lines = new PassThrough();
  const write = (line: object) => lines.write(`${JSON.stringify(line)}\n`);
  let gone = false;
  reply.raw.once("close", () => {
    if (!reply.raw.writableFinished) gone = true;
  });
  const onProgress = (progress: Omit<TUsageImportProgress, "type">) => {
    if (gone) throw new ClientGone("The client went away before the import finished");
    write({ type: "progress", ...progress });
  };
  void importUsage(scope.deps, { actor: actorOf(request), csv, onProgress })
    .then((result) => write({ type: "result", ...result }))
    .catch((error: unknown) => {
      if (error instanceof ClientGone) return request.log.info("usage import ended: the client went away, nothing was stored");
      if (error instanceof AppError) return write(problemLine(error));
      request.log.error({ err: error }, "usage import failed");
      return write(problemLine(new AppError("internal", "The import failed on the server and nothing was stored. Try again in a moment.")));
    })
    .finally(() => lines.end());
  return reply.code(200).type(`${NDJSON}; charset=utf-8`).header("cache-control", "no-store").send(lines);
}
