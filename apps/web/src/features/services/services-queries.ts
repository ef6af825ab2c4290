import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TReplaceSplit, TService, TSetMigration, TUpdateService } from "@waymark/contracts";
import { apiSend as send } from "../../lib/api.ts";
import { tenantQuery } from "../tenants/tenant-queries.ts";

const servicePath = (serviceId: string) => `/services/${encodeURIComponent(serviceId)}`;

/** The service as the server has it now (read fresh with its tenant), for "reload and re-apply" after a 409. */
export function useFreshService(tenantId: string, serviceId: string) {
  const queryClient = useQueryClient();
  return async (): Promise<TService | undefined> => {
    const fresh = await queryClient.fetchQuery({ ...tenantQuery(tenantId), staleTime: 0 });
    return fresh.services.find((candidate) => candidate.id === serviceId);
  };
}

function useRefreshTenant(tenantId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ["tenants", "detail", tenantId] });
}

/** 422 when the rows do not add up to the service's total or carry a field their L1 does not; 409 when stale. */
export function useReplaceSplit(tenantId: string, serviceId: string) {
  const refresh = useRefreshTenant(tenantId);
  return useMutation({ mutationFn: (body: TReplaceSplit) => send<TService>("PUT", `${servicePath(serviceId)}/split`, body), onSuccess: refresh });
}

export function useUpdateService(tenantId: string, serviceId: string) {
  const refresh = useRefreshTenant(tenantId);
  return useMutation({ mutationFn: (body: TUpdateService) => send<TService>("PATCH", servicePath(serviceId), body), onSuccess: refresh });
}

/** 422 when Microsoft migrates and the scenarios do not add up to the In Progress count. */
export function useSetMigration(tenantId: string, serviceId: string) {
  const refresh = useRefreshTenant(tenantId);
  return useMutation({ mutationFn: (body: TSetMigration) => send<TService>("PUT", `${servicePath(serviceId)}/migration`, body), onSuccess: refresh });
}
