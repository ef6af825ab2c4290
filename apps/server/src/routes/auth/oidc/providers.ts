import { z } from "zod";
import type { App } from "../../../app-types.ts";

export const ZSignInProviders = z.object({
  password: z.literal(true),
  oidc: z.object({ enabled: z.boolean(), label: z.string().nullable() }),
});

export function signInProvidersRoute(app: App) {
  app.get(
    "/api/auth/providers",
    {
      schema: { tags: ["auth"], summary: "The ways to sign in, so the sign-in page can offer single sign-on", response: { 200: ZSignInProviders } },
      config: { public: true },
    },
    async () => ({ password: true as const, oidc: { enabled: app.oidc !== null, label: app.oidc?.label ?? null } }),
  );
}
