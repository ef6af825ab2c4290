import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { TConfirmDuplicate, TDuplicateConfirmed } from "@waymark/contracts";
import { duplicatesApi } from "../../lib/api.ts";

/* Under the tenant's detail key, so anything that refreshes the tenant refreshes its candidates too. */
const tenantKey = (tenantId: string) => ["tenants", "detail", tenantId] as const;

export function duplicateCandidatesQuery(tenantId: string) {
  return queryOptions({
    queryKey: [...tenantKey(tenantId), "duplicate-candidates"] as const,
    queryFn: ({ signal }) => duplicatesApi.candidates(tenantId, signal),
  });
}

/**
 * Confirming changes the tenant (services, assignments, history, findings) and the winner's tenant list entry, so
 * every tenant query is refetched, not only this tenant's.
 */
export function useConfirmDuplicate(tenantId: string, onConfirmed: (confirmed: TDuplicateConfirmed) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TConfirmDuplicate) => duplicatesApi.confirm(tenantId, body),
    onSuccess: async (confirmed) => {
      onConfirmed(confirmed);
      await queryClient.invalidateQueries({ queryKey: ["tenants"] });
    },
  });
}
