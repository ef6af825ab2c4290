import { Button } from "../../components/button.tsx";
import styles from "./notes-section.module.css";

type TaskPrefillOfferProps = { taskId: number; onUse: () => void; onIgnore: () => void };

/** "Create note" arrived while the editor held text: nothing was replaced; the person decides. */
export function TaskPrefillOffer({ taskId, onUse, onIgnore }: TaskPrefillOfferProps) {
  return (
    <div role="alert" className={styles.prefillOffer}>
      <p className={styles.prefillText}>
        The editor already holds a note you are writing, so task {taskId} was not put in it and nothing was replaced.
      </p>
      <div className={styles.actions}>
        <Button size="small" variant="primary" onPress={onUse}>
          Make this note about task {taskId}
        </Button>
        <Button size="small" variant="quiet" onPress={onIgnore}>
          Keep my note as it is
        </Button>
      </div>
    </div>
  );
}
