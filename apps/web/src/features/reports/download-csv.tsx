import { useEffect, useRef, useState } from "react";
import { Button } from "../../components/button.tsx";
import { problemOf } from "../../lib/api.ts";
import { formatCount } from "../../lib/format.ts";
import { saveCsvDownload } from "../portfolio/csv-progress.ts";
import type { ReportDefinition } from "./report-types.ts";
import { fetchReportCsv } from "./reports-api.ts";
import type { ReportsSearch } from "./reports-search.ts";
import styles from "./reports.module.css";

type Progress = { read: number } | { done: number } | { problem: string } | null;

type DownloadCsvProps = { report: ReportDefinition; search: ReportsSearch; table: string; title: string };

/** Downloads exactly the table shown (same filters, same page), counting rows as they arrive; Cancel stops it. */
export function DownloadCsv({ report, search, table, title }: DownloadCsvProps) {
  const [progress, setProgress] = useState<Progress>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const run = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setProgress({ read: 0 });
    try {
      const response = await fetchReportCsv(report, search, table, abort.signal);
      const rows = await saveCsvDownload(response, `${report.id}-${table}.csv`, (read) => setProgress({ read }));
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
    <div className={styles.download}>
      {running ? (
        <Button size="small" onPress={() => controller.current?.abort()}>
          Cancel download
        </Button>
      ) : (
        <Button size="small" aria-label={`Download CSV: ${title}`} onPress={() => void run()}>
          Download CSV
        </Button>
      )}
      <span role="status" className={styles.muted}>
        {progress && "read" in progress && `Downloading ${formatCount(progress.read)} rows…`}
        {progress && "done" in progress && `Downloaded ${formatCount(progress.done)} ${progress.done === 1 ? "row" : "rows"}.`}
        {progress && "problem" in progress && <span className={styles.problem}>Download failed: {progress.problem}</span>}
      </span>
    </div>
  );
}
