import type { TCurrentUser, TProblem } from "@waymark/contracts";
import { accessLevelOf } from "../people/roles.ts";

/** The bad rows shown in a table; the rest are counted. */
export const LISTED_BAD_ROWS = 200;

/** service.update on the server: every level that edits tenants (not the read-only Privileged level). */
export function mayImportUsage(user: Pick<TCurrentUser, "roles" | "isAdministrator">): boolean {
  const level = accessLevelOf(user);
  return level === "administrator" || level === "assigned_and_assignment" || level === "assigned";
}

/** partner.manage on the server: administrators and the levels that manage assignment across the portfolio. */
export function mayImportPartnerList(user: Pick<TCurrentUser, "roles" | "isAdministrator">): boolean {
  const level = accessLevelOf(user);
  return level === "administrator" || level === "assigned_and_assignment";
}

export type BadRow = { row: number | null; column: string | null; message: string };

/**
 * The problems of a refused import, one per row and column: `/csv/rows/3/day` is row 3, column day; `/csv/header/day`
 * the header's day column; `/csv` the whole file. The "Row 3, day:" the server puts in front of each message is dropped,
 * since the table has those columns.
 */
export function badRowsOf(problem: TProblem): BadRow[] {
  return (problem.errors ?? []).map(({ path, message }) => {
    const rowMatch = /^\/csv\/rows\/(\d+)(?:\/([^/]+))?$/.exec(path);
    const headerMatch = /^\/csv\/header\/([^/]+)$/.exec(path);
    const row = rowMatch ? Number(rowMatch[1]) : null;
    const column = rowMatch ? (rowMatch[2] ?? null) : (headerMatch?.[1] ?? null);
    return { row, column, message: message.replace(/^Row \d+(?:, [a-z_]+)?: /, "") };
  });
}

export type Phase = "uploading" | "checking" | "storing";

/** A progress line for people: "Storing rows: 40,000 of 100,000 (40 %)". */
export function progressText(phase: Phase, done: number, total: number, unit: string): string {
  const verb = { uploading: "Uploading", checking: "Checking rows", storing: "Storing rows" }[phase];
  const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
  return `${verb}: ${done.toLocaleString("en")} of ${total.toLocaleString("en")} ${unit} (${percent} %)`;
}

/** The tenants and services a file names, counted in the browser: what the result says the import touched. */
export function tenantsAndServices(rows: string[][]): { tenants: number; services: number } {
  const [header = [], ...data] = rows;
  const names = header.map((name) => name.trim().toLowerCase());
  const tenantAt = names.indexOf("tenant");
  const serviceAt = names.indexOf("service");
  const tenants = new Set<string>();
  const services = new Set<string>();
  for (const row of data) {
    const tenant = row[tenantAt]?.trim();
    const service = row[serviceAt]?.trim();
    if (tenant) tenants.add(tenant.toLowerCase());
    if (tenant && service) services.add(`${tenant.toLowerCase()}|${service}`);
  }
  return { tenants: tenants.size, services: services.size };
}
