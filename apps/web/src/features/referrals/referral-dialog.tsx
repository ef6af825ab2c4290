import { useQuery } from "@tanstack/react-query";
import type { TSubmittedReferral, TTenant } from "@waymark/contracts";
import { type FormEvent, useEffect, useState } from "react";
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { TextField } from "../../components/text-field.tsx";
import { problemOf } from "../../lib/api.ts";
import { useSessionDraft } from "../../lib/session-draft-hook.ts";
import { SessionDraftNote } from "../../lib/session-draft-note.tsx";
import { draftMarked } from "../../lib/session-draft.ts";
import { useCatalog } from "../catalogs/catalog-queries.ts";
import { tenantContactsQuery } from "../contacts/contacts-queries.ts";
import { fieldProblemsOf } from "../contacts/contacts.ts";
import { RecordConsentForm } from "../contacts/record-consent-form.tsx";
import { ReferralPreview } from "./referral-preview.tsx";
import { isMissingConsent, kindOfNeed, matchParams, REFERRAL_CONSENT_SCOPE, type ReferralForm, referableContacts, referralBody, referralProblems, submittedLines } from "./referrals.ts";
import { referralMatchQuery, useSubmitReferral } from "./referrals-queries.ts";
import sectionStyles from "../../components/section.module.css";
import dialogStyles from "../../components/dialog.module.css";
import styles from "./referrals.module.css";

const CITY_DELAY_MS = 300;

type ReferralDialogProps = { tenant: TTenant };

