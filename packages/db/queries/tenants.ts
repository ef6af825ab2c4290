import { and, asc, desc, eq, gte, ilike, or, type SQL, sql } from "drizzle-orm";
import type { HashtagQuery } from "@waymark/domain";
import type { Executor } from "../client.ts";
import { customers } from "../schema/customers.ts";
import { tenants } from "../schema/tenants.ts";
import { tenantsCarryingHashtag } from "./notes.ts";
import { likePattern, UUID_PATTERN, type Visibility, visibleTenantCondition } from "./visibility.ts";

export type TenantRow = typeof tenants.$inferSelect;
export type NewTenantRow = typeof tenants.$inferInsert;
export type TenantWithCustomer = TenantRow & {
  customerName: string;
  tpid: number;
  isWinner: boolean;
  serviceCount: number;
};

export type TenantListFilter = {
  /** Tenants with a note carrying this tag. */
  hashtag?: HashtagQuery | undefined;
  q?: string | undefined;
  customerId?: string | undefined;
  region?: string | undefined;
  priority?: string | undefined;
  segment?: string | undefined;
  overallStatus?: string | undefined;
  country?: string | undefined;
  minSeats?: number | undefined;
  sort: string;
  limit: number;
  offset: number;
};

const SORT_COLUMNS = {
  priority: tenants.priorityRank,
  name: tenants.name,
  seats: tenants.seats,
  country: tenants.country,
  overallStatusDate: tenants.overallStatusDate,
  createdAt: tenants.createdAt,
} as const;


const tenantColumns = {
  id: tenants.id,
  tenantGuid: tenants.tenantGuid,
  customerId: tenants.customerId,
  name: tenants.name,
  priority: tenants.priority,
  priorityOverride: tenants.priorityOverride,
  priorityOverrideReason: tenants.priorityOverrideReason,
  priorityRank: tenants.priorityRank,
  segment: tenants.segment,
  seats: tenants.seats,
  country: tenants.country,
  timeZone: tenants.timeZone,
  region: tenants.region,
  managed: tenants.managed,
  engagementStartDate: tenants.engagementStartDate,
  overallStatus: tenants.overallStatus,
  overallStatusDate: tenants.overallStatusDate,
  goBack: tenants.goBack,
  rfaSubmittedOn: tenants.rfaSubmittedOn,
  rfaApprovedOn: tenants.rfaApprovedOn,
  rfaReference: tenants.rfaReference,
  assignmentOption: tenants.assignmentOption,
  enterpriseLevel: tenants.enterpriseLevel,
  duplicateOfTenantId: tenants.duplicateOfTenantId,
  createdAt: tenants.createdAt,
  updatedAt: tenants.updatedAt,
  version: tenants.version,
  customerName: customers.name,
  tpid: customers.tpid,
  isWinner: sql<boolean>`${customers.winnerTenantId} IS NOT DISTINCT FROM ${tenants.id}`,
  serviceCount: sql<number>`(SELECT count(*)::int FROM tenant_services s WHERE s.tenant_id = "tenants"."id")`,
};

function filterConditions(filter: TenantListFilter, visibility: Visibility): SQL | undefined {
  const conditions: (SQL | undefined)[] = [visibleTenantCondition(visibility, tenants.id, tenants.customerId)];
  const q = filter.q?.trim();
  if (q) {
    if (UUID_PATTERN.test(q)) conditions.push(or(eq(tenants.tenantGuid, q), eq(tenants.id, q)));
    else if (/^\d{1,15}$/.test(q)) conditions.push(or(eq(customers.tpid, Number(q)), ilike(tenants.name, likePattern(q))));
    else conditions.push(or(ilike(tenants.name, likePattern(q)), ilike(customers.name, likePattern(q))));
  }
  if (filter.customerId) conditions.push(eq(tenants.customerId, filter.customerId));
  if (filter.region) conditions.push(eq(tenants.region, filter.region));
  if (filter.priority) conditions.push(sql`coalesce(${tenants.priorityOverride}, ${tenants.priority}) = ${filter.priority}`);
  if (filter.segment) conditions.push(eq(tenants.segment, filter.segment));
  if (filter.overallStatus) conditions.push(eq(tenants.overallStatus, filter.overallStatus));
  if (filter.country) conditions.push(eq(tenants.country, filter.country));
  if (filter.minSeats !== undefined) conditions.push(gte(tenants.seats, filter.minSeats));
  if (filter.hashtag) conditions.push(sql`${tenants.id} IN (${tenantsCarryingHashtag(filter.hashtag)})`);
  return and(...conditions);
}

export async function listTenants(
  db: Executor,
  filter: TenantListFilter,
  visibility: Visibility,
): Promise<{ rows: TenantWithCustomer[]; total: number }> {
  const where = filterConditions(filter, visibility);
  const descending = filter.sort.startsWith("-");
  const column = SORT_COLUMNS[filter.sort.replace(/^-/, "") as keyof typeof SORT_COLUMNS] ?? tenants.priorityRank;
  const direction = descending ? desc : asc;
  const [rows, counted] = await Promise.all([
    db
      .select(tenantColumns)
      .from(tenants)
      .innerJoin(customers, eq(customers.id, tenants.customerId))
      .where(where)
      .orderBy(direction(column), asc(tenants.name), asc(tenants.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(tenants)
      .innerJoin(customers, eq(customers.id, tenants.customerId))
      .where(where),
  ]);
  return { rows, total: counted[0]?.total ?? 0 };
}

export async function findTenant(db: Executor, id: string, visibility: Visibility): Promise<TenantWithCustomer | undefined> {
  const [row] = await db
    .select(tenantColumns)
    .from(tenants)
    .innerJoin(customers, eq(customers.id, tenants.customerId))
    .where(and(eq(tenants.id, id), visibleTenantCondition(visibility, tenants.id, tenants.customerId)));
  return row;
}

export async function findTenantByGuid(db: Executor, tenantGuid: string): Promise<TenantRow | undefined> {
  const [row] = await db.select().from(tenants).where(eq(tenants.tenantGuid, tenantGuid));
  return row;
}

export async function lockTenant(db: Executor, id: string): Promise<TenantRow | undefined> {
  const [row] = await db.select().from(tenants).where(eq(tenants.id, id)).for("update");
  return row;
}

export async function insertTenant(db: Executor, row: NewTenantRow): Promise<TenantRow> {
  const [inserted] = await db.insert(tenants).values(row).returning();
  if (!inserted) throw new Error("insert into tenants returned no row");
  return inserted;
}

/** Applies `patch` only if the row is still at `version`; returns undefined when it is not. */
export async function updateTenantIfVersion(
  db: Executor,
  id: string,
  version: number,
  patch: Partial<NewTenantRow>,
): Promise<TenantRow | undefined> {
  const [row] = await db
    .update(tenants)
    .set({ ...patch, version: sql`${tenants.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(tenants.id, id), eq(tenants.version, version)))
    .returning();
  return row;
}
