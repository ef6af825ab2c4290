import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import styles from "./split-editor.module.css";

/** Under a service form: the stale-edit offer (what was typed is kept), any other refusal, or what was saved. */
export function SaveOutcome({ stale, error, notice, onReload }: { stale: boolean; error: Error | null; notice: string | null; onReload: () => void }) {
  return (
    <>
      {stale && (
        <div role="alert" className={styles.conflict}>
          <strong>Someone changed this service since you opened it.</strong>
          <span>What you typed is kept.</span>
          <Button size="small" onPress={onReload}>
            Reload and re-apply
          </Button>
        </div>
      )}
      {error && !stale && <ProblemPanel error={error} />}
      {notice && (
        <p role="status" className={styles.notice}>
          {notice}
        </p>
      )}
    </>
  );
}
