/**
 * Counts CSV records as text streams in, across chunk boundaries: a line break inside a quoted field is part of the
 * field, not the end of a record. The header is the first record.
 */
export function csvRecordCounter() {
  let inQuotes = false;
  let records = 0;
  let pendingRecord = false;
  return {
    push(text: string) {
      for (let index = 0; index < text.length; index++) {
        const char = text[index];
        if (char === '"') inQuotes = !inQuotes;
        if (char === "\n" && !inQuotes) {
          records++;
          pendingRecord = false;
        } else if (char !== "\r") pendingRecord = true;
      }
    },
    /** Data rows read so far (records after the header), counting a last line without a final line break. */
    rows(final = false) {
      return Math.max(0, records + (final && pendingRecord ? 1 : 0) - 1);
    },
  };
}

/** The file name from a Content-Disposition header, or a fallback. */
export function attachmentName(header: string | null, fallback: string): string {
  const match = header?.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i);
  if (!match?.[1]) return fallback;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}
