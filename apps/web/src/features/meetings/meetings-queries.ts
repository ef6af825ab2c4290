import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { TCreateMeeting, TMeeting } from "@waymark/contracts";
import { meetingsApi } from "../../lib/api.ts";

/* Under the tenant's detail key, so the tenant's history refreshes with a meeting scheduled or cancelled. */
const tenantKey = (tenantId: string) => ["tenants", "detail", tenantId] as const;

export function meetingsQuery(tenantId: string) {
  return queryOptions({
    queryKey: [...tenantKey(tenantId), "meetings"] as const,
    queryFn: ({ signal }) => meetingsApi.listMeetings(tenantId, signal),
  });
}

export function contactsQuery(tenantId: string) {
  return queryOptions({
    queryKey: [...tenantKey(tenantId), "contacts"] as const,
    queryFn: ({ signal }) => meetingsApi.listContacts(tenantId, signal),
  });
}

export function useScheduleMeeting(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateMeeting) => meetingsApi.createMeeting(tenantId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantKey(tenantId) }),
  });
}

/**
 * 409 when someone changed the meeting since the list was loaded: the list is refetched so the next try is current.
 * `onCancelled` runs here, not per call: the refetched list drops the cancel button (and its dialog) with the meeting.
 */
export function useCancelMeeting(tenantId: string, meeting: Pick<TMeeting, "id" | "version">, onCancelled: (meeting: TMeeting) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => meetingsApi.cancelMeeting(meeting.id, { version: meeting.version }),
    onSuccess: onCancelled,
    onSettled: () => queryClient.invalidateQueries({ queryKey: tenantKey(tenantId) }),
  });
}
