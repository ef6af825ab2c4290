import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import type { TTaskWithWhy, TTenant } from "@waymark/contracts";
import { useState } from "react";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { ApiError } from "../../lib/api.ts";
import { assignmentsQuery } from "../assignments/assignments-queries.ts";
import { useLabeler } from "../catalogs/catalog-queries.ts";
import { useCurrentUser } from "../session/session-queries.ts";
import { BvdOutcomeDialog } from "./bvd-outcome-dialog.tsx";
import { BVD_SERVICES } from "./bvd-outcome.ts";
import { PlaybookAnnouncement } from "./playbook-announcement.tsx";
import { PlaybookFiltersBar } from "./playbook-filters.tsx";
import { type RecordedEvent, tasksQuery, useUpdateTask } from "./playbook-queries.ts";
import { PlaybookTasksTable } from "./playbook-tasks-table.tsx";
import { filtersFromSearch, filterTasks, myTaskRoles, phaseCounts, phaseOf, type PlaybookFilters, searchOfFilters, taskTree } from "./playbook-view.ts";
import { StartPlaybookButtons } from "./start-playbook-buttons.tsx";
import { type SaveProblem, TaskSaveProblem } from "./task-conflict.tsx";
import { createNoteSearch, describeTaskChange } from "./task-detail.ts";
import { TaskDetailDialog } from "./task-detail-dialog.tsx";
import type { TaskChange } from "./task-progress.tsx";
import styles from "./playbook-section.module.css";

/**
 * The tenant's playbook as FTOP's Playbook tab: filters in the URL, tasks as Process → Step → Task per phase, status
 * and % complete edited in the row, each task's detail (role, why, "Create note"), and the BVD events an FM records
 * (edits only when `canWrite`).
 */
