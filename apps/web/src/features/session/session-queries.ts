import type { TChangePassword, TCurrentUser, TLogin } from "@waymark/contracts";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api.ts";

export const sessionQuery = queryOptions({
  queryKey: ["session"] as const,
  queryFn: ({ signal }) => api.me(signal),
  staleTime: 5 * 60_000,
});

export function useCurrentUser(): TCurrentUser | null {
  return useQuery(sessionQuery).data ?? null;
}

// The one-time password the user just typed, held in memory only, so the forced change does not ask for it again.
let justUsedPassword: string | null = null;

export function takeJustUsedPassword(): string | null {
  return justUsedPassword;
}

export function forgetJustUsedPassword(): void {
  justUsedPassword = null;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TLogin) => api.login(body),
    onSuccess: ({ user }, body) => {
      justUsedPassword = user.mustChangePassword ? body.password : null;
      queryClient.setQueryData(sessionQuery.queryKey, user);
    },
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: TChangePassword) => {
      await api.changePassword(body);
      forgetJustUsedPassword();
      // The server may keep or end the session after a change; ask it rather than guess.
      return queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 });
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.logout(),
    onSettled: () => {
      forgetJustUsedPassword();
      queryClient.clear();
      queryClient.setQueryData(sessionQuery.queryKey, null);
    },
  });
}
