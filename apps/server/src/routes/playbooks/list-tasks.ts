import { listTasksWithWhy } from "@waymark/db";
import { ZIdParams, ZTaskList } from "@waymark/contracts";
import { taskById, taskDescriptionFields, taskPlacement } from "@waymark/domain";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { findVisibleTenant } from "../../policies/visibility.ts";

export function listTasksRoute(app: App) {
  app.get(
    "/api/tenants/:id/tasks",
    {
      schema: { tags: ["playbooks"], summary: "A tenant's playbook tasks, each with the rules' explanations", params: ZIdParams, response: { 200: ZTaskList } },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const tenant = await findVisibleTenant(app.deps.db, actorOf(request), request.params.id);
      const rows = await listTasksWithWhy(app.deps.db, tenant.id);
      return {
        items: rows.map((task) => ({
          id: task.id,
          catalogTaskId: task.catalogTaskId,
          name: taskById(task.catalogTaskId)?.name ?? `Task ${task.catalogTaskId}`,
          mandatory: taskById(task.catalogTaskId)?.mandatory === "M",
          service: task.service,
          status: task.status,
          percentComplete: task.percentComplete,
          responsibleRole: task.responsibleRole,
          dueDate: task.dueDate,
          version: task.version,
          ...taskPlacement(task.catalogTaskId),
          ...taskDescriptionFields(task.catalogTaskId),
          why: task.why.map((e) => ({
            ruleId: e.ruleId,
            playbookId: e.playbookId,
            playbookVersion: e.playbookVersion,
            why: e.why,
            change: e.change,
            occurredAt: e.occurredAt.toISOString(),
          })),
        })),
      };
    },
  );
}
