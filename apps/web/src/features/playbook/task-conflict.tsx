import { Button } from "../../components/button.tsx";
import styles from "./playbook-section.module.css";

export type SaveProblem = {
  taskLabel: string;
  /** What the person tried, in words. */
  attempted: string;
  message: string;
  /** The task changed meanwhile: the list is reloaded and the change can be sent again on top of the new version. */
  conflict: boolean;
};

type Props = { problem: SaveProblem; onReload: () => void; onReapply: () => void; onDismiss: () => void };

/** A save that did not happen, beside the tasks (not a dialog): for a conflict, reload or re-apply the change. */
export function TaskSaveProblem({ problem, onReload, onReapply, onDismiss }: Props) {
  const { conflict } = problem;
  return (
    <div className={styles.problem} role="alert">
      <p className={styles.problemText}>
        <strong>{conflict ? `${problem.taskLabel} was changed meanwhile` : `${problem.taskLabel} was not saved`}</strong>
        {conflict ? ` by someone else, and the list now shows their version; your change (${problem.attempted}) was not saved. ` : `: ${problem.message} `}
      </p>
      <div className={styles.problemActions}>
        {conflict && (
          <>
            <Button size="small" onPress={onReload}>
              Keep their version
            </Button>
            <Button size="small" variant="primary" onPress={onReapply}>
              Apply my change again
            </Button>
          </>
        )}
        {!conflict && (
          <Button size="small" variant="quiet" onPress={onDismiss}>
            Dismiss
          </Button>
        )}
      </div>
    </div>
  );
}
