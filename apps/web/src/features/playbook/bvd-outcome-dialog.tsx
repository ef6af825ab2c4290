import type { TService } from "@waymark/contracts";
import { type FormEvent, useState } from "react";
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
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
  const [form, setForm] = useState<OutcomeForm>({ ...EMPTY_OUTCOME, service: firstBvd });
  const record = useRecordPlaybookEvent(tenantId, (recorded) => {
    onRecorded(recorded);
    setOpen(false);
    setForm({ ...EMPTY_OUTCOME, service: firstBvd });
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
      <Button variant="primary">Record BVD outcome…</Button>
      <ModalOverlay className={styles.overlay} isDismissable={!record.isPending}>
        <Modal className={styles.modal}>
          <Dialog className={styles.dialog}>
            {({ close }) => (
              <form onSubmit={submit} className={styles.form}>
                <Heading slot="title" className={styles.title}>
                  Record BVD outcome
                </Heading>
                <p className={styles.intro}>The playbook rules update the task, the service status and the split notes, and say why.</p>
                <BvdOutcomeFields form={form} onChange={(patch) => setForm((current) => ({ ...current, ...patch }))} services={services} />
                {record.isError && <ProblemPanel error={record.error} />}
                <div className={styles.actions}>
                  <Button onPress={close} isDisabled={record.isPending}>
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
