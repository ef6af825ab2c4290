import type { TUser } from "@waymark/contracts";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { OneTimePassword } from "./one-time-password.tsx";
import { useResetPassword } from "./people-queries.ts";
import { PersonModal } from "./person-modal.tsx";
import styles from "./people-dialog.module.css";

type ResetPasswordDialogProps = { user: TUser; onClose: () => void };

/** Asks first (the old password stops working and sessions end), then shows the new one-time password once. */
export function ResetPasswordDialog({ user, onClose }: ResetPasswordDialogProps) {
  const reset = useResetPassword();
  const done = reset.data;
  return (
    <PersonModal title={done ? "New one-time password" : `Reset ${user.displayName}'s password?`} isOpen onClose={onClose} isLocked={reset.isPending || Boolean(done)}>
      {done ? (
        <>
          <OneTimePassword username={done.user.username} password={done.oneTimePassword} />
          <div className={styles.actions}>
            <Button variant="primary" onPress={onClose} autoFocus>
              Done, I have copied it
            </Button>
          </div>
        </>
      ) : (
        <>
          <p className={styles.note}>
            {user.displayName}'s current password stops working and they are signed out everywhere. They sign in with the new one-time
            password and choose their own.
            {user.singleSignOn ? " Their single sign-on keeps working." : ""}
          </p>
          {reset.isError && <ProblemPanel error={reset.error} />}
          <div className={styles.actions}>
            <Button onPress={onClose} isDisabled={reset.isPending} autoFocus>
              Cancel
            </Button>
            <Button variant="primary" onPress={() => reset.mutate(user.id)} isDisabled={reset.isPending}>
              {reset.isPending ? "Resetting…" : "Reset password"}
            </Button>
          </div>
        </>
      )}
    </PersonModal>
  );
}
