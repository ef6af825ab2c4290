import { useEffect, useRef, useState } from "react";
import { Button } from "../../components/button.tsx";
import { problemOf } from "../../lib/api.ts";
import { formatCount } from "../../lib/format.ts";
import { saveCsvDownload } from "./csv-progress.ts";
import { portfolioApi } from "./portfolio-api.ts";
import type { PortfolioState } from "./portfolio-state.ts";
import styles from "./portfolio-toolbar.module.css";

type Progress = { read: number; total: number | null } | { done: number } | { problem: string } | null;

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
      const rows = await saveCsvDownload(response, "portfolio.csv", (read) => setProgress({ read, total }));
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
