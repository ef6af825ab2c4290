import type { FastifyError, FastifySchema } from "fastify";
import type { z } from "zod";
import type { UserActor } from "../../actor.ts";
import { actorOf, type App, type Deps } from "../../app-types.ts";
import { tableCsv } from "../../commands/reports-csv.ts";
import { AppError } from "../../errors.ts";

type Table<R> = { columns: readonly string[]; rows: (report: R) => readonly Record<string, unknown>[] };

export type ReportDefinition<Q extends z.ZodType, R extends z.ZodType> = {
  /** The path segment under /api/reports, e.g. "hygiene". */
  name: string;
  summary: string;
  query: Q;
  response: R;
  run: (deps: Deps, request: { actor: UserActor; query: z.infer<Q> }) => Promise<z.infer<R>>;
  /** The tables of the report as CSV, each exactly the rows of one array of the JSON; chosen by the `table` parameter. */
  tables: Record<string, Table<z.infer<R>>>;
};

/** A bad filter is a 422 naming the parameter, so a hand-edited report URL says what to fix. */
function invalidQuery(error: FastifyError): AppError {
  const errors = (error.validation ?? []).map((issue) => ({ path: `/querystring${issue.instancePath}`, message: issue.message ?? "is not valid" }));
  const summary = errors.map((e) => `${e.path.replace("/querystring/", "")}: ${e.message}`).join("; ");
  return new AppError("validation_failed", `Fix these report parameters: ${summary}`, { errors });
}

/** GET /api/reports/<name> (JSON) and /api/reports/<name>.csv (one of its tables), both for readers of tenants. */
export function reportRoutes<Q extends z.ZodType, R extends z.ZodType>(app: App, report: ReportDefinition<Q, R>) {
  const run = async (request: { actor: UserActor | null; query: unknown; validationError?: Error }) => {
    if (request.validationError) throw invalidQuery(request.validationError as FastifyError);
    return report.run(app.deps, { actor: actorOf(request), query: request.query as z.infer<Q> });
  };
  app.get(
    `/api/reports/${report.name}`,
    {
      // Typed as a plain schema: the generic R is too wide for Fastify to infer; the response schema still validates it.
      schema: { tags: ["reports"], summary: report.summary, querystring: report.query, response: { 200: report.response } } as FastifySchema,
      attachValidation: true,
      config: { permission: "tenant.read" },
    },
    async (request) => run(request),
  );
  app.get(
    `/api/reports/${report.name}.csv`,
    {
      schema: { tags: ["reports"], summary: `${report.summary}, one table as CSV (text/csv): the rows of the JSON table named by \`table\``, querystring: report.query },
      attachValidation: true,
      config: { permission: "tenant.read" },
    },
    async (request, reply) => {
      const result = await run(request);
      const name = (request.query as { table: string }).table;
      const table = report.tables[name];
      if (!table) throw new AppError("validation_failed", `table: ${report.name} has no table ${name}`);
      reply.header("content-type", "text/csv; charset=utf-8");
      reply.header("content-disposition", `attachment; filename="${report.name}-${name}.csv"`);
      return reply.send(tableCsv(table.columns, table.rows(result)));
    },
  );
}
