import type { TTaskWithWhy } from "@waymark/contracts";
import { Fragment } from "react";
import { formatDate } from "../../lib/format.ts";
import { useLabeler } from "../catalogs/catalog-queries.ts";
import type { TaskTree } from "./playbook-view.ts";
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
};

const COLUMNS = 6;

/** The tasks as FTOP's tree, Process → Step → Task, each task saying which rule put it in its state and why. */
export function PlaybookTasksTable({ tree, serviceLabel, onCommit, savingTaskId }: PlaybookTasksTableProps) {
  const status = useLabeler("taskStatuses");
  return (
    <div className={styles.scroll}>
      <table className={styles.table} aria-label="Playbook tasks">
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
                  return (
                    <tr key={task.id} aria-busy={saving || undefined}>
                      <th scope="row" className={`${styles.task} ${styles.indented}`}>
                        <span className={`${styles.taskId} tabular`}>{task.catalogTaskId}</span> {task.name}
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
