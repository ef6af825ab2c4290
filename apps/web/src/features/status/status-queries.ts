import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TTenant, TUpdateTenant } from "@waymark/contracts";
import { tenantQuery } from "../tenants/tenant-queries.ts";
import { patchTenant } from "./status-api.ts";

/** Saves the status fields; the page (header included) shows the saved tenant at once, and lists showing it refresh. */
export function useUpdateTenantStatus(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateTenant) => patchTenant(tenantId, body),
    onSuccess: (saved: TTenant) => {
      queryClient.setQueryData(tenantQuery(tenantId).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: ["tenants", "list"] });
      void queryClient.invalidateQueries({ queryKey: [...tenantQuery(tenantId).queryKey, "history"] });
    },
  });
}

/** Reads the tenant as it is now (after a 409), returning it so a re-apply can use its version. */
export function useReloadTenant(tenantId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.fetchQuery({ ...tenantQuery(tenantId), staleTime: 0 });
}
