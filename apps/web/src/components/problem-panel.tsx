import type { ReactNode } from "react";
import { problemOf } from "../lib/api.ts";
import { Button } from "./button.tsx";
import styles from "./problem-panel.module.css";

type ProblemPanelProps = { error: unknown; onRetry?: () => void; retrying?: boolean; children?: ReactNode };

/** Shows a failed request's problem detail and field errors, with Retry when the caller can retry. */
export function ProblemPanel({ error, onRetry, retrying = false, children }: ProblemPanelProps) {
  const problem = problemOf(error);
  const fieldErrors = [...new Map((problem.errors ?? []).map((e) => [`${e.path}\u0000${e.message}`, e])).values()];
  return (
    <div role="alert" className={styles.panel}>
      <span className={styles.title}>{problem.title || "Something went wrong"}</span>
      {problem.detail && <p className={styles.detail}>{problem.detail}</p>}
      {fieldErrors.length > 0 && (
        <ul className={styles.errors}>
          {fieldErrors.map((fieldError) => (
            <li key={`${fieldError.path}:${fieldError.message}`}>
              {fieldError.path ? `${fieldError.path}: ` : ""}
              {fieldError.message}
            </li>
          ))}
        </ul>
      )}
      {children}
      {onRetry && (
        <Button onPress={onRetry} isDisabled={retrying}>
          {retrying ? "Retrying…" : "Retry"}
        </Button>
      )}
    </div>
  );
}
