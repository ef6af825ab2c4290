import type { TUsageImportResult } from "@waymark/contracts";
import { useId, useMemo, useState } from "react";
import { Button } from "../../components/button.tsx";
import facts from "../../components/facts.module.css";
import section from "../../components/section.module.css";
import { BadRowsTable } from "./bad-rows-table.tsx";
import { splitCsvRows } from "./csv-file.ts";
import { FilePicker, type ChosenFile } from "./file-picker.tsx";
import { FileSummary } from "./file-summary.tsx";
import { badRowsOf, progressText, tenantsAndServices } from "./imports.ts";
import styles from "./imports.module.css";
import { ProgressView } from "./progress-view.tsx";
import { useUsageImport } from "./use-usage-import.ts";

const CANCEL_NOTE =
  "Cancel stores nothing until the last rows are stored: the server rolls the import back when the browser leaves. After that the import completes.";

const counted = (n: number, noun: string) => `${n.toLocaleString("en")} ${noun}${n === 1 ? "" : "s"}`;

function resultHeadline({ rows, inserted, updated, unchanged }: TUsageImportResult): string {
  if (inserted + updated === 0) return `Nothing changed: all ${counted(rows, "row")} were already stored with the same figures.`;
  return `Imported ${counted(rows, "row")}: ${inserted.toLocaleString("en")} new, ${updated.toLocaleString("en")} updated, ${unchanged.toLocaleString("en")} unchanged.`;
}

/** Import daily active users from a CSV file, all rows or none, with the upload's and the server's progress. */
export function UsageImportSection() {
  const headingId = useId();
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const { state, start, cancel } = useUsageImport();
  const touched = useMemo(() => (chosen ? tenantsAndServices(splitCsvRows(chosen.text)) : null), [chosen]);
  const running = state.kind === "running";

  return (
    <section aria-labelledby={headingId} className={section.section}>
      <div className={section.header}>
        <h2 id={headingId} className={section.title}>
          Usage (daily active users)
        </h2>
      </div>
      <p className={section.muted}>
        A CSV file with the columns tenant (id or GUID), service, day, active_users and entitlements; at most 100,000 rows. Every row is
        checked first and one bad row stores none; importing the same file again changes nothing.
      </p>
      <FilePicker label="Choose a usage CSV file" hint="A .csv file from your computer." isDisabled={running} onChosen={setChosen} />
      {chosen && <FileSummary chosen={chosen} />}
      {chosen && !running && (
        <div className={styles.actions}>
          <Button variant="primary" onPress={() => void start(chosen.file)} isDisabled={chosen.rows === 0}>
            {state.kind === "idle" ? `Import ${chosen.rows.toLocaleString("en")} rows` : `Import ${chosen.file.name} again`}
          </Button>
        </div>
      )}
      {state.kind === "running" && (
        <ProgressView
          label="Usage import progress"
          text={progressText(state.phase, state.done, state.total, state.phase === "uploading" ? "bytes" : "rows")}
          done={state.done}
          total={state.total}
          onCancel={cancel}
          note={CANCEL_NOTE}
        />
      )}
      {state.kind === "cancelled" && (
        <p role="status" className={styles.notice}>
          {state.late
            ? "Cancelled after the server had stored every row, so the import most likely completed; importing the file again changes nothing and shows what is stored."
            : `Cancelled while ${state.phase === "uploading" ? "uploading" : `${state.phase} rows`}. Nothing was stored.`}{" "}
          Your file is still chosen.
        </p>
      )}
      {state.kind === "stored" && (
        <div role="status" className={styles.success} data-testid="usage-import-result">
          <p className={styles.resultTitle}>{resultHeadline(state.result)}</p>
          <dl className={facts.facts}>
            <div className={facts.fact}>
              <dt>Rows stored</dt>
              <dd>{(state.result.inserted + state.result.updated).toLocaleString("en")} ({state.result.inserted.toLocaleString("en")} new, {state.result.updated.toLocaleString("en")} updated)</dd>
            </div>
            <div className={facts.fact}>
              <dt>Unchanged</dt>
              <dd>{state.result.unchanged.toLocaleString("en")}</dd>
            </div>
            {touched && (
              <div className={facts.fact}>
                <dt>Tenants and services in the file</dt>
                <dd>
                  {counted(touched.tenants, "tenant")}, {counted(touched.services, "tenant service")}
                </dd>
              </div>
            )}
            <div className={facts.fact}>
              <dt>Latest day changed</dt>
              <dd>{counted(state.result.playbooks.length, "service")} (their playbooks were told the new AU %)</dd>
            </div>
          </dl>
        </div>
      )}
      {state.kind === "refused" && (
        <div role="alert" className={styles.failure}>
          <p className={styles.resultTitle}>{state.problem.detail || state.problem.title}</p>
          {(state.problem.errors ?? []).length > 0 && (
            <BadRowsTable
              caption={`${(state.problem.errors ?? []).length.toLocaleString("en")} problems in the file`}
              whereLabel="Row"
              items={badRowsOf(state.problem).map((bad) => ({ where: bad.row, column: bad.column, message: bad.message }))}
            />
          )}
        </div>
      )}
    </section>
  );
}
