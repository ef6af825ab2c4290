import {
  type Executor,
  findLatestUsage,
  findServiceCodesOfTenants,
  findUsageImportTenants,
  insertAuditEvents,
  lockTenantsInOrder,
  type TenantRow,
  type UsageChange,
  type UsageImportTenant,
  type UsageRow,
  upsertUsageReportingChanges,
} from "@waymark/db";
import { USAGE_CSV_COLUMNS, USAGE_IMPORT_MAX_ROWS, type TUsageImportResult } from "@waymark/contracts";
import { localDate, serviceLabel } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError } from "../errors.ts";
import { needsAssignmentToWrite } from "../policies/permissions.ts";
import { assigneeOf, visibilityOf } from "../policies/visibility.ts";
import { auditEvent } from "./audit.ts";
import { tellPlaybooksLatestUsage } from "./record-usage.ts";
import { readUsageCsv, type UsageCsvProblem, type UsageCsvRecord } from "./usage-csv.ts";

/** A 422 lists at most this many problems; the detail gives the full count. */
const LISTED_PROBLEMS = 1_000;
/** Progress is reported after each this many rows checked or stored, not per row. */
const PROGRESS_STEP = 5_000;

/** Rows checked, then rows stored, so far. A callback that throws ends the import and nothing is stored. */
export type UsageImportProgress = { phase: "checking" | "storing"; done: number; total: number };

/**
 * Imports daily active users from a CSV file for any tenants the actor may write, all or nothing: every row is checked
 * first and one bad row stores none. Rows already stored with the same figures are left alone, so importing a file
 * again changes nothing; each tenant and service whose latest day changed is then reported to the playbooks exactly
 * as `POST /api/tenants/:id/usage` does.
 */
export async function importUsage(
  deps: Deps,
  options: { actor: UserActor; csv: string; onProgress?: (progress: UsageImportProgress) => void },
): Promise<TUsageImportResult> {
  const { actor } = options;
  const onProgress = options.onProgress ?? (() => {});
  const { records, problems } = readUsageCsv(options.csv, USAGE_IMPORT_MAX_ROWS);
  if (records.length === 0 && problems.length > 0) throw refused(problems);
  onProgress({ phase: "checking", done: 0, total: records.length });
  return deps.db.transaction(async (tx) => {
    const keys = [...new Set(records.flatMap((r) => (r.tenant ? [r.tenant] : [])))];
    const tenants = await findUsageImportTenants(tx, keys, visibilityOf(actor), assigneeOf(actor));
    const services = new Set((await findServiceCodesOfTenants(tx, tenants.map((t) => t.id))).map((s) => `${s.tenantId}|${s.service}`));
    const now = deps.now();
    const todays = new Map(tenants.map((t) => [t.id, localDate(now, t.timeZone)]));
    const rows = checkAgainstTenants(records, problems, {
      tenantOf: tenantLookup(tenants),
      hasService: (tenantId, service) => services.has(`${tenantId}|${service}`),
      mayWrite: (tenant) => !needsAssignmentToWrite(actor) || tenant.assigned,
      today: (tenant) => todays.get(tenant.id) ?? localDate(now, tenant.timeZone),
      onChecked: (done) => onProgress({ phase: "checking", done, total: records.length }),
    });
    if (problems.length > 0) throw refused(problems);

    const locked = await lockTenantsInOrder(tx, [...new Set(rows.map((r) => r.tenantId))]);
    onProgress({ phase: "storing", done: 0, total: rows.length });
    const changes: UsageChange[] = [];
    for (let start = 0; start < rows.length; start += PROGRESS_STEP) {
      changes.push(...(await upsertUsageReportingChanges(tx, rows.slice(start, start + PROGRESS_STEP))));
      onProgress({ phase: "storing", done: Math.min(start + PROGRESS_STEP, rows.length), total: rows.length });
    }
    const inserted = changes.filter((c) => c.inserted).length;
    const result: TUsageImportResult = {
      rows: rows.length,
      inserted,
      updated: changes.length - inserted,
      unchanged: rows.length - changes.length,
      summary: summaryOf(rows.length, inserted, changes.length - inserted),
      playbooks: [],
    };
    const changesOf = new Map<string, UsageChange[]>();
    for (const change of changes) {
      const ofTenant = changesOf.get(change.tenantId);
      if (ofTenant) ofTenant.push(change);
      else changesOf.set(change.tenantId, [change]);
    }
    for (const tenant of locked) {
      const changed = changesOf.get(tenant.id);
      if (!changed) continue;
      const told = await auditAndTellPlaybooks(tx, deps, { actor, tenant, changed });
      result.playbooks.push(...told.map((t) => ({ tenantId: tenant.id, ...t })));
    }
    return result;
  });
}

/** Audits what the import changed for one tenant and tells its playbooks each service whose latest day changed. */
async function auditAndTellPlaybooks(tx: Executor, deps: Deps, options: { actor: UserActor; tenant: TenantRow; changed: UsageChange[] }) {
  const { actor, tenant, changed } = options;
  await insertAuditEvents(tx, [
    auditEvent(actor, "usage.imported", { type: "tenant", id: tenant.id }, { tenantId: tenant.id, customerId: tenant.customerId }, {
      after: changeSummary(changed),
    }),
  ]);
  const newestChanged = newestChangedDayPerService(changed);
  const latest = (await findLatestUsage(tx, tenant.id, [...newestChanged.keys()])).filter((u) => newestChanged.get(u.service) === u.day);
  return tellPlaybooksLatestUsage(tx, deps, { actor, tenant, latest });
}

