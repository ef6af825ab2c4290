import {
  type AssignmentRole,
  checkDataQuality,
  createDataQualityTally,
  type DataQualityCheck,
  type DataQualityFacts,
  type DataQualityFinding,
  type DataQualityPosition,
  type DataQualityService,
  isNoteCategory,
  type L1Status,
  type LatestNoteFact,
  localDate,
  type Priority,
  type Region,
  type ServiceCode,
} from "@waymark/domain";
import { and, asc, desc, eq, gt, or, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Database, Executor } from "../client.ts";
import { customers } from "../schema/customers.ts";
import { notes } from "../schema/notes.ts";
import { entitlementSplits, tenantServices } from "../schema/services.ts";
import { tenants } from "../schema/tenants.ts";
import { assignedTenantIds, type Visibility, visibleTenantCondition } from "./visibility.ts";

/** A tenant as the data-quality report lists it, with the facts its checks read. */
export type DataQualityTenant = {
  id: string;
  customerId: string;
  name: string;
  customerName: string;
  region: Region;
  effectivePriority: Priority;
  /** 1 = High … 3 = Low: the report's tie-breaker. */
  priorityRank: number;
  timeZone: string;
  facts: DataQualityFacts;
};

/**
 * Which tenants a report covers: those the reader may see, and with `fmUserId` only those where that user is an FM,
 * with `managerUserId` only those where that user holds a manager's assignment (MANAGER_ASSIGNMENT_ROLES).
 * Any assignment counts, primary or not, on the tenant, one of its services, or its customer (TPID level): a
 * secondary FM keeps the same data up to date, and FTOP's assigned-tenant list shows every assignment alike.
 */
export type DataQualityScope = { visibility: Visibility; fmUserId?: string | undefined; managerUserId?: string | undefined };

/** The roles that manage the FMs of a tenant: a manager's "team" is the tenants they hold in one of these. */
export const MANAGER_ASSIGNMENT_ROLES = ["rm", "p_rm"] as const satisfies readonly AssignmentRole[];

export type DataQualityFilter = { region?: Region | undefined; service?: ServiceCode | undefined };

export const BATCH_SIZE = 1000;

export function scopeCondition(scope: DataQualityScope, filter: DataQualityFilter): SQL | undefined {
  const fm = scope.fmUserId;
  const manager = scope.managerUserId;
  return and(
    visibleTenantCondition(scope.visibility, tenants.id, tenants.customerId),
    fm
      ? sql`${tenants.id} IN (${assignedTenantIds({ userId: fm }, "fm")})`
      : undefined,
    manager
      ? or(...MANAGER_ASSIGNMENT_ROLES.map((role) => sql`${tenants.id} IN (${assignedTenantIds({ userId: manager }, role)})`))
      : undefined,
    filter.region ? eq(tenants.region, filter.region) : undefined,
    filter.service ? sql`EXISTS (SELECT 1 FROM tenant_services s WHERE s.tenant_id = ${tenants.id} AND s.service = ${filter.service})` : undefined,
  );
}

/**
 * A batch of tenants with their facts: the tenants, then their services, split rows and latest notes, each one
 * set-based query over the batch's ids (indexed on tenant_id), assembled here.
 */
