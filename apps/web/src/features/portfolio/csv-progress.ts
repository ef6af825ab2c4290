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

function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Reads a CSV answer as it streams in, telling `onRows` how many data rows arrived (a few times a second: re-rendering
 * for every chunk would slow the read), then saves it as a file. Returns the number of data rows.
 */
export async function saveCsvDownload(response: Response, fallbackName: string, onRows: (rows: number) => void): Promise<number> {
  const reader = response.body?.getReader();
  if (!reader) throw new Error("The browser cannot read the download as it arrives.");
  const counter = csvRecordCounter();
  const decoder = new TextDecoder();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let lastShown = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    counter.push(decoder.decode(value, { stream: true }));
    if (performance.now() - lastShown > 150) {
      lastShown = performance.now();
      onRows(counter.rows());
    }
  }
  counter.push(decoder.decode());
  saveBlob(new Blob(chunks, { type: "text/csv" }), attachmentName(response.headers.get("Content-Disposition"), fallbackName));
  return counter.rows(true);
}
