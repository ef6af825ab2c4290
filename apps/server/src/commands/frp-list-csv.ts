import { FRP_LIST_COLUMNS } from "@waymark/contracts";
import type { FrpListRow } from "@waymark/domain";
import { splitCsv } from "./usage-csv.ts";

type Column = (typeof FRP_LIST_COLUMNS)[number];
const KEYS: Record<Column, keyof Omit<FrpListRow, "line">> = {
  "Partner Name": "name",
  "MPN ID": "mpnId",
  Country: "country",
  City: "city",
  Specialties: "specialties",
};
export const FRP_LIST_MAX_ROWS = 20_000;

const isBlank = (record: string[]) => record.every((field) => field.trim() === "");
const squeeze = (name: string) => name.trim().toLowerCase().replace(/\s+/g, " ");

/**
 * Reads the FastTrack Ready Partner list (comma-separated; specialties within their field separated by ";"). Line
 * numbers are the file's, the header being line 1; blank lines are skipped but counted.
 */
export function readFrpListCsv(text: string): { rows: FrpListRow[]; problems: { line: number; message: string }[] } {
  const [header, ...data] = splitCsv(text.replace(/^\uFEFF/, ""), ",");
  const expected = `The first line must name the columns ${FRP_LIST_COLUMNS.join(", ")} (in any order), separated by commas`;
  if (!header || isBlank(header)) return { rows: [], problems: [{ line: 1, message: `Line 1: the file is empty. ${expected}.` }] };
  const names = header.map(squeeze);
  const missing = FRP_LIST_COLUMNS.filter((column) => !names.includes(squeeze(column)));
  if (missing.length > 0) return { rows: [], problems: [{ line: 1, message: `Line 1: the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} missing. ${expected}.` }] };
  if (data.filter((fields) => !isBlank(fields)).length === 0) return { rows: [], problems: [{ line: 2, message: "Line 2: the file has a header but no partners; an empty list would take every partner off it." }] };
  if (data.length > FRP_LIST_MAX_ROWS) return { rows: [], problems: [{ line: FRP_LIST_MAX_ROWS + 2, message: `The file has ${data.length} lines of partners; one import takes at most ${FRP_LIST_MAX_ROWS}.` }] };
  const position = Object.fromEntries(FRP_LIST_COLUMNS.map((column) => [column, names.indexOf(squeeze(column))])) as Record<Column, number>;
  const rows: FrpListRow[] = [];
  const problems: { line: number; message: string }[] = [];
  for (const [index, fields] of data.entries()) {
    const line = index + 2;
    if (isBlank(fields)) continue;
    if (fields.length !== header.length) {
      problems.push({ line, message: `Line ${line}: it has ${fields.length} values but the header names ${header.length} columns (quote a value that holds a comma).` });
      continue;
    }
    const row = { line } as FrpListRow;
    for (const column of FRP_LIST_COLUMNS) row[KEYS[column]] = fields[position[column]] ?? "";
    rows.push(row);
  }
  return { rows, problems };
}
