import type { TTaskList } from "@waymark/contracts";
import { formatDate } from "../../lib/format.ts";
import { useLabeler } from "../catalogs/catalog-queries.ts";
import { taskRoleLabel } from "./task-roles.ts";
import { WhyHistory } from "./why-history.tsx";
import styles from "./playbook-tasks-table.module.css";

type PlaybookTasksTableProps = { tasks: TTaskList["items"]; serviceLabel: (code: string | null) => string };

/** One row per playbook task, each saying which rule put it in its state and why. */
export function PlaybookTasksTable({ tasks, serviceLabel }: PlaybookTasksTableProps) {
  const status = useLabeler("taskStatuses");
  return (
    <div className={styles.scroll}>
      <table className={styles.table} aria-label="Playbook tasks">
        <thead>
          <tr>
            <th scope="col">Task</th>
            <th scope="col">Service</th>
            <th scope="col">Status</th>
            <th scope="col">Responsible role</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => {
            const label = `${task.catalogTaskId} ${task.name}`;
            return (
              <tr key={task.id}>
                <th scope="row" className={styles.task}>
                  <span className={`${styles.taskId} tabular`}>{task.catalogTaskId}</span> {task.name}
                  {task.mandatory && <span className={styles.required}>Required</span>}
                  {task.dueDate && <span className={styles.due}>Due {formatDate(task.dueDate)}</span>}
                </th>
                <td className={styles.nowrap}>{serviceLabel(task.service)}</td>
                <td className={styles.nowrap}>
                  {status(task.status)}
                  {task.percentComplete > 0 && <span className={styles.muted}> · {task.percentComplete}%</span>}
                </td>
                <td className={styles.nowrap}>{taskRoleLabel(task.responsibleRole)}</td>
                <td className={styles.whyCell}>
                  <WhyHistory why={task.why} taskLabel={label} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
