import type { TProblem, TUsageImportProgress, TUsageImportResult } from "@waymark/contracts";

/** One line of the usage import's progress stream. */
export type UsageStreamLine =
  | TUsageImportProgress
  | ({ type: "result" } & TUsageImportResult)
  | ({ type: "problem"; problemType?: string } & Omit<TProblem, "type">);

/**
 * Takes the text received so far and returns the complete lines in it, parsed, and the rest (a line still arriving).
 * Blank lines are skipped; a line that is not JSON is an error, since the stream is the server's own.
 */
export function takeNdjsonLines(buffer: string): { lines: unknown[]; rest: string } {
  const end = buffer.lastIndexOf("\n");
  if (end < 0) return { lines: [], rest: buffer };
  const lines = buffer
    .slice(0, end)
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as unknown);
  return { lines, rest: buffer.slice(end + 1) };
}

/** Narrows a parsed line to the kinds the usage import sends; anything else is ignored. */
export function usageStreamLine(value: unknown): UsageStreamLine | null {
  if (typeof value !== "object" || value === null) return null;
  const type = (value as { type?: unknown }).type;
  return type === "progress" || type === "result" || type === "problem" ? (value as UsageStreamLine) : null;
}

/** The problem document of a problem line, with its URI type back in place. */
export function problemOfLine(line: Extract<UsageStreamLine, { type: "problem" }>): TProblem {
  const { type: _line, problemType, ...problem } = line;
  return { ...problem, type: problemType ?? "about:blank" };
}
