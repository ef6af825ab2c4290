import type { TContact } from "@waymark/contracts";
import { useState } from "react";
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { useRemoveContact } from "./contacts-queries.ts";
import dialogStyles from "../../components/dialog.module.css";
import styles from "./contacts-section.module.css";

type RemoveContactDialogProps = { tenantId: string; contact: TContact; onRemoved: (message: string) => void };

/** Removing a contact drops their consents' use for new referrals and cannot be undone, so it is confirmed. */
export function RemoveContactDialog({ tenantId, contact, onRemoved }: RemoveContactDialogProps) {
  const [isOpen, setOpen] = useState(false);
  const remove = useRemoveContact(tenantId, contact.id, (message) => {
    setOpen(false);
    onRemoved(message);
  });

  const openChange = (open: boolean) => {
    if (remove.isPending) return;
    if (open) remove.reset();
    setOpen(open);
  };

  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={openChange}>
      <Button size="small" variant="quiet" aria-label={`Remove ${contact.name}…`}>
        Remove…
      </Button>
      <ModalOverlay className={`${dialogStyles.overlay} ${styles.overlay}`} isDismissable={!remove.isPending}>
        <Modal className={`${dialogStyles.modal} ${styles.modal}`}>
          <Dialog role="alertdialog" className={dialogStyles.dialog}>
            {({ close }) => (
              <div className={styles.form}>
                <Heading slot="title" className={dialogStyles.title}>
                  Remove {contact.name}?
                </Heading>
                <p className={dialogStyles.intro}>
                  {contact.level === "customer" ? "The contact is recorded for the whole customer: it goes from every tenant of the customer. " : ""}
                  {contact.synced ? "The contact comes from the upstream sync and comes back unless it is removed there too. " : ""}
                  This cannot be undone.
                </p>
                {remove.isError && <ProblemPanel error={remove.error} />}
                <div className={styles.dialogActions}>
                  <Button onPress={close} isDisabled={remove.isPending} autoFocus>
                    Keep the contact
                  </Button>
                  <Button
                    variant="primary"
                    isDisabled={remove.isPending}
                    onPress={() => remove.mutate()}
                  >
                    {remove.isPending ? "Removing…" : "Remove contact"}
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
