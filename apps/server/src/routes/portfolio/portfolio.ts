import { Readable } from "node:stream";
import { countPortfolio, listPortfolioPage, type PortfolioRow, streamPortfolioRows } from "@waymark/db";
import { ZPortfolioColumns, ZPortfolioCsvQuery, ZPortfolioPage, ZPortfolioQuery } from "@waymark/contracts";
import { DEFAULT_PORTFOLIO_SORT, PORTFOLIO_COLUMNS, PORTFOLIO_DISPLAYS, PORTFOLIO_PRIORITY_FILTERS, portfolioColumn } from "@waymark/domain";
import Papa from "papaparse";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { portfolioSelectionOf, scopesFor } from "./portfolio-selection.ts";

/** A CSV line per row, enum codes as their labels (what a person reads in a spreadsheet). */
function csvLines(columns: readonly string[], rows: readonly PortfolioRow[]): string {
  const labelsOf = columns.map((key) => new Map((portfolioColumn(key)?.options ?? []).map((o) => [o.code, o.label])));
  const data = rows.map((row) => columns.map((key, i) => {
    const cell = row.cells[key] ?? null;
    return typeof cell === "string" ? (labelsOf[i]?.get(cell) ?? cell) : cell;
  }));
  return `${Papa.unparse(data, { header: false, escapeFormulae: true, newline: "\r\n" })}\r\n`;
}

/** The Portfolio (FTOP Tenant View): scopes, displays, typed column filters, sort, search, paging and CSV of the view. */
export function portfolioRoutes(app: App) {
  app.get(
    "/api/portfolio/columns",
    {
      schema: { tags: ["portfolio"], summary: "The Portfolio's columns, displays (column sets) and the scopes the reader may use", response: { 200: ZPortfolioColumns } },
      config: { permission: "tenant.read" },
    },
    async (request) => ({
      columns: PORTFOLIO_COLUMNS.map((c) => ({ key: c.key, label: c.label, type: c.type, description: c.description, computed: c.computed, ...(c.options ? { options: [...c.options] } : {}) })),
      displays: PORTFOLIO_DISPLAYS.map((d) => ({ ...d, columns: [...d.columns] })),
      scopes: scopesFor(actorOf(request)),
      priorities: PORTFOLIO_PRIORITY_FILTERS.map(({ code, label }) => ({ code, label })),
      defaultSort: DEFAULT_PORTFOLIO_SORT,
    }),
  );

  app.get(
    "/api/portfolio/tenants",
    {
      schema: {
        tags: ["portfolio"],
        summary: "One page of the Portfolio grid: the tenants of a scope, filtered, searched and sorted on the server, with the total",
        querystring: ZPortfolioQuery,
        response: { 200: ZPortfolioPage },
      },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const { limit, offset, ...query } = request.query;
      const selection = portfolioSelectionOf(actorOf(request), query, app.deps.now());
      const page = await listPortfolioPage(app.deps.db, selection, { limit, offset });
      return { columns: [...selection.columns], items: page.items, total: page.total, limit, offset };
    },
  );

  app.get(
    "/api/portfolio/tenants.csv",
    {
      schema: {
        tags: ["portfolio"],
        summary: "Every row of the Portfolio view as CSV (header = column labels), streamed; X-Total-Count gives the row count",
        querystring: ZPortfolioCsvQuery,
      },
      config: { permission: "tenant.read" },
    },
    async (request, reply) => {
      const selection = portfolioSelectionOf(actorOf(request), request.query, app.deps.now());
      const total = await countPortfolio(app.deps.db, selection);
      const header = selection.columns.map((key) => portfolioColumn(key)?.label ?? key);
      async function* lines() {
        yield `${Papa.unparse([header], { header: false, newline: "\r\n" })}\r\n`;
        for await (const rows of streamPortfolioRows(app.deps.db, selection)) yield csvLines(selection.columns, rows);
      }
      reply.header("content-type", "text/csv; charset=utf-8");
      reply.header("content-disposition", `attachment; filename="waymark-portfolio-${request.query.scope}-${selection.today}.csv"`);
      reply.header("x-total-count", String(total));
      return reply.send(Readable.from(lines()));
    },
  );
}
