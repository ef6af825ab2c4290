import { ZIdParams, ZTask, ZUpdateTask, type TTask } from "@waymark/contracts";
import type { TaskWithService } from "@waymark/db";
import { taskById, taskDescriptionFields, taskPlacement } from "@waymark/domain";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { updateTask } from "../../commands/update-task.ts";

export function presentTask(task: TaskWithService): TTask {
  const entry = taskById(task.catalogTaskId);
  return {
    id: task.id,
    catalogTaskId: task.catalogTaskId,
    name: entry?.name ?? `Task ${task.catalogTaskId}`,
    mandatory: entry?.mandatory === "M",
    service: task.service,
    status: task.status,
    percentComplete: task.percentComplete,
    responsibleRole: task.responsibleRole,
    dueDate: task.dueDate,
    version: task.version,
    ...taskPlacement(task.catalogTaskId),
    ...taskDescriptionFields(task.catalogTaskId),
  };
}

export function updateTaskRoute(app: App) {
  app.patch(
    "/api/tasks/:id",
    {
      schema: {
        tags: ["playbooks"],
        summary:
          "Set a task's status, % complete and responsible role (send the version you read; 409 if it changed since). Complete means 100 %; 100 % alone means Complete.",
        params: ZIdParams,
        body: ZUpdateTask,
        response: { 200: ZTask },
      },
      config: { permission: "service.update" },
    },
    async (request) => presentTask(await updateTask(app.deps, { actor: actorOf(request), taskId: request.params.id, input: request.body })),
  );
}
