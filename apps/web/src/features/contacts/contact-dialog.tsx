import { useQueryClient } from "@tanstack/react-query";
import type { TContact, TTenant } from "@waymark/contracts";
import { type FormEvent, useState } from "react";
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { ApiError, problemOf } from "../../lib/api.ts";
import { useSessionDraft } from "../../lib/session-draft-hook.ts";
import { SessionDraftNote } from "../../lib/session-draft-note.tsx";
import { draftMarked } from "../../lib/session-draft.ts";
import { ContactFields } from "./contact-fields.tsx";
import {
  type ContactForm,
  type ContactType,
  createBody,
  emptyContactForm,
  fieldProblemsOf,
  formOfContact,
  localContactProblems,
  reapply,
  surveyGaps,
  updateBody,
} from "./contacts.ts";
import { tenantContactsQuery, useAddContact, useUpdateContact } from "./contacts-queries.ts";
import dialogStyles from "../../components/dialog.module.css";
import styles from "./contacts-section.module.css";

type ContactDraft = { form: ContactForm; opened: ContactForm; version: number };
type ContactDialogProps = { tenant: TTenant; onSaved: (message: string) => void } & ({ contact: TContact; type?: never } | { contact?: never; type: ContactType });

const PLACED = ["type", "name", "email", "phone", "role", "partnerId", "isEngaged", "doNotCall", "doNotCallReason", "surveyEligible", "surveyLanguage", "country", "servicesDeployed", "wholeCustomer"];

/** Adds a contact, or edits one; a 409 keeps what was typed and offers to reload the contact and apply it again. */
export function ContactDialog({ tenant, contact, type, onSaved }: ContactDialogProps) {
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  // What was typed, with the contact as it was when the editing began, so a reload keeps the 409 check and the re-apply.
  const startOf = (): ContactDraft => {
    const start = contact ? formOfContact(contact) : emptyContactForm(type);
    return { form: start, opened: start, version: contact?.version ?? 0 };
  };
  const draft = useSessionDraft<ContactDraft>(`contact:${tenant.id}:${contact ? contact.id : `new-${type}`}`, startOf(), {
    isEmpty: (value) => JSON.stringify(value.form) === JSON.stringify(value.opened),
  });
  const { form, opened, version } = draft.value;
  const setForm = (next: (current: ContactForm) => ContactForm) => draft.set((current) => ({ ...current, form: next(current.form) }));
  const [attempted, setAttempted] = useState(false);
  const [reloaded, setReloaded] = useState<string | null>(null);
  const add = useAddContact(tenant.id);
  const update = useUpdateContact(tenant.id, contact?.id ?? "");
  const save = contact ? update : add;
  const set = (patch: Partial<ContactForm>) => setForm((current) => ({ ...current, ...patch }));
  const stale = save.error instanceof ApiError && save.error.status === 409;
  const serverProblems = save.error && !stale ? fieldProblemsOf(problemOf(save.error)) : {};
  // Once a save was tried, the form's own problems follow the typing, so a fixed field loses its message at once.
  const problems: Record<string, string> = attempted ? { ...surveyGaps(form), ...localContactProblems(form) } : {};
  const shown = { ...serverProblems, ...problems };
  const unplaced = save.isError && !stale && Object.keys(serverProblems).every((field) => !PLACED.includes(field));

  const openChange = (open: boolean) => {
    if (save.isPending) return;
    if (open) {
      save.reset();
      setAttempted(false);
      setReloaded(null);
      draft.begin(startOf());
    }
    setOpen(open);
  };
  const reload = async () => {
    if (!contact) return;
    const list = await queryClient.fetchQuery({ ...tenantContactsQuery(tenant.id), staleTime: 0 });
    const current = list.items.find((item) => item.id === contact.id);
    save.reset();
    if (!current) {
      setReloaded("The contact was removed meanwhile; close this dialog.");
      return;
    }
    const rebased = reapply(opened, form, current);
    draft.set({ form: rebased.form, opened: formOfContact(current), version: current.version });
    setReloaded(
      `Reloaded: the form shows the contact as it is now with your changes applied; save to keep them.${rebased.overridden.length > 0 ? ` You both changed: ${rebased.overridden.join(", ")}; yours will replace theirs.` : ""}`,
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setAttempted(true);
    save.reset();
    if (Object.keys({ ...surveyGaps(form), ...localContactProblems(form) }).length > 0) return;
    const done = (saved: TContact) => {
      draft.clear();
      setOpen(false);
      onSaved(contact ? `Saved ${saved.name}.` : `Added ${saved.name} as a ${saved.type} contact${saved.level === "customer" ? " of the whole customer" : ""}.`);
    };
    if (contact) update.mutate(updateBody(form, version), { onSuccess: done });
    else add.mutate(createBody(form), { onSuccess: done });
  };

  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={openChange}>
      {contact ? (
        <Button size="small" variant="quiet" aria-label={draftMarked(`Edit ${contact.name}`, draft.hasDraft)}>
          {draftMarked("Edit", draft.hasDraft)}
        </Button>
      ) : (
        <Button variant="primary">{draftMarked("Add contact…", draft.hasDraft)}</Button>
      )}
      <ModalOverlay className={`${dialogStyles.overlay} ${styles.overlay}`} isDismissable={!save.isPending}>
        <Modal className={`${dialogStyles.modal} ${styles.modal}`}>
          <Dialog className={dialogStyles.dialog}>
            {({ close }) => (
              <form onSubmit={submit} className={styles.form} noValidate>
                <Heading slot="title" className={dialogStyles.title}>
                  {contact ? `Edit ${contact.name}` : "Add a contact"}
                </Heading>
                <SessionDraftNote draft={draft} onDiscard={() => draft.clear(startOf())} />
                {contact?.synced && <p className={dialogStyles.intro}>This contact comes from the upstream sync: a change here may be overwritten by the next sync.</p>}
                <ContactFields
                  form={form}
                  set={set}
                  errors={shown}
                  isNew={!contact}
                  tenantServices={tenant.services.map((service) => ({ code: service.service, label: service.serviceLabel }))}
                />
                {stale && (
                  <div role="alert" className={styles.conflict}>
                    <strong>Someone changed this contact since you opened it.</strong>
                    <span>What you typed is kept. Reload to bring in their change with yours applied on top, then save again.</span>
                    <Button size="small" onPress={() => void reload()}>
                      Reload and re-apply
                    </Button>
                  </div>
                )}
                {reloaded && (
                  <p role="status" className={styles.hint}>
                    {reloaded}
                  </p>
                )}
                {unplaced ? (
                  <ProblemPanel error={save.error} />
                ) : (
                  (save.isError && !stale) || Object.keys(problems).length > 0 ? (
                    <p role="alert" className={styles.error}>
                      The contact was not saved: see what to fix at the fields above.
                    </p>
                  ) : null
                )}
                <div className={styles.dialogActions}>
                  <Button
                    onPress={() => {
                      draft.clear(startOf());
                      close();
                    }}
                    isDisabled={save.isPending}
                  >
                    Cancel
                  </Button>
                  <Button type="submit" variant="primary" isDisabled={save.isPending || stale}>
                    {save.isPending ? "Saving…" : contact ? "Save contact" : "Add contact"}
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
