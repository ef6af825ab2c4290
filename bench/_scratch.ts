import { drizzle } from "drizzle-orm/node-postgres";
import { and, asc, desc, eq, ilike, or, sql } from "drizzle-orm";
import { schema, tenants, customers } from "@waymark/db";
import pg from "pg";
const pool = new pg.Pool({ connectionString: "postgres://x@127.0.0.1:1/x" });
const db = drizzle({ client: pool, schema, casing: "snake_case" });
// replicate by monkeypatching the pool query
const orig = pool.query.bind(pool);
(pool as any).query = (q: any, v?: any) => { console.log(JSON.stringify(q.text ?? q), JSON.stringify(q.values ?? v)); return Promise.resolve({ rows: [], rowCount: 0, fields: [] }); };
(pool as any).connect = async () => ({ query: (pool as any).query, release() {} });
const { listTenants, findTenant, findServicesOfTenant } = await import("@waymark/db");
await listTenants(db as any, { region: "emea", sort: "-seats", limit: 50, offset: 500 }, { kind: "all" }).catch(e=>console.log(e));
await listTenants(db as any, { q: "Summit", sort: "priority", limit: 50, offset: 0 }, { kind: "all" }).catch(e=>console.log(e));
await findTenant(db as any, "00000000-0000-0000-0000-000000000000", { kind: "all" }).catch(e=>console.log(e));
await findServicesOfTenant(db as any, "00000000-0000-0000-0000-000000000000").catch(e=>console.log(e));
void orig;
