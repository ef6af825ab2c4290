import type pg from "pg";
import { type ApiClient, type Case } from "./latency.ts";
import { type ListQuery, runDetail, runList } from "./sql.ts";
import { progress } from "./stats.ts";

/**
 * Before timing: checks that the hand-written SQL returns what the API returns (same tenants in the same order, same
 * total; same number of services and split rows), so the ratio compares equal work. Reports, never fails.
 */
export async function checkEquivalence(
  client: ApiClient,
  pool: pg.Pool,
  lists: { name: string; query: ListQuery; path: string }[],
  detail: Case,
): Promise<void> {
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${client.base}${path}`, { headers: { cookie: client.cookie } });
    return (await response.json()) as T;
  };
  for (const list of lists) {
    const api = await get<{ items: { id: string }[]; total: number }>(list.path);
    const sql = await runList(pool, list.query);
    const same = api.total === sql.total && api.items.map((item) => item.id).join() === sql.ids.join();
    progress(
      `  ${list.name}: ${same ? "API and SQL agree" : "MISMATCH between API and SQL"} ` +
        `(${api.items.length} rows of ${api.total}${same ? "" : `; SQL ${sql.ids.length} of ${sql.total}`})`,
    );
  }
  const api = await get<{ services: { split: unknown[] }[] }>(detail.api(0));
  const sql = (await detail.sql(0)) as Awaited<ReturnType<typeof runDetail>>;
  const splits = api.services.reduce((sum, service) => sum + service.split.length, 0);
  const same = api.services.length === sql.services && splits === sql.splits;
  progress(
    `  ${detail.name}: ${same ? "API and SQL agree" : "MISMATCH between API and SQL"} ` +
      `(${api.services.length} services, ${splits} split rows${same ? "" : `; SQL ${sql.services} and ${sql.splits}`})`,
  );
}
