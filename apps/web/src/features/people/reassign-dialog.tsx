import type { TReassignmentPlan, TUser } from "@waymark/contracts";
import { useState } from "react";
import { Checkbox, CheckboxGroup, FieldError, Label, Text, TextArea, TextField } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import fieldStyles from "../../components/field.module.css";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { formatCount } from "../../lib/format.ts";
import { useSessionDraft } from "../../lib/session-draft-hook.ts";
import { SessionDraftNote } from "../../lib/session-draft-note.tsx";
import { bodyFieldErrors } from "./account-form.ts";
import { type Colleague, ColleaguePicker } from "./colleague-picker.tsx";
import { usePreviewReassignment, useReassign } from "./people-queries.ts";
import { PersonModal } from "./person-modal.tsx";
import { ReassignmentPlan } from "./reassignment-plan.tsx";
import { ASSIGNMENT_ROLE_INFO } from "./roles.ts";
import dialogStyles from "./people-dialog.module.css";
import styles from "./reassign.module.css";

type ReassignDialogProps = { user: TUser; onClose: () => void; onDone: (message: string) => void };

const MIN_REASON = 10;
const ROLE_OPTIONS = Object.entries(ASSIGNMENT_ROLE_INFO).map(([code, info]) => ({ code, label: `${info.abbreviation} · ${info.label}` }));

type Shown = { plan: TReassignmentPlan; key: string; changed: boolean };

/** The tab's draft key of the reassignment of one person's work (also read by the row's menu, to say a draft waits). */
export const reassignDraftKey = (userId: string) => `reassign:${userId}`;

