import { insertAssignment } from "@waymark/db";
import type { TTenant } from "@waymark/contracts";
import type { LightMyRequestResponse } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApi } from "../../../../../test-support/api.ts";
import { createCustomer, createTenant } from "../../../../../test-support/fixtures.ts";

const NOW = new Date("2026-11-24T10:00:00Z");
const { admin, api } = useTestApi({ now: () => NOW });

type Feed = { "@odata.context": string; "@odata.count"?: number; "@odata.nextLink"?: string; value: Record<string, unknown>[] };

const tenant: Record<string, TTenant> = {};
let adminToken = "";
let fmToken = "";

const sqlRun = (text: string, values: unknown[] = []) => api().database.pool.query(text, values);

async function createToken(client: { post: (url: string, body?: unknown) => Promise<LightMyRequestResponse> }) {
  const response = await client.post("/api/auth/tokens", { name: "Power BI", scopes: ["read"] });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ token: string }>().token;
}

const request = (url: string, authorization?: string, headers: Record<string, string> = {}) =>
  api().app.inject({ method: "GET", url, headers: { ...(authorization ? { authorization } : {}), ...headers } });
const bearer = (token: string) => `Bearer ${token}`;
/** What Power BI and Excel send for "Basic" credentials: any user name, the token as the password. */
const basic = (token: string) => `Basic ${Buffer.from(`powerbi:${token}`).toString("base64")}`;

async function feed(url: string, token = adminToken, headers: Record<string, string> = {}): Promise<Feed> {
  const response = await request(url, bearer(token), headers);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers["odata-version"]).toBe("4.0");
  return response.json<Feed>();
}
const names = async (query: string, token = adminToken) => (await feed(`/odata/Tenants?$select=name&${query}`, token)).value.map((row) => row.name);

