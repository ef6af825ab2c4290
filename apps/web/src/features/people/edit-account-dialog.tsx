import type { TUser } from "@waymark/contracts";
import { type FormEvent, useState } from "react";
import { Checkbox } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { TextField } from "../../components/text-field.tsx";
import { useSessionDraft } from "../../lib/session-draft-hook.ts";
import { SessionDraftNote } from "../../lib/session-draft-note.tsx";
import { type AccountForm, bodyFieldErrors, changedMeanwhile, changesOf, formOf, updateBody } from "./account-form.ts";
import { fetchCurrentUser, isVersionConflict, useUpdateUser } from "./people-queries.ts";
import { PersonModal } from "./person-modal.tsx";
import { RolePicker } from "./role-picker.tsx";
import styles from "./people-dialog.module.css";

/** The tab's draft key of the changes typed to one account (also read by the row's menu, to say a draft waits). */
export const editAccountDraftKey = (userId: string) => `edit-account:${userId}`;

type EditAccountDialogProps = { user: TUser; onClose: () => void; onSaved: (user: TUser, message: string) => void };

/**
 * Edits an account with its version as precondition. Only the fields the administrator changed are sent; when someone
 * else saved first (409) the typed changes stay, and "Reload and re-apply" puts them on top of the current account.
 */
export function EditAccountDialog({ user, onClose, onSaved }: EditAccountDialogProps) {
  // The account as read (with its version) travels with the typed changes, so a reload keeps a stale save a 409 to re-apply.
  const draft = useSessionDraft(
    editAccountDraftKey(user.id),
    { base: { form: formOf(user), version: user.version }, form: formOf(user) },
    { isEmpty: (value) => Object.keys(changesOf(value.base.form, value.form)).length === 0 },
  );
  const { base, form } = draft.value;
  const setBase = (next: { form: AccountForm; version: number }) => draft.set((current) => ({ ...current, base: next }));
  const setForm = (next: AccountForm) => draft.set((current) => ({ ...current, form: next }));
  const [reloadNote, setReloadNote] = useState("");
  const [reloadError, setReloadError] = useState<unknown>(null);
  const [reloading, setReloading] = useState(false);
  const update = useUpdateUser();
  const changes = changesOf(base.form, form);
  const hasChanges = Object.keys(changes).length > 0;
  const conflict = isVersionConflict(update.error);
  const errors = bodyFieldErrors(update.error);
  const set = (patch: Partial<AccountForm>) => draft.set((current) => ({ ...current, form: { ...current.form, ...patch } }));

  const save = (version: number, toSend: Partial<AccountForm>, note: string) =>
    update.mutate(
      { userId: user.id, body: updateBody(version, toSend) },
      {
        onSuccess: (saved) => {
          draft.clear();
          onSaved(saved, `Saved ${saved.displayName}'s account.${note ? ` ${note}` : ""}`);
        },
      },
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!update.isPending && hasChanges) save(base.version, changes, reloadNote);
  };

  const reloadAndReapply = async () => {
    setReloading(true);
    setReloadError(null);
    try {
      const current = await fetchCurrentUser(user);
      const currentForm = formOf(current);
      const meanwhile = changedMeanwhile(base.form, currentForm);
      const note = meanwhile.length > 0 ? `Someone else had changed: ${meanwhile.join(", ")}; your changes were applied on top.` : "";
      setBase({ form: currentForm, version: current.version });
      setForm({ ...currentForm, ...changes });
      setReloadNote(note);
      save(current.version, changes, note);
    } catch (error) {
      setReloadError(error);
    } finally {
      setReloading(false);
    }
  };

  const busy = update.isPending || reloading;
  return (
    <PersonModal title={`Edit ${user.displayName}`} isOpen onClose={onClose} isLocked={busy}>
      <form onSubmit={submit} className={styles.stack}>
        <p className={styles.intro}>
          Username <strong>{user.username}</strong>
          {user.partner ? ` · partner ${user.partner.name}` : ""}. Disabling ends the person's sessions at once.
        </p>
        <SessionDraftNote draft={draft} onDiscard={() => draft.clear({ base: { form: formOf(user), version: user.version }, form: formOf(user) })} />
        <div className={styles.pair}>
          <TextField label="Display name" value={form.displayName} onChange={(displayName) => set({ displayName })} error={errors.displayName} isRequired autoFocus />
          <TextField label="E-mail" type="email" value={form.email} onChange={(email) => set({ email })} error={errors.email} />
        </div>
        <RolePicker value={form.roles} onChange={(roles) => set({ roles })} error={errors.roles} />
        <Checkbox className={styles.choice} isSelected={form.isAdministrator} onChange={(isAdministrator) => set({ isAdministrator })}>
          <span aria-hidden="true" className={styles.checkMark} />
          Waymark administrator
        </Checkbox>
        {errors.isAdministrator && <p className={styles.error}>{errors.isAdministrator}</p>}
        <Checkbox className={styles.choice} isSelected={form.disabled} onChange={(disabled) => set({ disabled })}>
          <span aria-hidden="true" className={styles.checkMark} />
          Disabled (cannot sign in)
        </Checkbox>
        {conflict ? (
          <ProblemPanel error={update.error}>
            <p className={styles.note}>
              <strong>Changed by someone else meanwhile.</strong> Your changes ({Object.keys(changes).length}) are still in the form.
            </p>
            <Button size="small" onPress={() => void reloadAndReapply()} isDisabled={busy}>
              {reloading ? "Reloading…" : "Reload and re-apply my changes"}
            </Button>
          </ProblemPanel>
        ) : (
          update.isError && <ProblemPanel error={update.error} />
        )}
        {reloadError !== null && <ProblemPanel error={reloadError} />}
        <div className={styles.actions}>
          <Button
            onPress={() => {
              draft.clear();
              onClose();
            }}
            isDisabled={busy}
          >
            Cancel
          </Button>
          <Button type="submit" variant="primary" isDisabled={busy || !hasChanges || conflict}>
            {update.isPending ? "Saving…" : hasChanges ? "Save changes" : "No changes to save"}
          </Button>
        </div>
      </form>
    </PersonModal>
  );
}
