import type { TFinding } from "@waymark/contracts";
import { type FormEvent, type KeyboardEvent, useRef, useState } from "react";
import { FieldError, Label, Text, TextArea, TextField } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { ApiError } from "../../lib/api.ts";
import { useSessionDraft } from "../../lib/session-draft-hook.ts";
import { SessionDraftNote } from "../../lib/session-draft-note.tsx";
import { REASON_MAX, reasonProblem } from "./findings.ts";
import { useAcceptFinding } from "./findings-queries.ts";
import styles from "./findings-section.module.css";

type AcceptFindingFormProps = {
  tenantId: string;
  finding: TFinding;
  formId: string;
  onAccepted: (finding: TFinding) => void;
  onCancel: () => void;
  /** The finding changed on the server (accepted or closed by someone else): refresh the list. */
  onReload: () => Promise<void>;
};

/**
 * Asks for the reason in place, under the finding. The field takes focus when the form opens; Escape or Cancel
 * close it and the caller returns focus to the button that opened it. A refusal keeps the text typed so far.
 */
/** Where a half-written reason for accepting a finding is kept until it is saved or cancelled. */
export const acceptDraftKey = (tenantId: string, findingId: string) => `accept-finding:${tenantId}:${findingId}`;

export function AcceptFindingForm({ tenantId, finding, formId, onAccepted, onCancel, onReload }: AcceptFindingFormProps) {
  const draft = useSessionDraft(acceptDraftKey(tenantId, finding.id), "");
  const reason = draft.value;
  const setReason = (next: string) => draft.set(next);
  const cancel = () => {
    draft.clear();
    onCancel();
  };
  const [touched, setTouched] = useState(false);
  const [reloading, setReloading] = useState(false);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  // Cleared in the mutation's own callback: accepting removes this form from the list before a per-call callback could run.
  const accept = useAcceptFinding(tenantId, finding.id, (accepted) => {
    draft.clear();
    onAccepted(accepted);
  });
  const problem = reasonProblem(reason);
  // Too short is said once the person leaves the field or submits; too long is said at once.
  const shownProblem = problem && (touched || reason.trim().length > REASON_MAX) ? problem : undefined;
  const conflict = accept.error instanceof ApiError && accept.error.status === 409;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (accept.isPending) return;
    if (problem) fieldRef.current?.focus();
    else accept.mutate(reason);
  };
  const keyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    } else if (event.key === "Escape" && !accept.isPending) {
      event.preventDefault();
      cancel();
    }
  };
  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
      // Still here after the reload: the finding is open again, so let the person try once more.
      accept.reset();
    }
  };

  return (
    <form id={formId} className={styles.acceptForm} onSubmit={submit} onKeyDown={keyDown} aria-label={`Accept as it stands: ${finding.message}`}>
      <SessionDraftNote draft={draft} />
      <TextField
        className={styles.reasonField}
        value={reason}
        onChange={setReason}
        onBlur={() => setTouched((was) => was || reason.trim().length > 0)}
        isInvalid={Boolean(shownProblem)}
        validationBehavior="aria"
        isReadOnly={accept.isPending}
        autoFocus
      >
        <Label className={styles.reasonLabel}>Why accept it as it stands?</Label>
        <TextArea ref={fieldRef} className={styles.reasonInput} rows={2} />
        <Text slot="description" className={styles.reasonHint}>
          Kept with the finding and in the tenant's history; the playbooks do not raise it again unless what they see changes.
          Ctrl+Enter accepts, Esc cancels.{" "}
          <span className="tabular">
            {reason.trim().length}/{REASON_MAX}
          </span>
        </Text>
        <FieldError className={styles.reasonError}>{shownProblem}</FieldError>
      </TextField>
      {accept.isError &&
        (conflict ? (
          <ProblemPanel error={accept.error}>
            <p className={styles.problemNote}>This finding changed since the list was loaded. Reload to see the findings as they are now.</p>
            <Button onPress={() => void reload()} isDisabled={reloading}>
              {reloading ? "Reloading…" : "Reload findings"}
            </Button>
          </ProblemPanel>
        ) : (
          <ProblemPanel error={accept.error} />
        ))}
      <div className={styles.formActions}>
        <Button type="submit" variant="primary" size="small" isDisabled={accept.isPending || conflict} aria-keyshortcuts="Control+Enter">
          {accept.isPending ? "Accepting…" : "Accept finding"}
        </Button>
        <Button size="small" onPress={cancel} isDisabled={accept.isPending} aria-keyshortcuts="Escape">
          Cancel
        </Button>
      </div>
    </form>
  );
}
