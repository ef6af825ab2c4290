import type { TTaskWithWhy, TUpdateTask } from "@waymark/contracts";
import { useEffect, useState } from "react";
import { useCatalog } from "../catalogs/catalog-queries.ts";
import { parsePercent } from "./playbook-view.ts";
import { taskRoleOptions } from "./task-roles.ts";
import styles from "./playbook-tasks-table.module.css";

export type TaskChange = Omit<TUpdateTask, "version">;

type Props = { task: TTaskWithWhy; label: string; disabled: boolean; onCommit: (change: TaskChange) => void };

/** The status, saved as soon as it is chosen (as in FTOP's status drop-down). */
export function TaskStatusSelect({ task, label, disabled, onCommit }: Props) {
  const statuses = useCatalog("taskStatuses");
  return (
    <select
      className={styles.statusSelect}
      aria-label={`Status of ${label}`}
      value={task.status}
      disabled={disabled}
      onChange={(event) => onCommit({ status: event.target.value as TaskChange["status"] })}
    >
      {statuses.length === 0 && <option value={task.status}>{task.status}</option>}
      {statuses.map((status) => (
        <option key={status.code} value={status.code}>
          {status.label}
        </option>
      ))}
    </select>
  );
}

/** The responsible role, saved as soon as it is chosen (as the status is). */
export function TaskRoleSelect({ task, label, disabled, onCommit }: Props) {
  return (
    <select
      className={styles.statusSelect}
      aria-label={`Responsible role of ${label}`}
      value={task.responsibleRole}
      disabled={disabled}
      onChange={(event) => onCommit({ responsibleRole: event.target.value })}
    >
      {taskRoleOptions(task.responsibleRole).map((role) => (
        <option key={role.value} value={role.value}>
          {role.label}
        </option>
      ))}
    </select>
  );
}

/** % complete: typed, saved on Enter or on leaving the field; Escape puts back the saved value. */
export function TaskPercentInput({ task, label, disabled, onCommit }: Props) {
  const saved = String(task.percentComplete);
  const [text, setText] = useState(saved);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setText(saved), [saved]);

  const commit = () => {
    // Leaving the field while its change is saving (it is disabled then) is not a second change.
    if (disabled) return;
    if (text.trim() === saved) return setProblem(null);
    const parsed = parsePercent(text);
    if (!parsed.ok) return setProblem(parsed.message);
    setProblem(null);
    onCommit({ percentComplete: parsed.value });
  };
  const errorId = `pct-error-${task.id}`;
  return (
    <span className={styles.percent}>
      <input
        className={styles.percentInput}
        aria-label={`% complete of ${label}`}
        inputMode="numeric"
        value={text}
        disabled={disabled}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            commit();
          } else if (event.key === "Escape") {
            event.preventDefault();
            setText(saved);
            setProblem(null);
          }
        }}
      />
      <span aria-hidden="true">%</span>
      {problem && (
        <span id={errorId} className={styles.percentError} role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
