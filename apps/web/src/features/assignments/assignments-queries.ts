import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { TAssignmentChange, TAssignmentInput, TAssignmentList } from "@waymark/contracts";
import { api, apiGet, apiSend } from "../../lib/api.ts";
import { historyKey } from "../history/history-queries.ts";
import { tenantQuery } from "../tenants/tenant-queries.ts";
import type { AssignmentPlace } from "./assignments.ts";

const assignmentsKey = (place: AssignmentPlace) =>
  place.kind === "tenant" ? (["tenants", "detail", place.id, "assignments"] as const) : (["customers", "detail", place.id, "assignments"] as const);

const customerPath = (customerId: string) => `/customers/${encodeURIComponent(customerId)}/assignments`;

export function placeAssignmentsQuery(place: AssignmentPlace) {
  return queryOptions({
    queryKey: assignmentsKey(place),
    queryFn: ({ signal }): Promise<TAssignmentList> =>
      place.kind === "tenant" ? api.listAssignments(place.id, signal) : apiGet<TAssignmentList>(customerPath(place.id), undefined, signal),
  });
}

export function assignmentsQuery(tenantId: string) {
  return placeAssignmentsQuery({ kind: "tenant", id: tenantId });
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
 * decides whether the reader may edit it) are refetched. A customer-level change reaches every tenant of the customer.
 */
function useRefreshAfterChange(place: AssignmentPlace) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      place.kind === "tenant"
        ? [
            queryClient.invalidateQueries({ queryKey: assignmentsKey(place) }),
            queryClient.invalidateQueries({ queryKey: historyKey(place.id) }),
            queryClient.invalidateQueries({ queryKey: tenantQuery(place.id).queryKey, exact: true }),
          ]
        : [
            queryClient.invalidateQueries({ queryKey: assignmentsKey(place) }),
            queryClient.invalidateQueries({ queryKey: ["tenants", "detail"] }),
          ],
    );
}

function addAt(place: AssignmentPlace, input: TAssignmentInput): Promise<TAssignmentChange> {
  return place.kind === "tenant" ? api.addAssignment(place.id, input) : apiSend<TAssignmentChange>("POST", customerPath(place.id), input);
}

export function useAddAssignment(place: AssignmentPlace, onChanged: (change: TAssignmentChange) => void) {
  const refresh = useRefreshAfterChange(place);
  return useMutation({
    mutationFn: (input: TAssignmentInput) => addAt(place, input),
    onSuccess: async (change) => {
      onChanged(change);
      await refresh();
    },
  });
}

export function useRemoveAssignment(place: AssignmentPlace, onChanged: (change: TAssignmentChange) => void) {
  const refresh = useRefreshAfterChange(place);
  return useMutation({
    mutationFn: (assignmentId: string) => api.removeAssignment(assignmentId),
    onSuccess: async (change) => {
      onChanged(change);
      await refresh();
    },
  });
}
