import type { TOutreachStep, TRecordedOutreachReply } from "@waymark/contracts";
import { type FormEvent, useState } from "react";
import { FieldError, Label, TextArea, TextField as AriaTextField } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { TextField } from "../../components/text-field.tsx";
import fields from "../../components/field.module.css";
import { useSessionDraft } from "../../lib/session-draft-hook.ts";
import { SessionDraftNote } from "../../lib/session-draft-note.tsx";
import { stepTitle } from "./outreach.ts";
import { useRecordReply } from "./outreach-queries.ts";
import styles from "./outreach-section.module.css";

type ReplyFormProps = { tenantId: string; step: TOutreachStep; onRecorded: (result: TRecordedOutreachReply) => void; onCancel: () => void };

/** Records an answer typed in by hand (a call, a chat, an e-mail not at hand). A refusal keeps what was typed. */
/** Where a half-written answer to an outreach step is kept until it is recorded or cancelled. */
export const replyDraftKey = (tenantId: string, stepId: string) => `outreach-reply:${tenantId}:${stepId}`;

export function ReplyForm({ tenantId, step, onRecorded, onCancel }: ReplyFormProps) {
  const draft = useSessionDraft(replyDraftKey(tenantId, step.id), { text: "", from: "" });
  const { text, from } = draft.value;
  const setText = (next: string) => draft.set((current) => ({ ...current, text: next }));
  const setFrom = (next: string) => draft.set((current) => ({ ...current, from: next }));
  const [touched, setTouched] = useState(false);
  const record = useRecordReply(tenantId, step.id);
  const missing = text.trim().length === 0 ? "Say what the answer was (a line is enough)." : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (missing || record.isPending) return;
    record.mutate({ text: text.trim(), ...(from.trim() ? { from: from.trim() } : {}) }, {
      onSuccess: (result) => {
        draft.clear();
        onRecorded(result);
      },
    });
  };

  return (
    <form className={styles.replyForm} onSubmit={submit} aria-label={`Record an answer: ${stepTitle(step)}`}>
      <SessionDraftNote draft={draft} />
      <AriaTextField className={fields.field} value={text} onChange={setText} isInvalid={touched && Boolean(missing)} validationBehavior="aria" autoFocus>
        <Label className={fields.label}>The answer</Label>
        <TextArea className={styles.textarea} rows={3} />
        <FieldError className={fields.error}>{touched ? missing : undefined}</FieldError>
      </AriaTextField>
      <TextField label="From (optional)" description="Who answered: a name or an e-mail address" value={from} onChange={setFrom} />
      {record.isError && <ProblemPanel error={record.error} />}
      <div className={styles.actions}>
        <Button type="submit" variant="primary" size="small" isDisabled={record.isPending}>
          {record.isPending ? "Recording…" : "Record answer"}
        </Button>
        <Button
          size="small"
          onPress={() => {
            draft.clear();
            onCancel();
          }}
          isDisabled={record.isPending}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}
