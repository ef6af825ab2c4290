import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { TOutreachStep, TRecordOutreachReply } from "@waymark/contracts";
import { outreachApi } from "../../lib/api.ts";

/* Under the tenant's detail key: a playbook event (which may send an e-mail) refreshes the outreach with the tenant. */
const tenantKey = (tenantId: string) => ["tenants", "detail", tenantId] as const;

export function outreachQuery(tenantId: string) {
  return queryOptions({
    queryKey: [...tenantKey(tenantId), "outreach"] as const,
    queryFn: ({ signal }) => outreachApi.listOutreach(tenantId, signal),
  });
}

/** An answer stops the playbook's wait, so tasks, findings, history and the outreach itself are all refetched. */
export function useRecordReply(tenantId: string, stepId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TRecordOutreachReply) => outreachApi.recordReply(stepId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantKey(tenantId) }),
  });
}

export function useUploadAnswer(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => outreachApi.uploadAnswer(file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantKey(tenantId) }),
  });
}

/** The message's new state is put in the list at once (it may still be failed, with a new reason), then refetched. */
export function useRetryMessage(tenantId: string, messageId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => outreachApi.retryMessage(messageId),
    onSuccess: async (retried) => {
      queryClient.setQueryData<{ items: TOutreachStep[] }>(outreachQuery(tenantId).queryKey, (list) =>
        list && {
          items: list.items.map((step) => ({
            ...step,
            messages: step.messages.map((message) => (message.id === retried.id ? { ...message, ...retried } : message)),
          })),
        },
      );
      await queryClient.invalidateQueries({ queryKey: outreachQuery(tenantId).queryKey });
    },
  });
}
