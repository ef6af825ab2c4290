import type { TUser } from "@waymark/contracts";
import type { FormEvent } from "react";
import { Checkbox } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { TextField } from "../../components/text-field.tsx";
import { useSessionDraft } from "../../lib/session-draft-hook.ts";
import { SessionDraftNote } from "../../lib/session-draft-note.tsx";
import { type AccountForm, bodyFieldErrors, createBody, EMPTY_ACCOUNT } from "./account-form.ts";
import { OneTimePassword } from "./one-time-password.tsx";
import { useCreateUser } from "./people-queries.ts";
import { PersonModal } from "./person-modal.tsx";
import { RolePicker } from "./role-picker.tsx";
import styles from "./people-dialog.module.css";

/** The tab's draft key of the new account being typed (also read by the page's "New account…" button). */
export const NEW_ACCOUNT_DRAFT_KEY = "new-account";

type CreateAccountDialogProps = { isOpen: boolean; onClose: () => void; onCreated: (user: TUser) => void };

/** New account: after it is created, the one-time password is shown once, and the dialog stays until "Done". */
export function CreateAccountDialog({ isOpen, onClose, onCreated }: CreateAccountDialogProps) {
  // Kept in the tab until created or cancelled; Escape keeps it for later, and a reload brings it back.
  const draft = useSessionDraft<AccountForm>(NEW_ACCOUNT_DRAFT_KEY, EMPTY_ACCOUNT);
  const form = draft.value;
  const create = useCreateUser();
  const created = create.data;
  const errors = bodyFieldErrors(create.error);
  const set = (patch: Partial<AccountForm>) => draft.set((current) => ({ ...current, ...patch }));

  const close = () => {
    if (created) onCreated(created.user);
    create.reset();
    onClose();
  };
  const cancel = () => {
    draft.clear();
    close();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!create.isPending) create.mutate(createBody(form), { onSuccess: () => draft.clear() });
  };

  return (
    <PersonModal title={created ? "Account created" : "New account"} isOpen={isOpen} onClose={close} isLocked={create.isPending || Boolean(created)}>
      {created ? (
        <>
          <p className={styles.intro}>
            {created.user.displayName} ({created.user.username}) can sign in now.
          </p>
          <OneTimePassword username={created.user.username} password={created.oneTimePassword} />
          <div className={styles.actions}>
            <Button variant="primary" onPress={close} autoFocus>
              Done, I have copied it
            </Button>
          </div>
        </>
      ) : (
        <form onSubmit={submit} className={styles.stack}>
          <p className={styles.intro}>Waymark gives the account a one-time password; the person chooses their own at first sign-in.</p>
          <SessionDraftNote draft={draft} />
          <div className={styles.pair}>
            <TextField label="Username" value={form.username} onChange={(username) => set({ username })} error={errors.username} isRequired autoFocus
              description="Letters, digits, dot, underscore, @ or hyphen." />
            <TextField label="Display name" value={form.displayName} onChange={(displayName) => set({ displayName })} error={errors.displayName} isRequired />
          </div>
          <div className={styles.pair}>
            <TextField label="E-mail (optional)" type="email" value={form.email} onChange={(email) => set({ email })} error={errors.email} />
            <TextField label="Partner organisation id (optional)" value={form.partnerId} onChange={(partnerId) => set({ partnerId })} error={errors.partnerId}
              description="For a partner's person, who also needs the FastTrack Ready Partner user role." />
          </div>
          <RolePicker value={form.roles} onChange={(roles) => set({ roles })} error={errors.roles} />
          <Checkbox className={styles.choice} isSelected={form.isAdministrator} onChange={(isAdministrator) => set({ isAdministrator })}>
            <span aria-hidden="true" className={styles.checkMark} />
            Waymark administrator (creates accounts, reads and edits everything)
          </Checkbox>
          {errors.isAdministrator && <p className={styles.error}>{errors.isAdministrator}</p>}
          {create.isError && <ProblemPanel error={create.error} />}
          <div className={styles.actions}>
            <Button onPress={cancel} isDisabled={create.isPending}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" isDisabled={create.isPending}>
              {create.isPending ? "Creating…" : "Create account"}
            </Button>
          </div>
        </form>
      )}
    </PersonModal>
  );
}
