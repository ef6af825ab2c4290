import { useQuery } from "@tanstack/react-query";
import type { TConsent, TContact } from "@waymark/contracts";
import { useState } from "react";
import { useHasSessionDraft } from "../../lib/session-draft-hook.ts";
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";
import { Announcement } from "../../components/announcement.tsx";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { draftMarked } from "../../lib/session-draft.ts";
import { useLabeler } from "../catalogs/catalog-queries.ts";
import { consentsQuery, useWithdrawConsent } from "./contacts-queries.ts";
import { consentDraftKey, RecordConsentForm } from "./record-consent-form.tsx";
import sectionStyles from "../../components/section.module.css";
import dialogStyles from "../../components/dialog.module.css";
import styles from "./contacts-section.module.css";

type ConsentsDialogProps = { tenantId: string; contact: TContact; canWrite: boolean };

/** What a contact agreed to (withdrawn ones too), with recording a new consent and withdrawing a standing one. */
export function ConsentsDialog({ tenantId, contact, canWrite }: ConsentsDialogProps) {
  const [isOpen, setOpen] = useState(false);
  const [recording, setRecording] = useState(false);
  // A statement typed before a reload waits in the tab: reopening goes straight back to it.
  const hasDraft = useHasSessionDraft(consentDraftKey(tenantId, contact.id));
  const [announcement, setAnnouncement] = useState("");
  const consents = useQuery({ ...consentsQuery(tenantId, contact.id), enabled: isOpen });
  const withdraw = useWithdrawConsent(tenantId);
  const scopeLabel = useLabeler("consentScopes");
  const methodLabel = useLabeler("consentMethods");

  const openChange = (open: boolean) => {
    if (open) {
      setRecording(hasDraft);
      setAnnouncement("");
      withdraw.reset();
    }
    setOpen(open);
  };
  const withdrawOne = (consent: TConsent) =>
    withdraw.mutate(consent.id, { onSuccess: () => setAnnouncement(`Withdrawn: ${scopeLabel(consent.scope)}. New referrals need a fresh consent.`) });

  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={openChange}>
      <Button size="small" variant="quiet" aria-label={`Consents of ${contact.name}`}>
        Consents
      </Button>
      <ModalOverlay className={`${dialogStyles.overlay} ${styles.overlay}`} isDismissable>
        <Modal className={`${dialogStyles.modal} ${styles.modal}`}>
          <Dialog className={dialogStyles.dialog}>
            {({ close }) => (
              <div className={styles.form}>
                <Heading slot="title" className={dialogStyles.title}>
                  Consents of {contact.name}
                </Heading>
                <p className={dialogStyles.intro}>What {contact.name} agreed to, how and when. A withdrawn consent stays listed; referrals already made stay.</p>
                <Announcement message={announcement} onDismiss={() => setAnnouncement("")} />
                {consents.isError ? (
                  <ProblemPanel error={consents.error} onRetry={() => void consents.refetch()} retrying={consents.isFetching} />
                ) : !consents.data ? (
                  <p role="status" className={sectionStyles.muted}>
                    Loading consents…
                  </p>
                ) : consents.data.items.length === 0 ? (
                  <p className={sectionStyles.muted}>No consent recorded. Partners get this person's details only once they agree to it.</p>
                ) : (
                  <ul className={styles.consentList} aria-label={`Consents of ${contact.name}`}>
                    {consents.data.items.map((consent) => (
                      <li key={consent.id} className={[styles.consent, consent.standing ? "" : styles.withdrawn].join(" ")}>
                        <strong>
                          {scopeLabel(consent.scope)}
                          {!consent.standing && <span className={styles.badge}>Withdrawn {formatDateTime(consent.withdrawnAt)}</span>}
                        </strong>
                        <span>
                          {methodLabel(consent.method)}, {formatDateTime(consent.consentedAt)}
                          {consent.recordedBy ? `, recorded by ${consent.recordedBy.name}` : ""}
                        </span>
                        {consent.statement && <span>“{consent.statement}”</span>}
                        {canWrite && consent.standing && (
                          <div>
                            <Button size="small" onPress={() => withdrawOne(consent)} isDisabled={withdraw.isPending}>
                              Withdraw
                            </Button>
                          </div>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
                {withdraw.isError && <ProblemPanel error={withdraw.error} />}
                {canWrite &&
                  (recording ? (
                    <RecordConsentForm
                      tenantId={tenantId}
                      contact={contact}
                      onRecorded={(consent) => {
                        setRecording(false);
                        setAnnouncement(`Recorded: ${contact.name} agreed to “${scopeLabel(consent.scope)}”.`);
                      }}
                      onCancel={() => setRecording(false)}
                    />
                  ) : (
                    <div>
                      <Button onPress={() => setRecording(true)}>{draftMarked("Record consent…", hasDraft)}</Button>
                    </div>
                  ))}
                <div className={styles.dialogActions}>
                  <Button onPress={close}>Close</Button>
                </div>
              </div>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
