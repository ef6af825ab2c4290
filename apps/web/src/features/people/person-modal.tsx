import type { ReactNode } from "react";
import { Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import styles from "./people-dialog.module.css";

type PersonModalProps = {
  title: string;
  isOpen: boolean;
  onClose: () => void;
  /** While a request runs, or while a one-time password is on screen, a stray click or Escape must not close it. */
  isLocked?: boolean;
  wide?: boolean;
  children: ReactNode;
};

/** A modal dialog: focus is trapped inside and returns to the button that opened it. */
export function PersonModal({ title, isOpen, onClose, isLocked = false, wide = false, children }: PersonModalProps) {
  return (
    <ModalOverlay
      className={styles.overlay}
      isOpen={isOpen}
      onOpenChange={(open) => !open && !isLocked && onClose()}
      isDismissable={!isLocked}
      isKeyboardDismissDisabled={isLocked}
    >
      <Modal className={wide ? `${styles.modal} ${styles.wide}` : styles.modal}>
        <Dialog className={styles.dialog} aria-label={title}>
          <div className={styles.body}>
            <Heading slot="title" className={styles.title}>
              {title}
            </Heading>
            {children}
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
