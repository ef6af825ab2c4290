import type { TReassignmentCommit, TUpdateUser } from "@waymark/contracts";
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, peopleApi, type TUserListParams } from "../../lib/api.ts";
import { PEOPLE_PAGE_SIZE, type PeopleSearch } from "./people-search.ts";

export function peopleListQuery(search: PeopleSearch) {
  const params: TUserListParams = { q: search.q, includeDisabled: search.disabled === "shown", limit: PEOPLE_PAGE_SIZE, offset: search.offset ?? 0 };
  return queryOptions({
    queryKey: ["users", "list", params] as const,
    queryFn: ({ signal }) => peopleApi.listUsers(params, signal),
    placeholderData: keepPreviousData,
  });
}

/** Colleagues to pick for a reassignment: active accounts whose name, username or e-mail contains the text. */
export function colleagueSearchQuery(q: string) {
  return queryOptions({
    queryKey: ["users", "colleagues", q] as const,
    queryFn: ({ signal }) => peopleApi.listUsers({ q, limit: 8 }, signal),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}

/** The account as it is now (there is no single-account endpoint: the list filtered by username finds it). */
export async function fetchCurrentUser(user: { id: string; username: string }) {
  const list = await peopleApi.listUsers({ q: user.username, includeDisabled: true, limit: 50 });
  const current = list.items.find((item) => item.id === user.id);
  if (!current) throw new Error(`The account ${user.username} no longer exists.`);
  return current;
}

function useRefreshUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ["users"] });
}

export function useCreateUser() {
  const refresh = useRefreshUsers();
  return useMutation({ mutationFn: peopleApi.createUser, onSuccess: () => void refresh() });
}

export function useUpdateUser() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: TUpdateUser }) => peopleApi.updateUser(userId, body),
    onSuccess: () => void refresh(),
  });
}

export function useResetPassword() {
  const refresh = useRefreshUsers();
  return useMutation({ mutationFn: peopleApi.resetPassword, onSuccess: () => void refresh() });
}

export function usePreviewReassignment() {
  return useMutation({ mutationFn: (body: Omit<TReassignmentCommit, "previewFingerprint">) => peopleApi.previewReassignment(body) });
}

/**
 * Carries out a previewed reassignment. When the assignments changed since the preview (409) it previews again, so
 * the person sees what would happen now before confirming.
 */
export function useReassign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: TReassignmentCommit) => {
      try {
        return { plan: await peopleApi.reassign(body), changed: false };
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 409) throw error;
        const { previewFingerprint: _stale, ...input } = body;
        return { plan: await peopleApi.previewReassignment(input), changed: true };
      }
    },
    onSuccess: ({ plan }) => {
      if (plan.applied) void queryClient.invalidateQueries({ queryKey: ["tenants"] });
    },
  });
}

export const isVersionConflict = (error: unknown) => error instanceof ApiError && error.status === 409;
