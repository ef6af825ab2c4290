import type { TTaskWithWhy } from "@waymark/contracts";
import type { ReactNode } from "react";
import { Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import { formatDate } from "../../lib/format.ts";
import { useLabeler } from "../catalogs/catalog-queries.ts";
import { type SaveProblem, TaskSaveProblem } from "./task-conflict.tsx";
import { mandatoryText, taskDescriptionView } from "./task-detail.ts";
import { type TaskChange, TaskPercentInput, TaskRoleSelect, TaskStatusSelect } from "./task-progress.tsx";
import { taskRoleLabel } from "./task-roles.ts";
import { WhyList } from "./why-history.tsx";
import styles from "./task-detail.module.css";

type TaskDetailDialogProps = {
  /** The task shown; null closes the dialog. */
  task: TTaskWithWhy | null;
  onClose: () => void;
  serviceLabel: (code: string | null) => string;
  /** When set, status, % complete and the responsible role are edited here (saved as in the row). */
  onCommit?: ((task: TTaskWithWhy, change: TaskChange) => void) | undefined;
  saving: boolean;
  /** The last save of this task that failed, with reload / re-apply for a conflict. */
  problem: { problem: SaveProblem; onReload: () => void; onReapply: () => void; onDismiss: () => void } | null;
  onCreateNote?: ((task: TTaskWithWhy) => void) | undefined;
};

/**
 * FTOP's task dialog, as a modal (focus trapped, returned to the row or name it was opened from): what the task is, where
 * it sits in the playbook, its progress and role (editable), and every rule that set it and why.
 */
export function TaskDetailDialog({ task, onClose, serviceLabel, onCommit, saving, problem, onCreateNote }: TaskDetailDialogProps) {
  const status = useLabeler("taskStatuses");
  return (
    <ModalOverlay className={styles.overlay} isOpen={task !== null} onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className={styles.modal}>
        <Dialog className={styles.dialog}>
          {({ close }) =>
            task && (
              <div className={styles.body}>
                <div className={styles.head}>
                  <Heading slot="title" className={styles.title}>
                    <span className={`${styles.taskId} tabular`}>Task {task.catalogTaskId}</span> {task.name}
                  </Heading>
                  {onCreateNote && (
                    <Button size="small" onPress={() => onCreateNote(task)}>
                      Create note
                    </Button>
                  )}
                </div>
                <dl className={styles.facts}>
                  <Fact term="Task ID">
                    <span className="tabular">{task.catalogTaskId}</span>
                  </Fact>
                  <Fact term="Process">{task.process ?? "Other tasks"}</Fact>
                  <Fact term="Step">{task.step ?? "—"}</Fact>
                  <Fact term="Required">{mandatoryText(task.mandatory)}</Fact>
                  <Fact term="Service">{serviceLabel(task.service)}</Fact>
                  {task.dueDate && <Fact term="Due">{formatDate(task.dueDate)}</Fact>}
                </dl>
                <section aria-labelledby="task-detail-description" className={styles.part}>
                  <h3 id="task-detail-description" className={styles.partTitle}>
                    Description
                  </h3>
                  <Description task={task} />
                </section>
                <section aria-labelledby="task-detail-progress" className={styles.part}>
                  <h3 id="task-detail-progress" className={styles.partTitle}>
                    Progress {saving && <span className={styles.saving}>Saving…</span>}
                  </h3>
                  <Progress task={task} onCommit={onCommit} saving={saving} statusLabel={status} />
                  {problem && <TaskSaveProblem {...problem} />}
                </section>
                <section aria-labelledby="task-detail-why" className={styles.part}>
                  <h3 id="task-detail-why" className={styles.partTitle}>
                    Why ({task.why.length})
                  </h3>
                  {task.why.length === 0 ? (
                    <p className={styles.muted}>No rule has set this task yet; a person created or changed it.</p>
                  ) : (
                    <WhyList why={task.why} label={`Why task ${task.catalogTaskId} is as it is, newest first`} />
                  )}
                </section>
                <div className={styles.actions}>
                  <Button onPress={close}>Close</Button>
                </div>
              </div>
            )
          }
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function Description({ task }: { task: TTaskWithWhy }) {
  const description = taskDescriptionView(task);
  if (!description) return <p className={styles.muted}>No description</p>;
  return (
    <>
      <div>{description.text}</div>
      {description.from && <p className={styles.muted}>{description.from}</p>}
    </>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className={styles.fact}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

type ProgressProps = {
  task: TTaskWithWhy;
  onCommit: TaskDetailDialogProps["onCommit"];
  saving: boolean;
  statusLabel: (code: string) => string;
};

function Progress({ task, onCommit, saving, statusLabel }: ProgressProps) {
  const label = `${task.catalogTaskId} ${task.name}`;
  const commit = onCommit && ((change: TaskChange) => onCommit(task, change));
  return (
    <div className={styles.progress}>
      <div className={styles.field}>
        <span className={styles.fieldLabel} aria-hidden="true">
          Status
        </span>
        {commit ? <TaskStatusSelect task={task} label={label} disabled={saving} onCommit={commit} /> : <span>{statusLabel(task.status)}</span>}
      </div>
      <div className={styles.field}>
        <span className={styles.fieldLabel} aria-hidden="true">
          % complete
        </span>
        {commit ? <TaskPercentInput task={task} label={label} disabled={saving} onCommit={commit} /> : <span className="tabular">{task.percentComplete}%</span>}
      </div>
      <div className={styles.field}>
        <span className={styles.fieldLabel} aria-hidden="true">
          Responsible role
        </span>
        {commit ? <TaskRoleSelect task={task} label={label} disabled={saving} onCommit={commit} /> : <span>{taskRoleLabel(task.responsibleRole)}</span>}
      </div>
    </div>
  );
}
