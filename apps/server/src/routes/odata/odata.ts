import {
  ODATA_ENTITY_SETS,
  odataEntitySet,
  odataMetadataXml,
  odataNextPageQuery,
  odataPageSize,
  odataServiceDocument,
  parseODataQuery,
  preferredODataPageSize,
} from "@waymark/domain";
import { readODataPage } from "@waymark/db";
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { AppError } from "../../errors.ts";
import { visibilityOf } from "../../policies/visibility.ts";
import { authenticateFeed, FEED_PERMISSION } from "./authenticate-feed.ts";
import { handleODataError, ODATA_VERSION_HEADERS } from "./odata-errors.ts";

const JSON_TYPE = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

/** The feed's root as the client reached it: context and next-page links are absolute, so BI tools can follow them. */
const serviceRootOf = (request: FastifyRequest) => `${request.protocol}://${request.host}/odata/`;

/**
 * The read-only OData v4 feed for BI tools (Power BI, Excel): service document, $metadata and one route per entity
 * set. `public` to the portal's hook only: authenticateFeed checks the token (Bearer or Basic password) and the
 * permission, and handleODataError answers in OData's error format.
 */
export function odataRoutes(app: App) {
  const feed = { config: { public: true, permission: FEED_PERMISSION }, onRequest: authenticateFeed, errorHandler: handleODataError };
  const serviceDocument = async (request: FastifyRequest, reply: FastifyReply) =>
    reply.headers(ODATA_VERSION_HEADERS).type(JSON_TYPE).send(odataServiceDocument(`${serviceRootOf(request)}$metadata`, ODATA_ENTITY_SETS));

  app.get("/odata", { ...feed, schema: { hide: true } }, serviceDocument);
  app.get("/odata/", { ...feed, schema: { tags: ["odata"], summary: "OData v4 service document of the BI feed (Tenants, Services, UsageMonthly)" } }, serviceDocument);

  app.get(
    "/odata/$metadata",
    { ...feed, schema: { tags: ["odata"], summary: "OData v4 CSDL (EDMX 4.0, XML) of the BI feed" } },
    async (_request, reply) => reply.headers(ODATA_VERSION_HEADERS).type("application/xml; charset=utf-8").send(odataMetadataXml(ODATA_ENTITY_SETS)),
  );

  app.get(
    "/odata/:entitySet",
    {
      ...feed,
      schema: {
        tags: ["odata"],
        summary: "Rows of an OData entity set the reader may see; $filter, $select, $orderby, $top, $skip, $count; 5000 rows a page",
        params: z.object({ entitySet: z.string() }),
      },
    },
    async (request, reply) => {
      const set = entitySetNamed(request.params.entitySet);
      const preferred = preferredODataPageSize([request.headers.prefer ?? []].flat().join(","));
      const query = parseODataQuery(set, request.query as Record<string, unknown>, preferred);
      const limit = odataPageSize(query);
      const page = await readODataPage(app.deps.reportingDb ?? app.deps.db, set, { ...query, limit }, readerOf(request));
      const root = serviceRootOf(request);
      const selected = query.raw.$select === undefined ? "" : `(${query.select.map((p) => p.name).join(",")})`;
      const next = odataNextPageQuery(query, page.rows.length);
      if (preferred !== undefined) reply.header("Preference-Applied", `odata.maxpagesize=${query.maxPageSize}`);
      return reply
        .headers(ODATA_VERSION_HEADERS)
        .type(JSON_TYPE)
        .send({
          "@odata.context": `${root}$metadata#${set.name}${selected}`,
          ...(page.count === undefined ? {} : { "@odata.count": page.count }),
          value: page.rows,
          ...(next ? { "@odata.nextLink": `${root}${set.name}?${next}` } : {}),
        });
    },
  );

  // What Power Query asks for when it counts a table's rows (Table.RowCount folded): $filter applies, paging does not.
  app.get(
    "/odata/:entitySet/$count",
    {
      ...feed,
      schema: {
        tags: ["odata"],
        summary: "The number of rows of an entity set the reader may see (after $filter), as plain text",
        params: z.object({ entitySet: z.string() }),
      },
    },
    async (request, reply) => {
      const set = entitySetNamed(request.params.entitySet);
      const query = parseODataQuery(set, request.query as Record<string, unknown>, undefined);
      const page = await readODataPage(app.deps.reportingDb ?? app.deps.db, set, { ...query, count: true, limit: 0, skip: 0 }, readerOf(request));
      return reply.headers(ODATA_VERSION_HEADERS).type("text/plain; charset=utf-8").send(String(page.count ?? 0));
    },
  );

  function readerOf(request: FastifyRequest) {
    return { visibility: visibilityOf(actorOf(request)), today: app.deps.now().toISOString().slice(0, 10) };
  }
}

function entitySetNamed(name: string) {
  const set = odataEntitySet(name);
  if (set) return set;
  const names = ODATA_ENTITY_SETS.map((s) => s.name).join(", ");
  throw new AppError("not_found", `There is no entity set "${name}"; the feed has ${names}.`);
}
