import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { TCreateReferral } from "@waymark/contracts";
import { referralsApi, type TReferralMatchParams } from "../../lib/api.ts";

const tenantKey = (tenantId: string) => ["tenants", "detail", tenantId] as const;

/** Who would get a referral now; it changes nothing, so it follows the form as it is filled in. */
export function referralMatchQuery(tenantId: string, params: TReferralMatchParams | undefined) {
  return queryOptions({
    queryKey: [...tenantKey(tenantId), "referral-matches", params ?? null] as const,
    queryFn: ({ signal }) => referralsApi.previewMatch(tenantId, params ?? { need: "" }, signal),
    enabled: params !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** A referral completes a playbook task and queues an e-mail, so all of the tenant refreshes. */
export function useSubmitReferral(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateReferral) => referralsApi.submitReferral(tenantId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantKey(tenantId) }),
  });
}
