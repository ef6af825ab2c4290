import type { TService } from "@waymark/contracts";
import { type FormEvent, useState } from "react";
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { useSessionDraft } from "../../lib/session-draft-hook.ts";
import { SessionDraftNote } from "../../lib/session-draft-note.tsx";
import { draftMarked } from "../../lib/session-draft.ts";
import { EMPTY_OUTCOME, isBvdService, outcomeEvent, type OutcomeForm } from "./bvd-outcome.ts";
import { BvdOutcomeFields } from "./bvd-outcome-fields.tsx";
import { type RecordedEvent, useRecordPlaybookEvent } from "./playbook-queries.ts";
import styles from "./bvd-outcome.module.css";

type BvdOutcomeDialogProps = { tenantId: string; services: TService[]; onRecorded: (recorded: RecordedEvent) => void };

/**
 * "Record BVD outcome": a modal dialog (focus trapped, returned to the button on close). A refused event keeps the
 * dialog open with the server's explanation and everything typed so far.
 */
export function BvdOutcomeDialog({ tenantId, services, onRecorded }: BvdOutcomeDialogProps) {
  const firstBvd = services.find((service) => isBvdService(service.service))?.service;
  const [isOpen, setOpen] = useState(false);
  const draft = useSessionDraft<OutcomeForm>(`bvd-outcome:${tenantId}`, { ...EMPTY_OUTCOME, service: firstBvd }, {
    // The service is picked for the person; a draft is an outcome or something typed.
    isEmpty: (value) => JSON.stringify({ ...value, service: undefined }) === JSON.stringify(EMPTY_OUTCOME),
  });
  const form = draft.value;
  const record = useRecordPlaybookEvent(tenantId, (recorded) => {
    onRecorded(recorded);
    setOpen(false);
    draft.clear();
  });

  const openChange = (open: boolean) => {
    if (record.isPending) return;
    if (open) record.reset();
    setOpen(open);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!record.isPending) record.mutate(outcomeEvent(form));
  };

  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={openChange}>
      <Button variant="primary">{draftMarked("Record BVD outcome…", draft.hasDraft)}</Button>
      <ModalOverlay className={styles.overlay} isDismissable={!record.isPending}>
        <Modal className={styles.modal}>
          <Dialog className={styles.dialog}>
            {({ close }) => (
              <form onSubmit={submit} className={styles.form}>
                <Heading slot="title" className={styles.title}>
                  Record BVD outcome
                </Heading>
                <p className={styles.intro}>The playbook rules update the task, the service status and the split notes, and say why.</p>
                <SessionDraftNote draft={draft} />
                <BvdOutcomeFields form={form} onChange={(patch) => draft.set((current) => ({ ...current, ...patch }))} services={services} />
                {record.isError && <ProblemPanel error={record.error} />}
                <div className={styles.actions}>
                  <Button
                    onPress={() => {
                      draft.clear();
                      close();
                    }}
                    isDisabled={record.isPending}
                  >
                    Cancel
                  </Button>
                  <Button type="submit" variant="primary" isDisabled={record.isPending || !form.service}>
                    {record.isPending ? "Recording…" : "Record outcome"}
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
