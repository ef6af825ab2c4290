import { useState } from "react";
import { Button } from "../../components/button.tsx";
import { problemOf } from "../../lib/api.ts";
import { OVERRIDE_REASON_MAX, overrideReasonProblem, refusalText } from "./notes.ts";
import { AreaField } from "./note-fields.tsx";
import styles from "./notes-section.module.css";

type QualityOverrideProps = { error: unknown; isPending: boolean; onSaveAnyway: (reason: string) => void };

/** The server refused a poor Entitlement Status note: its message and evidence, and "Save anyway" with a reason. */
export function QualityOverride({ error, isPending, onSaveAnyway }: QualityOverrideProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const problem = overrideReasonProblem(reason);
  const refusal = refusalText(problemOf(error));

  const confirm = () => {
    setTried(true);
    if (!problem) onSaveAnyway(reason);
  };

  return (
    <div role="alert" className={styles.refusal}>
      <p className={styles.refusalTitle}>Not saved: this note is rated poor</p>
      <p className={styles.panelNote}>{refusal.message}</p>
      {refusal.evidence.length > 0 && (
        <ul className={styles.evidence} aria-label="Why it is rated poor">
          {refusal.evidence.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <p className={styles.panelNote}>Improve the note (Suggest shows what is missing), or save it as it is with the reason why; the reason is kept in the tenant's history.</p>
      {open ? (
        <div className={styles.override}>
          <AreaField
            label="Why save it as it is?"
            value={reason}
            onChange={setReason}
            rows={2}
            error={tried ? problem : undefined}
            isReadOnly={isPending}
            description={`At least 10 characters. ${reason.trim().length}/${OVERRIDE_REASON_MAX}`}
          />
          <div className={styles.actions}>
            <Button size="small" variant="primary" onPress={confirm} isDisabled={isPending}>
              {isPending ? "Saving…" : "Save anyway"}
            </Button>
            <Button size="small" variant="quiet" onPress={() => setOpen(false)} isDisabled={isPending}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <Button size="small" onPress={() => setOpen(true)}>
          Save anyway…
        </Button>
      )}
    </div>
  );
}
