import { CopyButton } from "../../components/copy-button.tsx";
import styles from "./people-dialog.module.css";

type OneTimePasswordProps = { username: string; password: string };

/** The one-time password, shown once: the server keeps only its hash, so closing this loses it for good. */
export function OneTimePassword({ username, password }: OneTimePasswordProps) {
  return (
    <div className={styles.secret}>
      <p className={styles.note}>
        One-time password for <strong>{username}</strong>:
      </p>
      <div className={styles.secretRow}>
        <code className={styles.secretValue}>
          {password}
        </code>
        <CopyButton value={password} label="Copy the one-time password" />
      </div>
      <p className={styles.warning}>It will not be shown again. Copy it now and give it to the person.</p>
      <p className={styles.note}>They choose their own password when they first sign in with it.</p>
    </div>
  );
}