export function PlaybookSection({ tenant, canWrite }: { tenant: TTenant; canWrite: boolean }) {
  const tasks = useQuery(tasksQuery(tenant.id));
  const assignments = useQuery(assignmentsQuery(tenant.id));
  const me = useCurrentUser();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const filters = filtersFromSearch(search);
  const [recorded, setRecorded] = useState<RecordedEvent | null>(null);
  const [problem, setProblem] = useState<(SaveProblem & { task: TTaskWithWhy; change: TaskChange }) | null>(null);
  const [openTaskId, setOpenTaskId] = useState<string | null>(null);
  const update = useUpdateTask(tenant.id);
  const statusLabel = useLabeler("taskStatuses");

  const items = tasks.data?.items ?? [];
  const serviceLabel = (code: string | null) =>
    code === null ? "All services" : (tenant.services.find((service) => service.service === code)?.serviceLabel ?? code);
  const bvdServices = BVD_SERVICES.filter((bvd) => tenant.services.some((service) => service.service === bvd.code));
  const unstarted = bvdServices.filter((bvd) => !items.some((task) => task.service === bvd.code));
  const lowPriority = tenant.effectivePriority === "low";

  const mine = myTaskRoles(assignments.data?.items ?? [], me?.id);
  const filtered = filterTasks(items, filters, mine);
  const phases = phaseCounts(filtered);
  // As in FTOP: when the chosen phase has nothing to show, the next phase with a visible task opens.
  const phase = phases.find((entry) => entry.code === filters.phase)?.code ?? phases[0]?.code;
  const tree = taskTree(filtered.filter((task) => phaseOf(task) === phase));
  const roles = [...new Set(items.map((task) => task.responsibleRole))].sort();

  const setFilters = (next: PlaybookFilters) =>
    void navigate({
      to: "/tenants/$tenantId",
      params: { tenantId: tenant.id },
      search: (prev: Record<string, string | undefined>) => ({ ...prev, tab: "playbook" as const, ...searchOfFilters(next) }),
      replace: true,
    });

  // The open task as the list has it now, so the dialog shows each save (and a conflict's reloaded version) at once.
  const openTask = items.find((task) => task.id === openTaskId) ?? null;
  const problemActions = problem && {
    problem,
    onDismiss: () => setProblem(null),
    onReload: () => setProblem(null),
    onReapply: () => void reapply(problem.task, problem.change),
  };
  const createNote = (task: TTaskWithWhy) =>
    void navigate({ to: "/tenants/$tenantId", params: { tenantId: tenant.id }, search: createNoteSearch(task) });

  const save = (task: TTaskWithWhy, change: TaskChange) => {
    setProblem(null);
    update.mutate(
      { taskId: task.id, change: { version: task.version, ...change } },
      {
        onError: (error) => {
          const conflict = error instanceof ApiError && error.status === 409;
          // Show what the task is now; the person then keeps it or re-applies their change on top.
          if (conflict) void tasks.refetch();
          setProblem({
            task,
            change,
            taskLabel: `Task ${task.catalogTaskId}`,
            attempted: describeTaskChange(change, statusLabel),
            message: error instanceof ApiError ? error.problem.detail || error.problem.title : "the server could not be reached; try again.",
            conflict,
          });
        },
      },
    );
  };

  const reapply = async (failed: TTaskWithWhy, change: TaskChange) => {
    const latest = (await tasks.refetch()).data?.items.find((task) => task.id === failed.id);
    if (latest) save(latest, change);
    else setProblem(null);
  };

  return (
    <section className={styles.section} aria-labelledby="playbook-heading">
      <div className={styles.header}>
        <h2 id="playbook-heading" className={styles.title}>
          Playbook {tasks.data && <span className={styles.count}>({items.length})</span>}
        </h2>
        {canWrite && tasks.data && items.length > 0 && (
          <StartPlaybookButtons tenantId={tenant.id} services={unstarted} lowPriority={lowPriority} onRecorded={setRecorded} />
        )}
        {canWrite && bvdServices.length > 0 && <BvdOutcomeDialog tenantId={tenant.id} services={tenant.services} onRecorded={setRecorded} />}
      </div>
      <PlaybookAnnouncement recorded={recorded} serviceLabel={serviceLabel} onDismiss={() => setRecorded(null)} />
      {tasks.isError ? (
        <ProblemPanel error={tasks.error} onRetry={() => void tasks.refetch()} retrying={tasks.isFetching} />
      ) : !tasks.data ? (
        <p role="status" className={styles.muted}>
          Loading playbook tasks…
        </p>
      ) : items.length === 0 ? (
        <div className={styles.empty}>
          <p className={styles.emptyTitle}>No playbook tasks yet</p>
          <p className={styles.muted}>
            {bvdServices.length > 0
              ? canWrite
                ? "Start a BVD playbook to create its tasks; each task then says which rule set it and why."
                : "No BVD playbook has been started here; someone who may change the tenant starts one."
              : "The BVD playbooks cover OneDrive and SharePoint, and this tenant has neither service."}
          </p>
          {canWrite && <StartPlaybookButtons tenantId={tenant.id} services={bvdServices} lowPriority={lowPriority} onRecorded={setRecorded} />}
        </div>
      ) : (
        <>
          <PlaybookFiltersBar tenant={tenant} filters={filters} onChange={setFilters} roles={roles} mine={mine} phases={phases} phase={phase} />
          {problemActions && problem?.task.id !== openTaskId && <TaskSaveProblem {...problemActions} />}
          {tree.length === 0 ? (
            <div className={styles.filteredEmpty}>
              <p className={styles.muted}>No tasks match these filters ({items.length} in all).</p>
              <Button size="small" onPress={() => setFilters({ role: "all" })}>
                Clear filters
              </Button>
            </div>
          ) : (
            <PlaybookTasksTable
              tree={tree}
              serviceLabel={serviceLabel}
              {...(canWrite ? { onCommit: (task: TTaskWithWhy, change: TaskChange) => save(task, change) } : {})}
              savingTaskId={update.isPending ? (update.variables?.taskId ?? null) : null}
              onOpen={(task) => setOpenTaskId(task.id)}
            />
          )}
          <TaskDetailDialog
            task={openTask}
            onClose={() => setOpenTaskId(null)}
            serviceLabel={serviceLabel}
            onCommit={canWrite ? save : undefined}
            saving={update.isPending && update.variables?.taskId === openTaskId}
            problem={problemActions && problem?.task.id === openTaskId ? problemActions : null}
            onCreateNote={canWrite ? createNote : undefined}
          />
        </>
      )}
    </section>
  );
}
