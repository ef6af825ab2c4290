// What the browser reads from a chosen CSV file before anything is sent: its rows, counted and previewed.

/** Splits CSV text into rows of fields, honouring quotes (a quoted field may hold commas, quotes and line breaks). */
export function splitCsvRows(text: string, limit = Number.POSITIVE_INFINITY): string[][] {
  const delimiter = delimiterOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length && rows.length < limit; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && body[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if ((field !== "" || row.length > 0) && rows.length < limit) rows.push([...row, field]);
  return rows;
}

/** Comma unless the header line has more semicolons (spreadsheets in many locales save with ";"), as the server reads it. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (char: string) => header.split(char).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

const isBlank = (row: string[]) => row.every((field) => field.trim() === "");

/**
 * The data rows a file holds (the header not counted): what the server will number 1, 2, … Blank lines at the end are
 * not rows; a blank line in between is still counted, so numbers match what a spreadsheet shows.
 */
export function countDataRows(text: string): number {
  const rows = splitCsvRows(text);
  while (rows.length > 0 && isBlank(rows[rows.length - 1] ?? [])) rows.pop();
  return Math.max(0, rows.length - 1);
}

/** The header and the first data rows, for a preview table. */
export function firstRows(text: string, count: number): { header: string[]; rows: string[][] } {
  const [header = [], ...rows] = splitCsvRows(text, count + 1);
  return { header, rows: rows.filter((row) => !isBlank(row)) };
}

/** A file size for people: 812 bytes, 14.2 KB, 3.1 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} byte${bytes === 1 ? "" : "s"}`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
