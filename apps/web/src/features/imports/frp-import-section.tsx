import { useId, useState } from "react";
import { Button } from "../../components/button.tsx";
import section from "../../components/section.module.css";
import { BadRowsTable } from "./bad-rows-table.tsx";
import { FilePicker, type ChosenFile } from "./file-picker.tsx";
import { FileSummary } from "./file-summary.tsx";
import { FrpPreview } from "./frp-preview.tsx";
import { progressText } from "./imports.ts";
import styles from "./imports.module.css";
import { ProgressView } from "./progress-view.tsx";
import { useFrpImport } from "./use-frp-import.ts";

/** The FastTrack Ready Partner list: choose the file, see the server's preview, confirm; a change meanwhile re-previews. */
export function FrpImportSection() {
  const headingId = useId();
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const { state, preview, confirm, cancel, reset } = useFrpImport();
  const choose = (file: ChosenFile) => {
    setChosen(file);
    reset();
  };
  const sending = state.kind === "sending";
  const shownPreview = state.kind === "previewed" || state.kind === "applied" ? state.preview : "preview" in state ? state.preview : undefined;
  const changes = shownPreview ? shownPreview.counts.added + shownPreview.counts.updated + shownPreview.counts.leaving : 0;

  return (
    <section aria-labelledby={headingId} className={section.section}>
      <div className={section.header}>
        <h2 id={headingId} className={section.title}>
          FastTrack Ready Partner list
        </h2>
      </div>
      <p className={section.muted}>
        The list as a CSV file with the columns Partner Name, MPN ID, Country, City and Specialties (separated by “;”). Partners are matched by MPN
        ID. You see what would change before anything does.
      </p>
      <FilePicker label="Choose the partner list CSV file" hint="A .csv file from your computer." isDisabled={sending} onChosen={choose} />
      {chosen && <FileSummary chosen={chosen} unit="partners" />}
      {chosen && !sending && state.kind !== "previewed" && state.kind !== "applied" && (
        <div className={styles.actions}>
          <Button variant="primary" onPress={() => void preview(chosen.file)}>
            Preview the changes
          </Button>
        </div>
      )}
      {state.kind === "sending" && (
        <ProgressView
          label="Partner list upload progress"
          text={state.sent >= state.total ? (state.step === "preview" ? "Working out the changes…" : "Importing the list…") : progressText("uploading", state.sent, state.total, "bytes")}
          done={state.sent}
          total={state.total}
          onCancel={cancel}
          note={state.step === "preview" ? "A preview changes nothing." : "Cancel before the answer arrives; the list is imported in one go, all of it or nothing."}
        />
      )}
      {state.kind === "cancelled" && (
        <p role="status" className={styles.notice}>
          Cancelled. Your file is still chosen.
        </p>
      )}
      {state.kind === "previewed" && state.changedSince && (
        <p role="alert" className={styles.notice}>
          {state.changedSince}
        </p>
      )}
      {state.kind === "applied" && (
        <p role="status" className={styles.success} data-testid="frp-applied">
          Imported the list: {state.preview.counts.added} added, {state.preview.counts.updated} updated, {state.preview.counts.leaving} left the list.
        </p>
      )}
      {shownPreview && <FrpPreview preview={shownPreview} />}
      {state.kind === "previewed" && chosen && (
        <div className={styles.actions}>
          <Button variant="primary" onPress={() => void confirm(chosen.file, state.preview)} isDisabled={state.preview.counts.problems > 0 || changes === 0}>
            {changes === 0 ? "Nothing to import" : `Import: ${changes} ${changes === 1 ? "change" : "changes"}`}
          </Button>
          <Button onPress={() => void preview(chosen.file)}>Preview again</Button>
          {state.preview.counts.problems > 0 && (
            <span className={styles.hint}>Fix the bad lines in the file and choose it again: the changes show once the file has none.</span>
          )}
        </div>
      )}
      {state.kind === "refused" && (
        <div role="alert" className={styles.failure}>
          <p className={styles.resultTitle}>{state.problem.detail || state.problem.title}</p>
          {(state.problem.errors ?? []).length > 0 && (
            <BadRowsTable
              caption="Bad lines"
              whereLabel="Line"
              showColumn={false}
              items={(state.problem.errors ?? []).map((error) => ({ where: Number(/\d+/.exec(error.path)?.[0] ?? "") || null, message: error.message.replace(/^Line \d+: /, "") }))}
            />
          )}
        </div>
      )}
    </section>
  );
}
