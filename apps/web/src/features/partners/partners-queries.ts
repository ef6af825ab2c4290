import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { TTenantPartners } from "@waymark/contracts";
import { partnersApi } from "../../lib/api.ts";

export const PARTNER_PICKER_SIZE = 20;

const tenantKey = (tenantId: string) => ["tenants", "detail", tenantId] as const;

export function tenantPartnersQuery(tenantId: string) {
  return queryOptions({
    queryKey: [...tenantKey(tenantId), "partners"] as const,
    queryFn: ({ signal }) => partnersApi.tenantPartners(tenantId, signal),
  });
}

export function partnerSearchQuery(q: string) {
  return queryOptions({
    queryKey: ["partners", "search", q] as const,
    queryFn: ({ signal }) => partnersApi.searchPartners(q, PARTNER_PICKER_SIZE, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** Linking or unlinking changes the tenant's contacts too (a partner's people go with it), so all of the tenant refreshes. */
export function useLinkPartner(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (partnerId: string) => partnersApi.linkPartner(tenantId, { partnerId, desiresAssistance: false }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantKey(tenantId) }),
  });
}

/** `onRemoved` runs here, not per call: the refreshed list drops the row (and its dialog) with the partner. */
export function useUnlinkPartner(tenantId: string, onRemoved: (tab: TTenantPartners) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ partnerId, reason }: { partnerId: string; reason: string }) => partnersApi.unlinkPartner(tenantId, partnerId, reason),
    onSuccess: onRemoved,
    onSettled: () => queryClient.invalidateQueries({ queryKey: tenantKey(tenantId) }),
  });
}
