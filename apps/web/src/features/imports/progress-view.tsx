import { Button } from "../../components/button.tsx";
import styles from "./imports.module.css";

type ProgressViewProps = { label: string; text: string; done: number; total: number; onCancel: () => void; note: string };

/** A progress bar with its figures in words (read out as they change) and a Cancel button. */
export function ProgressView({ label, text, done, total, onCancel, note }: ProgressViewProps) {
  return (
    <div className={styles.progress}>
      <progress aria-label={label} value={total > 0 ? done : undefined} max={total > 0 ? total : undefined} className={styles.bar} />
      <p role="status" aria-live="polite" className={styles.progressText} data-testid="import-progress">
        {text}
      </p>
      <div className={styles.actions}>
        <Button onPress={onCancel}>Cancel</Button>
        <span className={styles.hint}>{note}</span>
      </div>
    </div>
  );
}
