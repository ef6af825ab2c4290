import { type FormEvent, useState } from "react";
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { TextField } from "../../components/text-field.tsx";
import { useSessionDraft } from "../../lib/session-draft-hook.ts";
import { SessionDraftNote } from "../../lib/session-draft-note.tsx";
import { draftMarked } from "../../lib/session-draft.ts";
import { removalReasonProblem } from "./partners.ts";
import { useUnlinkPartner } from "./partners-queries.ts";
import dialogStyles from "../../components/dialog.module.css";
import styles from "./partners-section.module.css";

type RemovePartnerDialogProps = { tenantId: string; tenantName: string; partner: { partnerId: string; name: string }; onRemoved: (message: string) => void };

/** Removing a partner takes its people off the tenant's contacts too, so it asks for the reason and confirms. */
export function RemovePartnerDialog({ tenantId, tenantName, partner, onRemoved }: RemovePartnerDialogProps) {
  const [isOpen, setOpen] = useState(false);
  // The reason is kept in the tab until the partner is removed or "Keep the partner" is chosen, so a reload loses nothing.
  const draft = useSessionDraft(`remove-partner:${tenantId}:${partner.partnerId}`, "");
  const reason = draft.value;
  const [problem, setProblem] = useState<string | undefined>();
  const unlink = useUnlinkPartner(tenantId, (tab) => {
    setOpen(false);
    draft.clear();
    onRemoved(tab.message ?? `${partner.name} was removed from ${tenantName}.`);
  });

  const openChange = (open: boolean) => {
    if (unlink.isPending) return;
    if (open) {
      unlink.reset();
      setProblem(undefined);
    }
    setOpen(open);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = removalReasonProblem(reason);
    setProblem(found);
    if (found || unlink.isPending) return;
    unlink.mutate({ partnerId: partner.partnerId, reason: reason.trim() });
  };

  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={openChange}>
      <Button size="small" aria-label={draftMarked(`Remove ${partner.name}…`, draft.hasDraft)}>
        {draftMarked("Remove…", draft.hasDraft)}
      </Button>
      <ModalOverlay className={`${dialogStyles.overlay} ${styles.overlay}`} isDismissable={!unlink.isPending}>
        <Modal className={`${dialogStyles.modal} ${styles.modal}`}>
          <Dialog role="alertdialog" className={dialogStyles.dialog}>
            {({ close }) => (
              <form className={styles.form} onSubmit={submit} noValidate>
                <Heading slot="title" className={dialogStyles.title}>
                  Remove {partner.name} from {tenantName}?
                </Heading>
                <p className={dialogStyles.intro}>
                  {partner.name}'s people are removed from this tenant's contacts too. The partner organisation itself stays registered.
                </p>
                <SessionDraftNote draft={draft} />
                <TextField label="Reason" value={reason} onChange={(next) => draft.set(next)} error={problem} isRequired autoFocus description="Kept in the tenant's history." />
                {unlink.isError && <ProblemPanel error={unlink.error} />}
                <div className={styles.dialogActions}>
                  <Button
                    onPress={() => {
                      draft.clear();
                      close();
                    }}
                    isDisabled={unlink.isPending}
                  >
                    Keep the partner
                  </Button>
                  <Button type="submit" variant="primary" isDisabled={unlink.isPending}>
                    {unlink.isPending ? "Removing…" : "Remove partner and its contacts"}
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