/** A strict well-formedness walk: every tag closes in order, attributes are quoted, text only inside an element. */
function parseXml(text: string): { name: string; attributes: Record<string, string> }[] {
  const elements: { name: string; attributes: Record<string, string> }[] = [];
  const open: string[] = [];
  const body = text.replace(/^<\?xml[^?]*\?>\s*/, "");
  const tag = /<(\/?)([\w:.]+)((?:\s+[\w:.]+="[^"<]*")*)\s*(\/?)>|(\s+)|([^<]+)/gy;
  for (let match = tag.exec(body); match; match = tag.exec(body)) {
    const [, closing, name, attributes = "", selfClosing, , text] = match;
    if (text !== undefined && open.length === 0) throw new Error(`text outside of tags: ${text.slice(0, 40)}`);
    if (name === undefined) continue;
    if (closing) {
      if (open.pop() !== name) throw new Error(`</${name}> closes nothing open`);
      continue;
    }
    elements.push({ name, attributes: Object.fromEntries([...attributes.matchAll(/([\w:.]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])) as Record<string, string> });
    if (!selfClosing) open.push(name);
  }
  if (tag.lastIndex !== 0 && tag.lastIndex !== body.length) throw new Error(`not XML at ${tag.lastIndex}`);
  if (open.length > 0) throw new Error(`unclosed: ${open.join(", ")}`);
  return elements;
}

// name, region, seats, priority
const DATA = [
  ["Alpha Works", "emea", 1200, "high"],
  ["Bravo Foods", "americas", 800, "medium"],
  ["Charlie Labs", "apj", 200, "low"],
  ["Delta Retail", "emea", 500, "medium"],
  ["Echo O'Brien", "emea", 650, "medium"],
] as const;

beforeAll(async () => {
  const fm = await api().signIn({ roles: ["fasttrack_manager"] });
  for (const [name, region, seats, priority] of DATA) {
    tenant[name] = await createTenant(admin, (await createCustomer(admin, { name, region })).id, { name, region, seats, priority });
  }
  const t = (name: string) => tenant[name]!;
  const db = api().database.db;
  // The FM holds Alpha directly and Bravo through its customer.
  await insertAssignment(db, { customerId: t("Alpha Works").customerId, tenantId: t("Alpha Works").id, userId: fm.userId, role: "fm", isPrimary: true });
  await insertAssignment(db, { customerId: t("Bravo Foods").customerId, tenantId: null, userId: fm.userId, role: "fm", isPrimary: true });
  await sqlRun("UPDATE tenants SET engagement_start_date = '2026-03-01' WHERE id = $1", [t("Alpha Works").id]);

  const { rows } = await sqlRun(
    `INSERT INTO tenant_services (tenant_id, customer_id, service, total_entitlements, service_status, dibs_target_date, dibs_business_reason, ssat_scenarios)
     VALUES ($1, $2, 'exchange', 100, 'adoption', '2026-12-01', 'Retire on-premises mail', '{chat,meetings}') RETURNING id`,
    [t("Alpha Works").id, t("Alpha Works").customerId],
  );
  for (const [l1, entitlements] of [["in_progress", 60], ["blocked", 10], ["no_intent", 5], ["status_unknown", 25]] as const) {
    await sqlRun("INSERT INTO entitlement_splits (tenant_service_id, tenant_id, customer_id, l1, entitlements) VALUES ($1, $2, $3, $4, $5)", [
      rows[0].id, t("Alpha Works").id, t("Alpha Works").customerId, l1, entitlements,
    ]);
  }
  await sqlRun("INSERT INTO tenant_services (tenant_id, customer_id, service, total_entitlements) VALUES ($1, $2, 'teams', 50)", [t("Charlie Labs").id, t("Charlie Labs").customerId]);
  for (const [day, active] of [["2026-10-10", 30], ["2026-10-31", 45], ["2026-11-22", 60]] as const) {
    await sqlRun("INSERT INTO usage_daily (tenant_id, customer_id, service, day, active_users, entitlements) VALUES ($1, $2, 'exchange', $3, $4, 100)", [
      t("Alpha Works").id, t("Alpha Works").customerId, day, active,
    ]);
  }
  adminToken = await createToken(admin);
  fmToken = await createToken(fm);
});

describe("the OData feed's documents", () => {
  it("answers the service document with the three entity sets", async () => {
    const document = await feed("/odata/");
    expect(document["@odata.context"]).toMatch(/^http:\/\/[^/]+\/odata\/\$metadata$/);
    expect(document.value).toEqual([
      { name: "Tenants", kind: "EntitySet", url: "Tenants" },
      { name: "Services", kind: "EntitySet", url: "Services" },
      { name: "UsageMonthly", kind: "EntitySet", url: "UsageMonthly" },
    ]);
    expect((await feed("/odata")).value).toHaveLength(3);
  });

  it("describes every set and property in $metadata, as XML", async () => {
    const response = await request("/odata/$metadata", bearer(adminToken));
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("application/xml");
    expect(response.headers["odata-version"]).toBe("4.0");
    const elements = parseXml(response.body);
    expect(elements[0]).toMatchObject({ name: "edmx:Edmx", attributes: { Version: "4.0" } });
    expect(elements.find((e) => e.name === "Schema")?.attributes.Namespace).toBe("Waymark");
    expect(elements.filter((e) => e.name === "EntitySet").map((e) => e.attributes)).toEqual([
      { Name: "Tenants", EntityType: "Waymark.Tenant" },
      { Name: "Services", EntityType: "Waymark.Service" },
      { Name: "UsageMonthly", EntityType: "Waymark.UsageMonth" },
    ]);
    const annotations = elements.filter((e) => e.name === "Annotation").map((e) => e.attributes.Term);
    expect(annotations).toEqual(expect.arrayContaining(["Capabilities.FilterFunctions", "Capabilities.CountRestrictions", "Capabilities.ExpandRestrictions"]));
    const properties = elements.filter((e) => e.name === "Property").map((e) => `${e.attributes.Name}:${e.attributes.Type}`);
    expect(properties).toEqual(expect.arrayContaining(["name:Edm.String", "seats:Edm.Int32", "tpid:Edm.Int64", "winner:Edm.Boolean", "engagement_start_date:Edm.Date", "svc_exchange_au:Edm.Decimal"]));
    expect(properties).toEqual(expect.arrayContaining(["l1_in_progress:Edm.Int32", "dibs_target_date:Edm.Date", "latest_au_percent:Edm.Decimal", "au_percent:Edm.Decimal", "month:Edm.Date"]));
  });
});

describe("reading entity sets", () => {
  it("filters, selects, orders, counts and pages the tenants", async () => {
    expect(await names("$orderby=name")).toEqual(["Alpha Works", "Bravo Foods", "Charlie Labs", "Delta Retail", "Echo O'Brien"]);
    expect(await names("$filter=region eq 'emea' and seats gt 500&$orderby=seats desc")).toEqual(["Alpha Works", "Echo O'Brien"]);
    expect(await names("$filter=seats ge 500 and seats le 800&$orderby=region,seats desc")).toEqual(["Bravo Foods", "Echo O'Brien", "Delta Retail"]);
    expect(await names("$filter=contains(name,'ta')&$orderby=name")).toEqual(["Delta Retail"]);
    expect(await names("$filter=startswith(name,'Ch') or endswith(name,'Foods')&$orderby=name")).toEqual(["Bravo Foods", "Charlie Labs"]);
    // An empty engagement start date is not "after 2026-01-01", so it is among those that are not.
    expect(await names("$filter=not (engagement_start_date gt 2026-01-01) and region eq 'emea'&$orderby=name")).toEqual(["Delta Retail", "Echo O'Brien"]);
    expect(await names("$filter=name eq 'Echo O''Brien'")).toEqual(["Echo O'Brien"]);
    expect(await names("$filter=region ne 'emea'&$orderby=name")).toEqual(["Bravo Foods", "Charlie Labs"]);
    expect(await names("$filter=engagement_start_date ge 2026-01-01")).toEqual(["Alpha Works"]);
    expect(await names("$orderby=seats desc&$top=2&$skip=1")).toEqual(["Bravo Foods", "Echo O'Brien"]);

    const selected = await feed("/odata/Tenants?$select=name,seats,winner,svc_exchange_au,engagement_start_date&$filter=name eq 'Alpha Works'&$count=true");
    expect(selected["@odata.context"]).toMatch(/\/odata\/\$metadata#Tenants\(name,seats,winner,svc_exchange_au,engagement_start_date\)$/);
    expect(selected["@odata.count"]).toBe(1);
    expect(selected.value).toEqual([{ name: "Alpha Works", seats: 1200, winner: false, svc_exchange_au: 60, engagement_start_date: "2026-03-01" }]);
    const counted = await feed("/odata/Tenants?$count=true&$top=1&$filter=region eq 'emea'");
    expect(counted["@odata.count"]).toBe(3);
    expect(counted.value).toHaveLength(1);
    expect(counted["@odata.nextLink"]).toBeUndefined();
  });

  it("reads a service with its L1 split, DIBS and SSAT, and the monthly usage", async () => {
    const [service] = (await feed(`/odata/Services?$filter=tenant_id eq '${tenant["Alpha Works"]!.id}'`)).value;
    expect(service).toMatchObject({
      service: "exchange", status: "adoption", entitlements: 100, l1_in_progress: 60, l1_blocked: 10, l1_no_intent: 5, l1_unknown: 25,
      dibs_target_date: "2026-12-01", dibs_business_reason: "Retire on-premises mail", ssat_scenarios: "chat, meetings",
      latest_usage_day: "2026-11-22", latest_au_percent: 60,
    });
    const months = await feed(`/odata/UsageMonthly?$filter=tenant_id eq '${tenant["Alpha Works"]!.id}'&$orderby=month desc&$select=month,last_day,active_users,au_percent`);
    expect(months.value).toEqual([
      { month: "2026-11-01", last_day: "2026-11-22", active_users: 60, au_percent: 60 },
      { month: "2026-10-01", last_day: "2026-10-31", active_users: 45, au_percent: 45 },
    ]);
  });

  it("follows @odata.nextLink over every row exactly once, 5000 at most per answer", async () => {
    const delta = tenant["Delta Retail"]!;
    await sqlRun(
      `INSERT INTO tenant_services (tenant_id, customer_id, service, total_entitlements)
       SELECT $1, $2, 'paging_' || lpad(n::text, 4, '0'), n FROM generate_series(1, 5050) n`,
      [delta.id, delta.customerId],
    );
    const seen: string[] = [];
    let url: string | undefined = `/odata/Services?$filter=tenant_id eq '${delta.id}'&$count=true`;
    const sizes: number[] = [];
    while (url) {
      const page = await feed(url.replace(/^https?:\/\/[^/]+/, ""));
      expect(page["@odata.count"]).toBe(5050);
      sizes.push(page.value.length);
      seen.push(...page.value.map((row) => String(row.service)));
      url = page["@odata.nextLink"];
    }
    expect(sizes).toEqual([5000, 50]);
    expect(new Set(seen).size).toBe(5050);

    // A client may ask for smaller pages; the walk still meets every row once, in order.
    const small: unknown[] = [];
    let next: string | undefined = "/odata/Tenants?$select=name&$orderby=seats";
    while (next) {
      const page = await feed(next.replace(/^https?:\/\/[^/]+/, ""), adminToken, { prefer: "odata.maxpagesize=2" });
      expect(page.value.length).toBeLessThanOrEqual(2);
      small.push(...page.value.map((row) => row.name));
      next = page["@odata.nextLink"];
    }
    expect(small).toEqual(["Charlie Labs", "Delta Retail", "Echo O'Brien", "Bravo Foods", "Alpha Works"]);
  });
});

describe("who reads what", () => {
  it("shows an assigned user's token only their tenants and services", async () => {
    expect(await names("$orderby=name", fmToken)).toEqual(["Alpha Works", "Bravo Foods"]);
    expect((await feed("/odata/Services?$select=service", fmToken)).value).toEqual([{ service: "exchange" }]);
    expect((await feed("/odata/UsageMonthly?$count=true&$top=0", fmToken))["@odata.count"]).toBe(2);
  });

  it("takes the token as a Basic password, as Power BI and Excel send it", async () => {
    const response = await request("/odata/Tenants?$select=name&$orderby=name", basic(fmToken));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Feed>().value.map((row) => row.name)).toEqual(["Alpha Works", "Bravo Foods"]);
  });

  it("takes the token from the api_key query parameter (Power BI's Web API credential) and never puts it in a next link", async () => {
    const response = await request(`/odata/Tenants?$select=name&$orderby=name&api_key=${fmToken}`, undefined, { prefer: "odata.maxpagesize=1" });
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json<Feed>();
    expect(page.value).toEqual([{ name: "Alpha Works" }]);
    expect(page["@odata.nextLink"]).toBeDefined();
    expect(page["@odata.nextLink"]).not.toContain(fmToken);
    expect((await request("/odata/Tenants?api_key=wmk_not-a-token")).statusCode).toBe(401);
  });

  it("counts only the rows the reader may see at /$count, after $filter, as plain text", async () => {
    const count = async (url: string, token: string) => {
      const response = await request(url, bearer(token));
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers["content-type"]).toContain("text/plain");
      return response.body;
    };
    expect(await count("/odata/Tenants/$count", adminToken)).toBe("5");
    expect(await count("/odata/Tenants/$count?$filter=region eq 'emea'&$top=1", adminToken)).toBe("3");
    expect(await count("/odata/Tenants/$count", fmToken)).toBe("2");
    expect((await request("/odata/Nothing/$count", bearer(adminToken))).statusCode).toBe(404);
  });

  it("refuses a request without a token with 401 and a Basic challenge", async () => {
    const response = await request("/odata/Tenants");
    expect(response.statusCode).toBe(401);
    expect(response.headers["www-authenticate"]).toContain("Basic");
    expect(response.json().error).toMatchObject({ code: "unauthenticated", message: expect.stringContaining("API token") });
    expect((await request("/odata/$metadata", basic("wmk_not-a-token"))).statusCode).toBe(401);
  });
});

describe("queries the feed does not answer", () => {
  const refused = async (query: string) => {
    const response = await request(`/odata/Tenants?${query}`, bearer(adminToken));
    expect(response.statusCode, response.body).toBe(400);
    return response.json<{ error: { code: string; message: string } }>().error;
  };

  it("says what is not supported, in OData's error format", async () => {
    expect(await refused("$filter=seats lt 500 has seats")).toEqual({ code: "unsupported_filter", message: expect.stringContaining('"has" is not supported') });
    expect(await refused("$filter=tolower(name) eq 'a'")).toMatchObject({ code: "unsupported_filter", message: expect.stringContaining("tolower()") });
    expect(await refused("$filter=nope eq 1")).toMatchObject({ code: "invalid_filter", message: expect.stringContaining('no property "nope"') });
    expect(await refused("$filter=seats eq 'many'")).toMatchObject({ message: expect.stringContaining("seats is Edm.Int32") });
    expect(await refused("$expand=Services")).toMatchObject({ code: "unsupported_query_option" });
    expect(await refused("$top=-1")).toMatchObject({ message: expect.stringContaining("$top") });
    expect((await request("/odata/Nothing", bearer(adminToken))).json().error.code).toBe("not_found");
  });
});
