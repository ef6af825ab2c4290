import type { TMeeting } from "@waymark/contracts";
import { useState } from "react";
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { ApiError } from "../../lib/api.ts";
import { useCancelMeeting } from "./meetings-queries.ts";
import styles from "./meetings-section.module.css";

type CancelMeetingDialogProps = { tenantId: string; meeting: TMeeting; describedBy: string; onCancelled: (meeting: TMeeting) => void };

/** Cancelling sends every attendee a cancellation and cannot be undone, so it is confirmed first. */
export function CancelMeetingDialog({ tenantId, meeting, describedBy, onCancelled }: CancelMeetingDialogProps) {
  const [isOpen, setOpen] = useState(false);
  const cancel = useCancelMeeting(tenantId, meeting, (cancelled) => {
    setOpen(false);
    onCancelled(cancelled);
  });
  const stale = cancel.error instanceof ApiError && cancel.error.status === 409;

  const openChange = (open: boolean) => {
    if (cancel.isPending) return;
    if (open) cancel.reset();
    setOpen(open);
  };

  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={openChange}>
      <Button size="small" aria-describedby={describedBy}>
        Cancel meeting…
      </Button>
      <ModalOverlay className={styles.overlay} isDismissable={!cancel.isPending}>
        <Modal className={styles.modal}>
          <Dialog role="alertdialog" className={styles.dialog}>
            {({ close }) => (
              <div className={styles.form}>
                <Heading slot="title" className={styles.dialogTitle}>
                  Cancel “{meeting.title}”?
                </Heading>
                <p className={styles.intro}>
                  {meeting.recurrence ? "The whole series is cancelled" : "The meeting is cancelled"}; each of its {meeting.attendees.length}{" "}
                  {meeting.attendees.length === 1 ? "attendee gets" : "attendees get"} a cancellation by e-mail. This cannot be undone.
                </p>
                {cancel.isError &&
                  (stale ? (
                    <ProblemPanel error={cancel.error}>
                      <p>The meeting changed since the list was loaded; the list now shows it as it is. Close this and look again.</p>
                    </ProblemPanel>
                  ) : (
                    <ProblemPanel error={cancel.error} />
                  ))}
                <div className={styles.dialogActions}>
                  <Button onPress={close} isDisabled={cancel.isPending} autoFocus>
                    Keep the meeting
                  </Button>
                  <Button
                    variant="primary"
                    isDisabled={cancel.isPending || stale}
                    onPress={() => cancel.mutate()}
                  >
                    {cancel.isPending ? "Cancelling…" : "Cancel meeting"}
                  </Button>
                </div>
              </div>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
