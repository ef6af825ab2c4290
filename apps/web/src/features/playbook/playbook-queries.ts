import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { TPlaybookEvent, TPlaybookEventResult, TTask, TUpdateTask } from "@waymark/contracts";
import { api, apiSend } from "../../lib/api.ts";

/** Under the tenant's detail key, so refreshing the tenant also refreshes its tasks. */
export function tasksQuery(tenantId: string) {
  return queryOptions({
    queryKey: ["tenants", "detail", tenantId, "tasks"] as const,
    queryFn: ({ signal }) => api.listTasks(tenantId, signal),
  });
}

export type RecordedEvent = { event: TPlaybookEvent; result: TPlaybookEventResult };

/**
 * Records a playbook event. Rules change tasks, service status and split notes, so every tenant query is refreshed:
 * the open tenant and its tasks at once, lists the next time they are shown.
 */
export function useRecordPlaybookEvent(tenantId: string, onRecorded?: (recorded: RecordedEvent) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (event: TPlaybookEvent): Promise<RecordedEvent> => ({
      event,
      result: await api.recordPlaybookEvent(tenantId, event),
    }),
    onSuccess: async (recorded) => {
      onRecorded?.(recorded);
      await queryClient.invalidateQueries({ queryKey: ["tenants"] });
    },
  });
}

/** A person's change to one task's status or % complete (with the version they read; 409 when it changed since). */
export function useUpdateTask(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, change }: { taskId: string; change: TUpdateTask }) => apiSend<TTask>("PATCH", `/tasks/${taskId}`, change),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tasksQuery(tenantId).queryKey }),
  });
}