/** Preview first, then confirm with the preview's fingerprint; the server refuses (409) when the work changed meanwhile. */
export function ReassignDialog({ user, onClose, onDone }: ReassignDialogProps) {
  const draft = useSessionDraft<{ colleagues: Colleague[]; roles: string[]; reason: string }>(reassignDraftKey(user.id), { colleagues: [], roles: [], reason: "" });
  const { colleagues, roles, reason } = draft.value;
  const setColleagues = (next: Colleague[]) => draft.set((current) => ({ ...current, colleagues: next }));
  const setRoles = (next: string[]) => draft.set((current) => ({ ...current, roles: next }));
  const setReason = (next: string) => draft.set((current) => ({ ...current, reason: next }));
  const [triedPreview, setTriedPreview] = useState(false);
  const [shown, setShown] = useState<Shown | null>(null);
  const [applied, setApplied] = useState<TReassignmentPlan | null>(null);
  const preview = usePreviewReassignment();
  const reassign = useReassign();

  const input = {
    fromUserId: user.id,
    toUserIds: colleagues.map((colleague) => colleague.id),
    ...(roles.length > 0 ? { roles: roles as NonNullable<Parameters<typeof preview.mutate>[0]["roles"]> } : {}),
    reason: reason.trim(),
  };
  const key = JSON.stringify(input);
  const isCurrent = shown !== null && shown.key === key;
  const reasonShort = input.reason.length < MIN_REASON;
  const problems = {
    colleagues: triedPreview && colleagues.length === 0 ? "Pick at least one colleague." : bodyFieldErrors(preview.error).toUserIds,
    reason: triedPreview && reasonShort ? `Say why in a sentence: at least ${MIN_REASON} characters (${MIN_REASON - input.reason.length} more).` : undefined,
  };
  const busy = preview.isPending || reassign.isPending;

  const runPreview = () => {
    setTriedPreview(true);
    if (colleagues.length === 0 || reasonShort || busy) return;
    reassign.reset();
    preview.mutate(input, { onSuccess: (plan) => setShown({ plan, key, changed: false }) });
  };
  const confirm = () => {
    if (!shown || !isCurrent || busy) return;
    reassign.mutate(
      { ...input, previewFingerprint: shown.plan.previewFingerprint },
      {
        onSuccess: ({ plan, changed }) => {
          if (changed) setShown({ plan, key, changed: true });
          else {
            draft.clear();
            setApplied(plan);
            onDone(`Moved ${formatCount(plan.counts.assignments)} of ${user.displayName}'s assignments to ${plan.to.map((p) => p.name).join(" and ")}.`);
          }
        },
      },
    );
  };

  if (applied) {
    return (
      <PersonModal title={`${user.displayName}'s work was reassigned`} isOpen onClose={onClose} wide>
        <p role="status" className={styles.done}>
          Done: {formatCount(applied.counts.assignments)} assignments on {formatCount(applied.counts.tenants)} tenants and {formatCount(applied.counts.customers)} customers
          moved. Each move is in the tenants' history with your reason.
        </p>
        <ReassignmentPlan plan={applied} />
        <div className={dialogStyles.actions}>
          <Button variant="primary" onPress={onClose} autoFocus>
            Close
          </Button>
        </div>
      </PersonModal>
    );
  }

  return (
    <PersonModal title={`Reassign ${user.displayName}'s work`} isOpen onClose={onClose} isLocked={busy} wide>
      <p className={dialogStyles.intro}>
        Moves {user.displayName}'s tenant and customer assignments to colleagues. Preview it first; nothing changes until you confirm.
      </p>
      <SessionDraftNote draft={draft} />
      <ColleaguePicker excludeId={user.id} value={colleagues} onChange={setColleagues} error={problems.colleagues} />
      <CheckboxGroup className={dialogStyles.group} value={roles} onChange={setRoles}>
        <Label className={dialogStyles.groupLabel}>Only these assignment roles (optional)</Label>
        <Text slot="description" className={dialogStyles.description}>
          {roles.length === 0 ? "None ticked: every role moves." : `${roles.length} ticked: only assignments in these roles move.`}
        </Text>
        <div className={styles.roles}>
          {ROLE_OPTIONS.map((role) => (
            <Checkbox key={role.code} value={role.code} className={dialogStyles.choice}>
              <span aria-hidden="true" className={dialogStyles.checkMark} />
              {role.label}
            </Checkbox>
          ))}
        </div>
      </CheckboxGroup>
      <TextField className={fieldStyles.field} value={reason} onChange={setReason} isRequired isInvalid={Boolean(problems.reason)} validationBehavior="aria">
        <Label className={fieldStyles.label}>Reason</Label>
        <TextArea className={dialogStyles.textarea} rows={2} />
        <Text slot="description" className={fieldStyles.description}>
          Kept in every tenant's history. {reasonShort ? `${MIN_REASON - input.reason.length} more characters needed.` : "Long enough."}
        </Text>
        <FieldError className={fieldStyles.error}>{problems.reason}</FieldError>
      </TextField>
      {preview.isError && <ProblemPanel error={preview.error} />}
      {reassign.isError && <ProblemPanel error={reassign.error} />}
      {shown && (
        <section aria-label="Preview" className={dialogStyles.stack}>
          {shown.changed && isCurrent && (
            <p role="alert" className={styles.changed}>
              <strong>The assignments changed since your preview.</strong> Nothing was moved. This is the new preview: check it and confirm again.
            </p>
          )}
          {!isCurrent && <p className={styles.changed}>You changed the choices since this preview; preview again before confirming.</p>}
          {shown.plan.moves.length === 0 && (
            <p className={styles.changed}>Nothing to move: {user.displayName} holds no assignments{roles.length > 0 ? " in these roles" : ""}.</p>
          )}
          <ReassignmentPlan plan={shown.plan} />
        </section>
      )}
      <div className={dialogStyles.actions}>
        {reassign.isPending && (
          <p role="status" className={styles.progress}>
            <span aria-hidden="true" className={styles.spinner} />
            Reassigning {formatCount(shown?.plan.counts.assignments ?? 0)} assignments… keep this dialog open.
          </p>
        )}
        <Button
          onPress={() => {
            draft.clear();
            onClose();
          }}
          isDisabled={busy}
        >
          Cancel
        </Button>
        <Button onPress={runPreview} isDisabled={busy} variant={isCurrent ? "secondary" : "primary"}>
          {preview.isPending ? "Previewing…" : shown ? "Preview again" : "Preview"}
        </Button>
        <Button variant="primary" onPress={confirm} isDisabled={busy || !isCurrent || shown.plan.moves.length === 0}>
          {isCurrent && shown ? `Confirm: move ${formatCount(shown.plan.counts.assignments)} assignments` : "Confirm"}
        </Button>
      </div>
    </PersonModal>
  );
}
