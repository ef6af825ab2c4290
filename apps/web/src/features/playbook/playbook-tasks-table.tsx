import type { TTaskWithWhy } from "@waymark/contracts";
import { Fragment, type KeyboardEvent, useEffect, useRef } from "react";
import { formatDate } from "../../lib/format.ts";
import { isTypingTarget } from "../../lib/keyboard.ts";
import { type RowKeys, useRowFocus } from "../../lib/row-focus.ts";
import { useLabeler } from "../catalogs/catalog-queries.ts";
import type { TaskTree } from "./playbook-view.ts";
import { tasksInOrder } from "./task-detail.ts";
import { type TaskChange, TaskPercentInput, TaskStatusSelect } from "./task-progress.tsx";
import { taskRoleLabel } from "./task-roles.ts";
import { WhyHistory } from "./why-history.tsx";
import styles from "./playbook-tasks-table.module.css";

type PlaybookTasksTableProps = {
  tree: TaskTree;
  serviceLabel: (code: string | null) => string;
  /** When set, status and % complete are edited in the row. */
  onCommit?: (task: TTaskWithWhy, change: TaskChange) => void;
  savingTaskId?: string | null;
  /** Opens the task's detail: a click on its name, or Enter on its row. */
  onOpen: (task: TTaskWithWhy) => void;
};

const COLUMNS = 6;
const ROW_KEYS: RowKeys = { j: 1, k: -1, ArrowDown: 1, ArrowUp: -1, Home: "first", End: "last" };

/**
 * The tasks as FTOP's tree, Process → Step → Task, each task saying which rule put it in its state and why. The task rows
 * are one tab stop: j/k (or the arrows) move between them, Enter opens the focused task; j from elsewhere on the page
 * comes back to the row last focused.
 */
export function PlaybookTasksTable({ tree, serviceLabel, onCommit, savingTaskId, onOpen }: PlaybookTasksTableProps) {
  const status = useLabeler("taskStatuses");
  const ordered = tasksInOrder(tree);
  const { focusedIndex, setFocusedIndex, rowRefs, moveFocus } = useRowFocus(ordered.length, ROW_KEYS);
  const indexOf = new Map(ordered.map((task, index) => [task.id, index]));
  const tableRef = useRef<HTMLTableElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
    const onRow = event.target instanceof HTMLTableRowElement;
    // Arrow keys belong to the row itself; inside a row they stay with its buttons.
    if ((onRow || event.key === "j" || event.key === "k") && moveFocus(event)) return;
    const task = ordered[focusedIndex];
    if (event.key === "Enter" && onRow && task) {
      event.preventDefault();
      onOpen(task);
    }
  };

  useEffect(() => {
    const onDocumentKey = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      if (event.key !== "j" && event.key !== "k") return;
      if (document.querySelector("[role=dialog]")) return;
      if (event.target instanceof Node && tableRef.current?.contains(event.target)) return;
      event.preventDefault();
      rowRefs.current[focusedIndex]?.focus();
    };
    document.addEventListener("keydown", onDocumentKey);
    return () => document.removeEventListener("keydown", onDocumentKey);
  });

  return (
    <div className={styles.scroll}>
      <table ref={tableRef} className={styles.table} aria-label="Playbook tasks" aria-describedby="playbook-keys" onKeyDown={onKeyDown}>
        <caption id="playbook-keys" className={styles.keys}>
          j / k move between tasks, Enter opens one.
        </caption>
        <thead>
          <tr>
            <th scope="col">Task</th>
            <th scope="col">Service</th>
            <th scope="col">Status</th>
            <th scope="col">% complete</th>
            <th scope="col">Responsible role</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        {tree.map((process) => (
          <tbody key={process.process}>
            <tr className={styles.processRow}>
              <th scope="colgroup" colSpan={COLUMNS}>
                {process.process}
              </th>
            </tr>
            {process.steps.map((step) => (
              <Fragment key={step.step}>
                <tr className={styles.stepRow}>
                  <th scope="colgroup" colSpan={COLUMNS}>
                    {step.step}
                  </th>
                </tr>
                {step.tasks.map((task) => {
                  const label = `${task.catalogTaskId} ${task.name}`;
                  const saving = savingTaskId === task.id;
                  const index = indexOf.get(task.id) ?? 0;
                  return (
                    <tr
                      key={task.id}
                      ref={(element) => {
                        rowRefs.current[index] = element;
                      }}
                      tabIndex={index === focusedIndex ? 0 : -1}
                      className={styles.taskRow}
                      aria-busy={saving || undefined}
                      onFocus={() => setFocusedIndex(index)}
                    >
                      <th scope="row" className={`${styles.task} ${styles.indented}`}>
                        <span className={`${styles.taskId} tabular`}>{task.catalogTaskId}</span>{" "}
                        <button type="button" className={styles.taskName} onClick={() => onOpen(task)} aria-haspopup="dialog">
                          {task.name}
                        </button>
                        {task.mandatory && <span className={styles.required}>Required</span>}
                        {task.dueDate && <span className={styles.due}>Due {formatDate(task.dueDate)}</span>}
                      </th>
                      <td className={styles.nowrap}>{serviceLabel(task.service)}</td>
                      <td className={styles.nowrap}>
                        {onCommit ? <TaskStatusSelect task={task} label={label} disabled={saving} onCommit={(change) => onCommit(task, change)} /> : status(task.status)}
                        {saving && <span className={styles.saving}> Saving…</span>}
                      </td>
                      <td className={`${styles.nowrap} tabular`}>
                        {onCommit ? (
                          <TaskPercentInput task={task} label={label} disabled={saving} onCommit={(change) => onCommit(task, change)} />
                        ) : (
                          `${task.percentComplete}%`
                        )}
                      </td>
                      <td className={styles.nowrap}>{taskRoleLabel(task.responsibleRole)}</td>
                      <td className={styles.whyCell}>
                        <WhyHistory why={task.why} taskLabel={label} />
                      </td>
                    </tr>
                  );
                })}
              </Fragment>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
