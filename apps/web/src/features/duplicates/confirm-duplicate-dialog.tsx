import type { TDuplicateCandidate, TDuplicateConfirmed, TTenant } from "@waymark/contracts";
import { type FormEvent, useRef, useState } from "react";
import { Dialog, DialogTrigger, FieldError, Heading, Label, Modal, ModalOverlay, Text, TextArea, TextField } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import dialogStyles from "../../components/dialog.module.css";
import fieldStyles from "../../components/field.module.css";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { useSessionDraft } from "../../lib/session-draft-hook.ts";
import { SessionDraftNote } from "../../lib/session-draft-note.tsx";
import { confirmConsequences, REASON_MAX, reasonProblem } from "./duplicates.ts";
import { useConfirmDuplicate } from "./duplicates-queries.ts";
import styles from "./duplicates-section.module.css";

type ConfirmDuplicateDialogProps = {
  tenant: TTenant;
  winner: TDuplicateCandidate;
  onConfirmed: (confirmed: TDuplicateConfirmed) => void;
};

/** Confirming moves the tenant to another FM and e-mails them, and cannot be undone here, so it says all that first. */
export function ConfirmDuplicateDialog({ tenant, winner, onConfirmed }: ConfirmDuplicateDialogProps) {
  const [isOpen, setOpen] = useState(false);
  const draft = useSessionDraft(`confirm-duplicate:${tenant.id}:${winner.id}`, "");
  const reason = draft.value;
  const setReason = (next: string) => draft.set(next);
  const [touched, setTouched] = useState(false);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const confirm = useConfirmDuplicate(tenant.id, (confirmed) => {
    draft.clear();
    onConfirmed(confirmed);
  });
  const problem = reasonProblem(reason);
  const shownProblem = problem && (touched || reason.trim().length > REASON_MAX) ? problem : undefined;

  const openChange = (open: boolean) => {
    if (confirm.isPending) return;
    if (open) confirm.reset();
    setOpen(open);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (confirm.isPending) return;
    if (problem) fieldRef.current?.focus();
    else confirm.mutate({ winnerTenantId: winner.id, reason: reason.trim() });
  };

  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={openChange}>
      <Button size="small">
        Confirm as duplicate of {winner.name}…{draft.hasDraft ? " (draft)" : ""}
      </Button>
      <ModalOverlay className={`${dialogStyles.overlay} ${styles.overlay}`} isDismissable={!confirm.isPending}>
        <Modal className={`${dialogStyles.modal} ${styles.modal}`}>
          <Dialog role="alertdialog" className={dialogStyles.dialog}>
            {({ close }) => (
              <form className={styles.form} onSubmit={submit} noValidate>
                <Heading slot="title" className={dialogStyles.title}>
                  Confirm {tenant.name} as a duplicate of {winner.name}?
                </Heading>
                <p className={dialogStyles.intro}>What happens:</p>
                <ul className={styles.consequences}>
                  {confirmConsequences(tenant, winner).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                <p className={styles.warning}>This cannot be undone from this page.</p>
                <SessionDraftNote draft={draft} />
                <TextField
                  className={fieldStyles.field}
                  value={reason}
                  onChange={setReason}
                  onBlur={() => setTouched((was) => was || reason.trim().length > 0)}
                  isInvalid={Boolean(shownProblem)}
                  validationBehavior="aria"
                  isReadOnly={confirm.isPending}
                  autoFocus
                >
                  <Label className={fieldStyles.label}>Why are they the same organisation?</Label>
                  <TextArea ref={fieldRef} className={`${fieldStyles.input} ${styles.reasonInput}`} rows={3} />
                  <Text slot="description" className={fieldStyles.description}>
                    Kept in both tenants' history and in the message to the FM.{" "}
                    <span className="tabular">
                      {reason.trim().length}/{REASON_MAX}
                    </span>
                  </Text>
                  <FieldError className={fieldStyles.error}>{shownProblem}</FieldError>
                </TextField>
                {confirm.isError && <ProblemPanel error={confirm.error} />}
                <div className={styles.dialogActions}>
                  <Button
                    onPress={() => {
                      draft.clear();
                      close();
                    }}
                    isDisabled={confirm.isPending}
                  >
                    Keep it separate
                  </Button>
                  <Button type="submit" variant="primary" isDisabled={confirm.isPending}>
                    {confirm.isPending ? "Confirming…" : "Confirm duplicate"}
                  </Button>
                </div>
              </form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
