import { findTask, findTenant, insertAuditEvents, type TaskWithService, updateTaskIfVersion } from "@waymark/db";
import type { TUpdateTask } from "@waymark/contracts";
import { isTaskRoleCode, TASK_ROLES } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError, notFound, staleVersion } from "../errors.ts";
import { assertMayWriteTenant, visibilityOf } from "../policies/visibility.ts";
import { auditEvent, changedFields } from "./audit.ts";
import { lockFoundTenant } from "./lock-tenant.ts";

/**
 * Status and % complete as they are saved: Complete means 100 % (as the playbooks set it), and 100 % with no
 * status chosen means Complete. Any other status with 100 % stays as the person chose it.
 */
export function resolveTaskProgress(current: { status: string; percentComplete: number }, input: Omit<TUpdateTask, "version">) {
  const status = input.status ?? (input.percentComplete === 100 ? "complete" : current.status);
  if (status === "complete" && input.percentComplete !== undefined && input.percentComplete !== 100) {
    const message =
      input.status === "complete"
        ? "a Complete task is 100 % complete: send 100 or leave % complete out"
        : "the task is Complete (100 %): choose another status to lower its % complete";
    throw new AppError("validation_failed", `The task cannot be Complete at ${input.percentComplete} %: ${message}.`, {
      errors: [{ path: "/body/percentComplete", message }],
    });
  }
  const percentComplete = status === "complete" ? 100 : (input.percentComplete ?? current.percentComplete);
  return { status, percentComplete };
}

/** The responsible role as it is saved: a code of the task roles catalogue, or a 422 that lists them. */
export function resolveResponsibleRole(current: string, input: string | undefined): string {
  if (input === undefined) return current;
  if (isTaskRoleCode(input)) return input;
  const allowed = TASK_ROLES.map((role) => `${role.code} (${role.label})`).join(", ");
  const message = `"${input}" is not a task role; send one of: ${allowed}`;
  throw new AppError("validation_failed", `The responsible role cannot be set: ${message}.`, { errors: [{ path: "/body/responsibleRole", message }] });
}

/**
 * A person sets a task's status, % complete and responsible role. The playbooks do not react to a person's task change (no rule
 * triggers on one), so nothing else runs.
 */
export async function updateTask(deps: Deps, options: { actor: UserActor; taskId: string; input: TUpdateTask }): Promise<TaskWithService> {
  const { actor, taskId, input } = options;
  const { version, ...patch } = input;
  return deps.db.transaction(async (tx) => {
    const current = await findTask(tx, taskId);
    if (!current) throw notFound("The task");
    // A task on a tenant the actor may not see does not exist for them.
    const tenant = await findTenant(tx, current.tenantId, visibilityOf(actor));
    if (!tenant) throw notFound("The task");
    await assertMayWriteTenant(tx, actor, tenant);
    await lockFoundTenant(tx, current.tenantId);
    if (current.version !== version) throw staleVersion("The task", version, current);
    const next = { ...resolveTaskProgress(current, patch), responsibleRole: resolveResponsibleRole(current.responsibleRole, patch.responsibleRole) };
    const saved = { status: current.status, percentComplete: current.percentComplete, responsibleRole: current.responsibleRole };
    const { before, after, changed } = changedFields(saved, next);
    if (!changed) return current;
    const updated = await updateTaskIfVersion(tx, taskId, version, after);
    if (!updated) throw staleVersion("The task", version, current);
    await insertAuditEvents(tx, [
      auditEvent(actor, "task.updated", { type: "task", id: taskId }, { tenantId: current.tenantId, customerId: current.customerId }, {
        before: { catalogTaskId: current.catalogTaskId, ...before },
        after: { catalogTaskId: current.catalogTaskId, ...after },
      }),
    ]);
    return { ...updated, service: current.service };
  });
}
