import { USAGE_CSV_COLUMNS, ZIsoDate } from "@waymark/contracts";
import Papa from "papaparse";
import { isServiceCode, type ServiceCode, serviceByLabel, SERVICES } from "@waymark/domain";

export type UsageCsvColumn = (typeof USAGE_CSV_COLUMNS)[number];
/** One data row as read: a field is undefined when its value is not valid (its problem says why). */
export type UsageCsvRecord = {
  row: number;
  tenant?: string;
  service?: ServiceCode;
  day?: string;
  activeUsers?: number;
  entitlements?: number;
};
/** `row` is 1-based over data rows (the header is not counted); null for a problem of the header or the whole file. */
export type UsageCsvProblem = { row: number | null; column: UsageCsvColumn | null; message: string };

const MAX_COUNT = 10_000_000;
// Any GUID-shaped value: tenant GUIDs come from elsewhere and need not carry the RFC 4122 version bits.
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isBlank = (record: string[]) => record.every((field) => field.trim() === "");

/** Splits CSV text into records of fields (RFC 4180: quoted fields may hold the delimiter, quotes as "" and newlines). */
export function splitCsv(text: string, delimiter: string): string[][] {
  const records = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data;
  // A file ending in a line break leaves one empty record; it is not a row.
  if (records.length > 0 && isBlank(records[records.length - 1] ?? [])) records.pop();
  return records;
}

/** Spreadsheets in some locales save CSV with semicolons; the header says which delimiter the file uses. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r|\n|$/));
  return !header.includes(",") && header.includes(";") ? ";" : ",";
}

/**
 * Reads a usage CSV file: checks the header and each row's values on their own (what needs the database — tenants,
 * their services, their local date — is checked by the import). Refuses more than `maxRows` data rows outright.
 */
export function readUsageCsv(text: string, maxRows: number): { records: UsageCsvRecord[]; problems: UsageCsvProblem[] } {
  const all = splitCsv(text.replace(/^\uFEFF/, ""), delimiterOf(text.replace(/^\uFEFF/, "")));
  const [header, ...data] = all;
  while (data.length > 0 && isBlank(data[data.length - 1] ?? [])) data.pop();
  const expected = `The first line must name the columns ${USAGE_CSV_COLUMNS.join(", ")} (in any order)`;
  if (!header || isBlank(header)) return { records: [], problems: [{ row: null, column: null, message: `The file is empty. ${expected}.` }] };
  if (data.length === 0) return { records: [], problems: [{ row: null, column: null, message: "The file has a header but no data rows." }] };
  if (data.length > maxRows) {
    const message = `The file has ${data.length.toLocaleString("en")} data rows; one import takes at most ${maxRows.toLocaleString("en")}. Split it into several files.`;
    return { records: [], problems: [{ row: null, column: null, message }] };
  }
  const names = header.map((name) => name.trim().toLowerCase());
  const problems: UsageCsvProblem[] = [];
  for (const [position, name] of names.entries()) {
    if (!(USAGE_CSV_COLUMNS as readonly string[]).includes(name)) {
      problems.push({ row: null, column: null, message: `Column ${position + 1} "${header[position]?.trim()}" is not a usage column. ${expected}.` });
    } else if (names.indexOf(name) !== position) {
      problems.push({ row: null, column: name as UsageCsvColumn, message: `The column ${name} appears twice in the header.` });
    }
  }
  for (const column of USAGE_CSV_COLUMNS) {
    if (!names.includes(column)) problems.push({ row: null, column, message: `The column ${column} is missing. ${expected}.` });
  }
  if (problems.length > 0) return { records: [], problems };

  const position = Object.fromEntries(USAGE_CSV_COLUMNS.map((column) => [column, names.indexOf(column)])) as Record<UsageCsvColumn, number>;
  const records: UsageCsvRecord[] = [];
  for (const [index, fields] of data.entries()) {
    const row = index + 1;
    // An empty line is skipped but still counted, so row numbers match what a spreadsheet shows.
    if (isBlank(fields)) continue;
    if (fields.length !== names.length) {
      problems.push({ row, column: null, message: `Row ${row} has ${fields.length} values but the header names ${names.length} columns.` });
      continue;
    }
    const value = (column: UsageCsvColumn) => (fields[position[column]] ?? "").trim();
    const refuse = (column: UsageCsvColumn, why: string) => problems.push({ row, column, message: `Row ${row}, ${column}: ${why}.` });
    const record: UsageCsvRecord = { row };
    const tenant = value("tenant");
    if (GUID.test(tenant)) record.tenant = tenant.toLowerCase();
    else refuse("tenant", `"${tenant}" is not a tenant id or tenant GUID (a UUID such as 3f2b9c1e-0d4a-4e8b-9a57-2c6d1e0f7a13)`);
    const service = readService(value("service"));
    if (service) record.service = service;
    else refuse("service", `"${value("service")}" is not a service code; use a code or label from GET /api/catalogs (${SERVICES.slice(0, 6).map((s) => s.code).join(", ")}, …)`);
    const day = value("day");
    if (ZIsoDate.safeParse(day).success) record.day = day;
    else refuse("day", `"${day}" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-23`);
    for (const [column, key] of [["active_users", "activeUsers"], ["entitlements", "entitlements"]] as const) {
      const count = readCount(value(column));
      if (typeof count === "number") record[key] = count;
      else refuse(column, count.why);
    }
    if (record.activeUsers !== undefined && record.entitlements !== undefined && record.activeUsers > record.entitlements) {
      // AE is a subset of QE (PBI appendix A): more active users than entitlements means swapped or wrong columns.
      refuse("active_users", `${record.activeUsers} active users is more than the ${record.entitlements} entitlements; active users are counted among the entitlements (are the two columns swapped?)`);
      delete record.activeUsers;
    }
    records.push(record);
  }
  return { records, problems };
}

function readService(text: string): ServiceCode | undefined {
  const code = text.toLowerCase();
  if (isServiceCode(code)) return code;
  return serviceByLabel(text)?.code;
}

function readCount(text: string): number | { why: string } {
  if (text === "") return { why: "is empty; write a whole number, 0 or more" };
  if (/^-\s*\d+(\.\d+)?$/.test(text)) return { why: `${text} is negative; counts are 0 or more` };
  if (!/^\d+$/.test(text)) return { why: `"${text}" is not a whole number (no decimals, signs or thousands separators)` };
  const count = Number(text);
  if (count > MAX_COUNT) return { why: `${text} is more than ${MAX_COUNT.toLocaleString("en")}` };
  return count;
}
