import { useEffect, useRef, useState } from "react";
import { Button } from "../../components/button.tsx";
import { problemOf } from "../../lib/api.ts";
import { formatCount } from "../../lib/format.ts";
import { attachmentName, csvRecordCounter } from "./csv-progress.ts";
import { portfolioApi } from "./portfolio-api.ts";
import type { PortfolioState } from "./portfolio-state.ts";
import styles from "./portfolio-toolbar.module.css";

type Progress = { read: number; total: number | null } | { done: number } | { problem: string } | null;

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

/** Exports exactly the rows and columns shown, reading the stream to show how far it got; Cancel stops it. */
export function ExportCsv({ state }: { state: PortfolioState }) {
  const [progress, setProgress] = useState<Progress>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const run = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setProgress({ read: 0, total: null });
    try {
      const response = await portfolioApi.exportCsv(state, abort.signal);
      const totalHeader = response.headers.get("X-Total-Count");
      const total = totalHeader !== null && /^\d+$/.test(totalHeader) ? Number(totalHeader) : null;
      const counter = csvRecordCounter();
      const decoder = new TextDecoder();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      const reader = response.body?.getReader();
      if (!reader) throw new Error("The browser cannot read the export as it arrives.");
      let lastShown = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        counter.push(decoder.decode(value, { stream: true }));
        // Re-rendering for every chunk would slow the read; a few times a second is enough to see it move.
        if (performance.now() - lastShown > 150) {
          lastShown = performance.now();
          setProgress({ read: counter.rows(), total });
        }
      }
      counter.push(decoder.decode());
      const rows = counter.rows(true);
      saveBlob(new Blob(chunks, { type: "text/csv" }), attachmentName(response.headers.get("Content-Disposition"), "portfolio.csv"));
      setProgress({ done: rows });
    } catch (error) {
      if (abort.signal.aborted) setProgress(null);
      else setProgress({ problem: problemOf(error).detail });
    } finally {
      controller.current = null;
    }
  };

  const running = progress !== null && "read" in progress;
  return (
    <div className={styles.export}>
      {running ? (
        <Button size="small" onPress={() => controller.current?.abort()}>
          Cancel export
        </Button>
      ) : (
        <Button size="small" className={styles.toolButton} onPress={() => void run()}>
          Export CSV
        </Button>
      )}
      <span role="status" className={styles.exportStatus}>
        {progress && "read" in progress &&
          (progress.total === null ? `Exporting ${formatCount(progress.read)} rows…` : `Exporting ${formatCount(progress.read)} of ${formatCount(progress.total)}…`)}
        {progress && "done" in progress && `Exported ${formatCount(progress.done)} ${progress.done === 1 ? "row" : "rows"}.`}
        {progress && "problem" in progress && <span className={styles.exportProblem}>Export failed: {progress.problem}</span>}
      </span>
    </div>
  );
}
