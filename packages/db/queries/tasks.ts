import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { tenantServices } from "../schema/services.ts";
import { tasks } from "../schema/tasks.ts";

export type TaskRow = typeof tasks.$inferSelect;
/** A task with the code of the service it belongs to (null: the tenant as a whole). */
export type TaskWithService = TaskRow & { service: string | null };

export async function findTask(db: Executor, id: string): Promise<TaskWithService | undefined> {
  const [row] = await db
    .select({ task: tasks, service: tenantServices.service })
    .from(tasks)
    .leftJoin(tenantServices, eq(tenantServices.id, tasks.tenantServiceId))
    .where(eq(tasks.id, id));
  return row ? { ...row.task, service: row.service } : undefined;
}

/** Changes a task only if nobody changed it since `version` was read; undefined when someone did. */
export async function updateTaskIfVersion(
  db: Executor,
  id: string,
  version: number,
  patch: { status?: string; percentComplete?: number; responsibleRole?: string },
): Promise<TaskRow | undefined> {
  const [row] = await db
    .update(tasks)
    .set({ ...patch, version: sql`${tasks.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(tasks.id, id), eq(tasks.version, version)))
    .returning();
  return row;
}
