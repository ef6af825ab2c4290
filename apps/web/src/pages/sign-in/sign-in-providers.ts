import { queryOptions, useQuery } from "@tanstack/react-query";

/** The answer of GET /api/auth/providers. */
export type SignInProviders = { password: true; oidc: { enabled: boolean; label: string | null } };

const providersQuery = queryOptions({
  queryKey: ["sign-in-providers"] as const,
  queryFn: async ({ signal }): Promise<SignInProviders | null> => {
    // Without an answer the page still offers the password form, so a failure here is no error to show.
    const response = await fetch("/api/auth/providers", { headers: { Accept: "application/json" }, signal }).catch(() => null);
    return response?.ok ? ((await response.json()) as SignInProviders) : null;
  },
  staleTime: Number.POSITIVE_INFINITY,
});

/** The single sign-on button's label when single sign-on is configured, else null. */
export function useSingleSignOnLabel(): string | null {
  const oidc = useQuery(providersQuery).data?.oidc;
  return oidc?.enabled ? (oidc.label ?? "Sign in with single sign-on") : null;
}

/** Where the single sign-on button goes: the server starts the sign-in and brings the person back to `returnTo`. */
export const singleSignOnHref = (returnTo: string) => `/api/auth/oidc/start?${new URLSearchParams({ returnTo })}`;