export async function loadTenants(db: Executor, where: SQL | undefined, limit: number): Promise<DataQualityTenant[]> {
  const rows = await db
    .select({
      id: tenants.id,
      customerId: tenants.customerId,
      name: tenants.name,
      customerName: customers.name,
      region: tenants.region,
      segment: tenants.segment,
      priority: tenants.priority,
      priorityOverride: tenants.priorityOverride,
      priorityRank: tenants.priorityRank,
      timeZone: tenants.timeZone,
      overallStatus: tenants.overallStatus,
      overallStatusDate: tenants.overallStatusDate,
      enterpriseLevel: tenants.enterpriseLevel,
    })
    .from(tenants)
    .innerJoin(customers, eq(customers.id, tenants.customerId))
    .where(where)
    .orderBy(asc(tenants.id))
    .limit(limit);
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const services = await db
    .select({
      id: tenantServices.id,
      tenantId: tenantServices.tenantId,
      code: tenantServices.service,
      status: tenantServices.serviceStatus,
      engagementScenario: tenantServices.engagementScenario,
      nextActionDate: tenantServices.nextActionDate,
      targetDate: tenantServices.dibsTargetDate,
      businessReason: tenantServices.dibsBusinessReason,
      successOwnerRole: tenantServices.dibsSuccessOwnerRole,
      stakeholders: tenantServices.ssatStakeholders,
      scenarios: tenantServices.ssatScenarios,
      awareness: tenantServices.ssatAwareness,
      training: tenantServices.ssatTraining,
    })
    .from(tenantServices)
    .where(inBatch(tenantServices.tenantId, ids))
    .orderBy(tenantServices.tenantId, tenantServices.createdAt, tenantServices.id);
  const splits = await db
    .select({
      serviceId: entitlementSplits.tenantServiceId,
      l1: entitlementSplits.l1,
      entitlements: entitlementSplits.entitlements,
      l2: entitlementSplits.l2,
      l3: entitlementSplits.l3,
      notes: entitlementSplits.notes,
      targetDate: entitlementSplits.targetDate,
      nextActionDate: entitlementSplits.nextActionDate,
    })
    .from(entitlementSplits)
    .where(inBatch(entitlementSplits.tenantId, ids))
    .orderBy(entitlementSplits.tenantServiceId, entitlementSplits.position);
  // Per category the newest saved note whose line has no later version (drafts and replaced versions never count),
  // dated in the tenant's time zone.
  const latestNotes = await db
    .selectDistinctOn([notes.tenantId, notes.category], {
      tenantId: notes.tenantId,
      category: notes.category,
      writtenOn: sql<string>`(${notes.createdAt} AT TIME ZONE ${tenants.timeZone})::date`,
      nextActionDate: notes.nextActionDate,
    })
    .from(notes)
    .innerJoin(tenants, eq(tenants.id, notes.tenantId))
    .where(and(inBatch(notes.tenantId, ids), eq(notes.isDraft, false), sql`NOT EXISTS (SELECT 1 FROM notes later WHERE later.supersedes_note_id = ${notes.id})`))
    .orderBy(notes.tenantId, notes.category, desc(notes.createdAt), desc(notes.id));

  const splitsOf = groupBy(splits, (row) => row.serviceId);
  const servicesOf = groupBy(services, (row) => row.tenantId);
  const notesOf = groupBy(latestNotes, (row) => row.tenantId);
  type Facts = DataQualityFacts;
  return rows.map((row) => ({
    id: row.id,
    customerId: row.customerId,
    name: row.name,
    customerName: row.customerName,
    region: row.region as Region,
    effectivePriority: (row.priorityOverride ?? row.priority) as Priority,
    priorityRank: row.priorityRank,
    timeZone: row.timeZone,
    facts: {
      tenantId: row.id,
      segment: row.segment as Facts["segment"],
      priority: row.priority as Priority,
      priorityOverride: row.priorityOverride as Priority | null,
      overallStatus: row.overallStatus as Facts["overallStatus"],
      overallStatusDate: row.overallStatusDate,
      enterpriseLevel: row.enterpriseLevel,
      services: (servicesOf.get(row.id) ?? []).map((service) => ({
        code: service.code as ServiceCode,
        status: service.status as DataQualityService["status"],
        engagementScenario: service.engagementScenario as DataQualityService["engagementScenario"],
        nextActionDate: service.nextActionDate,
        adoption: {
          targetDate: service.targetDate,
          businessReason: service.businessReason,
          successOwnerRole: service.successOwnerRole,
          stakeholders: service.stakeholders,
          scenarios: service.scenarios,
          awareness: service.awareness,
          training: service.training,
        },
        split: (splitsOf.get(service.id) ?? []).map(({ serviceId: _, ...split }) => ({ ...split, l1: split.l1 as L1Status })),
      })),
      latestNotes: (notesOf.get(row.id) ?? []).filter((note): note is typeof note & LatestNoteFact => isNoteCategory(note.category)),
    },
  }));
}

/** One array parameter rather than a thousand: less to send and to plan. */
export const inBatch = (column: AnyPgColumn, ids: readonly string[]) => sql`${column} = ANY(${sql.param(ids)}::uuid[])`;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

export type TenantDataQuality = { tenant: DataQualityTenant; today: string; findings: DataQualityFinding[] };

/** One tenant's findings as of `now` (today in the tenant's time zone); undefined when there is no such tenant. */
export async function tenantDataQuality(db: Executor, tenantId: string, now: Date): Promise<TenantDataQuality | undefined> {
  const [tenant] = await loadTenants(db, eq(tenants.id, tenantId), 1);
  if (!tenant) return undefined;
  const today = localDate(now, tenant.timeZone);
  return { tenant, today, findings: checkDataQuality(tenant.facts, today) };
}

/**
 * Every tenant in scope, BATCH_SIZE at a time in tenant-id order (keyset pagination), so a report holds two batches
 * (the one being checked and the next, read meanwhile) and one page, whatever the number of tenants.
 */
export async function* dataQualityBatches(db: Executor, scope: DataQualityScope, filter: DataQualityFilter): AsyncGenerator<DataQualityTenant[]> {
  const where = scopeCondition(scope, filter);
  const next = (after: string | null) => {
    const loading = loadTenants(db, after ? and(where, gt(tenants.id, after)) : where, BATCH_SIZE);
    loading.catch(() => {}); // a read ahead that fails is reported when awaited, not as an unhandled rejection
    return loading;
  };
  let pending = next(null);
  for (;;) {
    const batch = await pending;
    const last = batch[batch.length - 1];
    if (batch.length === BATCH_SIZE && last) pending = next(last.id);
    yield batch;
    if (batch.length < BATCH_SIZE) return;
  }
}

export type DataQualityReportOptions = {
  scope: DataQualityScope;
  filter: DataQualityFilter;
  check?: DataQualityCheck | undefined;
  limit: number;
  after?: DataQualityPosition | undefined;
  now: Date;
};

/**
 * The data-quality report of many tenants computed now, every check run on every tenant in scope (about 2,000
 * tenants/s). The stored summaries (data-quality-summary.ts) answer the same question in one query; this is the
 * reference they are tested against. Read in one repeatable-read snapshot, so counts and page agree.
 */
export async function computeDataQualityReport(db: Database, options: DataQualityReportOptions) {
  return db.transaction(
    async (tx) => {
      const tally = createDataQualityTally<DataQualityTenant>({ check: options.check, service: options.filter.service, limit: options.limit, after: options.after });
      const todays = new Map<string, string>();
      const todayIn = (timeZone: string) => {
        const today = todays.get(timeZone) ?? localDate(options.now, timeZone);
        todays.set(timeZone, today);
        return today;
      };
      for await (const batch of dataQualityBatches(tx, options.scope, options.filter)) {
        for (const tenant of batch) tally.add(tenant, checkDataQuality(tenant.facts, todayIn(tenant.timeZone)));
      }
      return tally.result();
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

export * from "./data-quality-summary.ts";