/** "Refer to partners…": a QuickLeads or ACM referral for a customer contact, with a live preview of who would get it. */
export function ReferralDialog({ tenant }: ReferralDialogProps) {
  const needs = useCatalog("referralNeeds");
  const serviceTypes = useCatalog("acmServiceTypes");
  const contacts = useQuery(tenantContactsQuery(tenant.id));
  const referable = referableContacts(contacts.data?.items ?? []);
  const [isOpen, setOpen] = useState(false);
  const quickleads = needs.find((need) => need.kind === "quickleads")?.code ?? "";
  const draft = useSessionDraft<ReferralForm>(`referral:${tenant.id}`, { need: "", serviceType: "", contactId: "", city: "" }, {
    // What opening the dialog picks by itself is not a draft; a changed pick or a typed city is.
    isEmpty: (value) => value.serviceType === "" && value.city === "" && [quickleads, ""].includes(value.need) && [referable[0]?.id, ""].includes(value.contactId),
  });
  const typed = draft.value;
  const setForm = draft.set;
  // Contacts may load after the dialog opened: the first one to refer stands until another is picked.
  const form = { ...typed, contactId: typed.contactId || referable[0]?.id || "" };
  const [city, setCity] = useState("");
  const [attempted, setAttempted] = useState(false);
  const [recordingConsent, setRecordingConsent] = useState(false);
  const [consentRecorded, setConsentRecorded] = useState(false);
  const [result, setResult] = useState<TSubmittedReferral | null>(null);
  const submit = useSubmitReferral(tenant.id);
  const params = matchParams({ ...form, city });
  const match = useQuery({ ...referralMatchQuery(tenant.id, params), enabled: isOpen && params !== undefined });
  const set = (patch: Partial<ReferralForm>) => setForm((current) => ({ ...current, ...patch }));
  const kind = kindOfNeed(form.need);
  const problems = attempted ? referralProblems(form) : {};
  const submitProblem = submit.error ? problemOf(submit.error) : null;
  const missingConsent = submitProblem !== null && isMissingConsent(submitProblem);
  const shown = { ...(submitProblem && !missingConsent ? fieldProblemsOf(submitProblem) : {}), ...problems };
  const contact = referable.find((item) => item.id === form.contactId);

  useEffect(() => {
    const timer = setTimeout(() => setCity(form.city), CITY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed.city]);

  const openChange = (open: boolean) => {
    if (submit.isPending) return;
    if (open) {
      submit.reset();
      setAttempted(false);
      setRecordingConsent(false);
      setConsentRecorded(false);
      setResult(null);
      draft.begin({ need: quickleads, serviceType: "", contactId: referable[0]?.id ?? "", city: "" });
      setCity("");
    }
    setOpen(open);
  };
  const chooseKind = (value: string | undefined) => {
    if (value === "acm") set({ need: "acm" });
    else set({ need: needs.find((need) => need.kind === "quickleads")?.code ?? "", serviceType: "" });
  };
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (submit.isPending) return;
    setAttempted(true);
    setConsentRecorded(false);
    setRecordingConsent(false);
    submit.reset();
    if (Object.keys(referralProblems(form)).length > 0) return;
    submit.mutate(referralBody(form), {
      onSuccess: (submitted) => {
        draft.clear();
        setResult(submitted);
      },
    });
  };

  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={openChange}>
      <Button isDisabled={needs.length === 0}>{draftMarked("Refer to partners…", draft.hasDraft)}</Button>
      <ModalOverlay className={`${dialogStyles.overlay} ${styles.overlay}`} isDismissable={!submit.isPending}>
        <Modal className={`${dialogStyles.modal} ${styles.modal}`}>
          <Dialog className={dialogStyles.dialog}>
            {({ close }) => (
              <div className={styles.body}>
                <Heading slot="title" className={dialogStyles.title}>
                  Refer {tenant.name} to partners
                </Heading>
                {result ? (
                  <>
                    <div role="status" className={styles.result}>
                      {submittedLines(result).map((line) => (
                        <p key={line}>{line}</p>
                      ))}
                    </div>
                    <div className={styles.actions}>
                      <Button variant="primary" onPress={close} autoFocus>
                        Done
                      </Button>
                    </div>
                  </>
                ) : (
                  <>
                    <p className={dialogStyles.intro}>
                      Up to 3 partners that offer what the customer needs, nearest first, get the contact's details; the contact gets a notice by e-mail.
                    </p>
                    <SessionDraftNote draft={draft} />
                    <form id="referral-form" className={styles.form} onSubmit={send} noValidate>
                      <div className={styles.pair}>
                        <SelectField
                          label="Kind"
                          options={[
                            { value: "quickleads", label: "QuickLeads (kickoff risks)" },
                            { value: "acm", label: "ACM (adoption and change management)" },
                          ]}
                          value={kind}
                          onChange={chooseKind}
                        />
                        {kind === "acm" ? (
                          <SelectField
                            label="ACM service type"
                            options={serviceTypes.map((entry) => ({ value: entry.code, label: entry.label }))}
                            value={form.serviceType || undefined}
                            onChange={(serviceType) => set({ serviceType: serviceType ?? "" })}
                          />
                        ) : (
                          <SelectField
                            label="Need"
                            options={needs.filter((need) => need.kind === "quickleads").map((entry) => ({ value: entry.code, label: entry.label }))}
                            value={form.need || undefined}
                            onChange={(need) => set({ need: need ?? "" })}
                          />
                        )}
                      </div>
                      {(shown.need || shown.serviceType) && <p className={styles.error}>{shown.need ?? shown.serviceType}</p>}
                      {contacts.isError ? (
                        <ProblemPanel error={contacts.error} onRetry={() => void contacts.refetch()} retrying={contacts.isFetching} />
                      ) : referable.length === 0 ? (
                        <p className={sectionStyles.muted}>
                          {contacts.data ? "No customer contact has an e-mail address: add one in Contacts first, so the partners can reach them." : "Loading contacts…"}
                        </p>
                      ) : (
                        <SelectField
                          label="Customer contact"
                          options={referable.map((item) => ({ value: item.id, label: `${item.name} (${item.email})${item.country ? `, ${item.country}` : ""}` }))}
                          value={form.contactId || undefined}
                          onChange={(contactId) => set({ contactId: contactId ?? "" })}
                        />
                      )}
                      {shown.contactId && <p className={styles.error}>{shown.contactId}</p>}
                      <TextField label="City (optional)" description="Partners in the customer's city come first." value={form.city} onChange={(value) => set({ city: value })} error={shown.city} />
                    </form>
                    <ReferralPreview match={match.data} error={match.error} isFetching={match.isFetching} ready={params !== undefined} onRetry={() => void match.refetch()} />
                    {missingConsent && contact && (
                      <div role="alert" className={styles.consentNeeded}>
                        <strong>Consent needed</strong>
                        <p>{submitProblem.detail}</p>
                        {!recordingConsent && (
                          <div>
                            <Button onPress={() => setRecordingConsent(true)}>Record consent for {contact.name}…</Button>
                          </div>
                        )}
                      </div>
                    )}
                    {missingConsent && contact && recordingConsent && (
                      <RecordConsentForm
                        tenantId={tenant.id}
                        contact={contact}
                        scope={REFERRAL_CONSENT_SCOPE}
                        onRecorded={() => {
                          submit.reset();
                          setRecordingConsent(false);
                          setConsentRecorded(true);
                        }}
                        onCancel={() => setRecordingConsent(false)}
                      />
                    )}
                    {consentRecorded && (
                      <p role="status" className={sectionStyles.muted}>
                        Consent recorded for {contact?.name}. Submit the referral again.
                      </p>
                    )}
                    {submit.isError && !missingConsent && Object.keys(fieldProblemsOf(submitProblem)).length === 0 && <ProblemPanel error={submit.error} />}
                    <div className={styles.actions}>
                      <Button
                        onPress={() => {
                          draft.clear();
                          close();
                        }}
                        isDisabled={submit.isPending}
                      >
                        Cancel
                      </Button>
                      <Button type="submit" form="referral-form" variant="primary" isDisabled={submit.isPending || match.data?.state === "none"}>
                        {submit.isPending ? "Submitting…" : "Submit referral"}
                      </Button>
                    </div>
                  </>
                )}
              </div>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
