import { countTenants, type Database, insertAuditEvents, insertSeedRows, maxTpid } from "@waymark/db";
import { SYSTEM } from "../actor.ts";
import { auditEvent } from "../commands/audit.ts";
import { generateCustomer, type SeedBatch } from "./generate.ts";

export type SeedOptions = {
  tenants: number;
  /** Same seed, same data. */
  seed?: number;
  /** Reference date (YYYY-MM-DD) that generated dates are relative to. */
  today: string;
  /** Add to existing data instead of refusing a database that already has tenants. */
  append?: boolean;
  onProgress?: (done: number, total: number) => void;
};

const TPID_BASE = 10_000_000;
const CUSTOMERS_PER_TRANSACTION = 400;

/** Generates `tenants` tenants (with customers, services and splits) and inserts them in batches. */
export async function seedTenants(db: Database, options: SeedOptions): Promise<{ customers: number; tenants: number; services: number }> {
  const seed = options.seed ?? 1;
  const existing = await countTenants(db);
  if (existing > 0 && !options.append) {
    throw new Error(
      `the database already has ${existing} tenants; seed an empty database (e.g. a new WAYMARK_DATA_DIR) or pass --append`,
    );
  }
  const highest = await maxTpid(db);
  let index = highest !== null && highest >= TPID_BASE ? highest - TPID_BASE + 1 : 0;
  const totals = { customers: 0, tenants: 0, services: 0 };
  while (totals.tenants < options.tenants) {
    const batch: SeedBatch = { customers: [], tenants: [], services: [], splits: [] };
    for (let c = 0; c < CUSTOMERS_PER_TRANSACTION && totals.tenants + batch.tenants.length < options.tenants; c++) {
      const customer = generateCustomer(seed, index++, options.today, options.tenants - totals.tenants - batch.tenants.length);
      batch.customers.push(...customer.customers);
      batch.tenants.push(...customer.tenants);
      batch.services.push(...customer.services);
      batch.splits.push(...customer.splits);
    }
    await db.transaction((tx) => insertSeedRows(tx, batch));
    totals.customers += batch.customers.length;
    totals.tenants += batch.tenants.length;
    totals.services += batch.services.length;
    options.onProgress?.(totals.tenants, options.tenants);
  }
  await insertAuditEvents(db, [
    auditEvent(SYSTEM, "data.seeded", { type: "database", id: "seed" }, {}, {
      after: { ...totals, seed, today: options.today },
      reason: `generated ${totals.tenants} tenants with seed ${seed}`,
    }),
  ]);
  return totals;
}
