import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { TAssignmentChange, TAssignmentInput } from "@waymark/contracts";
import { api } from "../../lib/api.ts";
import { historyKey } from "../history/history-queries.ts";
import { tenantQuery } from "../tenants/tenant-queries.ts";

const assignmentsKey = (tenantId: string) => ["tenants", "detail", tenantId, "assignments"] as const;

export function assignmentsQuery(tenantId: string) {
  return queryOptions({ queryKey: assignmentsKey(tenantId), queryFn: ({ signal }) => api.listAssignments(tenantId, signal) });
}

export const PICKER_SIZE = 20;

/** People whose name, username or e-mail contains the text, for the person picker. */
export function peopleQuery(text: string) {
  return queryOptions({
    queryKey: ["users", "search", text] as const,
    queryFn: ({ signal }) => api.searchUsers(text, PICKER_SIZE, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/**
 * After a change: the list, the history (it records the change) and the tenant itself (being assigned or not
 * decides whether the reader may edit it) are refetched.
 */
function useRefreshAfterChange(tenantId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: assignmentsKey(tenantId) }),
      queryClient.invalidateQueries({ queryKey: historyKey(tenantId) }),
      queryClient.invalidateQueries({ queryKey: tenantQuery(tenantId).queryKey, exact: true }),
    ]);
}

export function useAddAssignment(tenantId: string, onChanged: (change: TAssignmentChange) => void) {
  const refresh = useRefreshAfterChange(tenantId);
  return useMutation({
    mutationFn: (input: TAssignmentInput) => api.addAssignment(tenantId, input),
    onSuccess: async (change) => {
      onChanged(change);
      await refresh();
    },
  });
}

export function useRemoveAssignment(tenantId: string, onChanged: (change: TAssignmentChange) => void) {
  const refresh = useRefreshAfterChange(tenantId);
  return useMutation({
    mutationFn: (assignmentId: string) => api.removeAssignment(assignmentId),
    onSuccess: async (change) => {
      onChanged(change);
      await refresh();
    },
  });
}
