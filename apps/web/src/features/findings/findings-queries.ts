import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { TFinding, TFindingList } from "@waymark/contracts";
import { api } from "../../lib/api.ts";

/*
 * Every key sits under the tenant's detail key, so recording a playbook event (which invalidates ["tenants"], see
 * playbook-queries.ts) refreshes the findings and the rules' sentences with the tenant and its tasks.
 */
const findingsKey = (tenantId: string) => ["tenants", "detail", tenantId, "findings"] as const;

export function findingsQuery(tenantId: string, status: TFinding["status"]) {
  return queryOptions({
    queryKey: [...findingsKey(tenantId), status] as const,
    queryFn: ({ signal }) => api.listFindings(tenantId, status, signal),
  });
}

/** The sentences of the rules that raised findings; the list still shows each finding's rule id without them. */
export function findingRulesQuery(tenantId: string) {
  return queryOptions({
    queryKey: [...findingsKey(tenantId), "rules"] as const,
    queryFn: ({ signal }) => api.findingExplanations(tenantId, signal),
  });
}

/** Refetches everything the findings section shows; resolves once the shown lists are fresh. */
export function useRefreshFindings(tenantId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: findingsKey(tenantId) });
}

/**
 * Accepts a finding as it stands. On success the finding moves from the open list to the accepted one at once (so
 * focus can move to the next finding without waiting), then both are refetched from the server.
 */
export function useAcceptFinding(tenantId: string, findingId: string, onAccepted: (finding: TFinding) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => api.acceptFinding(tenantId, findingId, { reason: reason.trim() }),
    onSuccess: async (accepted) => {
      queryClient.setQueryData<TFindingList>(findingsQuery(tenantId, "open").queryKey, (list) =>
        list && { items: list.items.filter((finding) => finding.id !== accepted.id) },
      );
      queryClient.setQueryData<TFindingList>(findingsQuery(tenantId, "accepted").queryKey, (list) =>
        list && { items: [accepted, ...list.items.filter((finding) => finding.id !== accepted.id)] },
      );
      onAccepted(accepted);
      await queryClient.invalidateQueries({ queryKey: findingsKey(tenantId) });
    },
  });
}