type Checks = {
  tenantOf: (key: string) => UsageImportTenant | undefined;
  hasService: (tenantId: string, service: string) => boolean;
  mayWrite: (tenant: UsageImportTenant) => boolean;
  today: (tenant: UsageImportTenant) => string;
  onChecked: (done: number) => void;
};

/** Adds the problems only the database can tell (tenant, its services, its local today, duplicates) and builds the rows. */
function checkAgainstTenants(records: UsageCsvRecord[], problems: UsageCsvProblem[], checks: Checks): UsageRow[] {
  const rows: UsageRow[] = [];
  const firstRowOfKey = new Map<string, number>();
  for (const [index, record] of records.entries()) {
    if (index > 0 && index % PROGRESS_STEP === 0) checks.onChecked(index);
    const { row } = record;
    const refuse = (column: UsageCsvProblem["column"], why: string) =>
      problems.push({ row, column, message: `Row ${row}${column ? `, ${column}` : ""}: ${why}.` });
    const tenant = record.tenant === undefined ? undefined : checks.tenantOf(record.tenant);
    if (record.tenant !== undefined && !tenant) refuse("tenant", `no tenant has the id or GUID ${record.tenant} (or it is not visible to you)`);
    if (tenant && !checks.mayWrite(tenant)) refuse("tenant", `you are not assigned to ${tenant.name}, so you cannot import its usage; ask its primary FastTrack Manager to assign you`);
    if (tenant && record.service && !checks.hasService(tenant.id, record.service)) {
      refuse("service", `${tenant.name} has no ${serviceLabel(record.service)} service; add the service first or remove the row`);
    }
    if (tenant && record.day && record.day > checks.today(tenant)) {
      refuse("day", `${record.day} is in the future for ${tenant.name} (today there is ${checks.today(tenant)}); usage can only be reported for days that have begun`);
    }
    if (tenant && record.service && record.day) {
      const key = `${tenant.id}|${record.service}|${record.day}`;
      const first = firstRowOfKey.get(key);
      if (first !== undefined) refuse(null, `row ${first} already has ${tenant.name}, ${record.service} on ${record.day}; keep one of the two`);
      else firstRowOfKey.set(key, row);
    }
    const { service, day, activeUsers, entitlements } = record;
    if (tenant && service && day && activeUsers !== undefined && entitlements !== undefined) {
      rows.push({ tenantId: tenant.id, customerId: tenant.customerId, service, day, activeUsers, entitlements });
    }
  }
  checks.onChecked(records.length);
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || columnOrder(a) - columnOrder(b));
  return rows;
}

const columnOrder = (problem: UsageCsvProblem) => (problem.column === null ? -1 : USAGE_CSV_COLUMNS.indexOf(problem.column));

function tenantLookup(tenants: UsageImportTenant[]) {
  const byKey = new Map<string, UsageImportTenant>();
  for (const tenant of tenants) {
    byKey.set(tenant.tenantGuid, tenant);
    byKey.set(tenant.id, tenant);
  }
  return (key: string) => byKey.get(key);
}

function refused(problems: UsageCsvProblem[]): AppError {
  const rows = new Set(problems.flatMap((p) => (p.row === null ? [] : [p.row]))).size;
  const where = rows > 0 ? ` in ${rows} row${rows === 1 ? "" : "s"}` : "";
  const listed = problems.length > LISTED_PROBLEMS ? `; the first ${LISTED_PROBLEMS.toLocaleString("en")} are listed` : "";
  const what =
    problems.length === 1
      ? `${problems[0]?.message} Fix it and import the whole file again.`
      : `the file has ${problems.length} problems${where}${listed}. Fix them and import the whole file again.`;
  return new AppError("validation_failed", `Nothing was imported: ${what}`, {
    errors: problems.slice(0, LISTED_PROBLEMS).map((p) => ({ path: pathOf(p), message: p.message })),
  });
}

/** Where a problem is: `/csv/rows/3/day`, `/csv/rows/3` (the whole row), `/csv/header/day`, or `/csv` (the file). */
function pathOf(problem: UsageCsvProblem): string {
  const column = problem.column ? `/${problem.column}` : "";
  if (problem.row !== null) return `/csv/rows/${problem.row}${column}`;
  return column ? `/csv/header${column}` : "/csv";
}

function summaryOf(rows: number, inserted: number, updated: number): string {
  if (inserted + updated === 0) return `Nothing changed: all ${rows} rows were already stored with the same figures.`;
  return `${rows} rows: ${inserted} new, ${updated} updated, ${rows - inserted - updated} unchanged.`;
}

function newestChangedDayPerService(changes: UsageChange[]): Map<string, string> {
  const newest = new Map<string, string>();
  for (const change of changes) {
    const day = newest.get(change.service);
    if (day === undefined || change.day > day) newest.set(change.service, change.day);
  }
  return newest;
}

function changeSummary(changes: UsageChange[]) {
  const days = changes.map((c) => c.day).sort();
  return {
    inserted: changes.filter((c) => c.inserted).length,
    updated: changes.filter((c) => !c.inserted).length,
    services: [...new Set(changes.map((c) => c.service))].sort(),
    from: days[0],
    to: days.at(-1),
  };
}
