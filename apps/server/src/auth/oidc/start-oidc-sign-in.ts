import { deleteExpiredOidcLoginAttempts, insertOidcLoginAttempt } from "@waymark/db";
import type { Deps } from "../../app-types.ts";
import { hashToken } from "../sessions.ts";
import type { OidcClient } from "./oidc-client.ts";
import { localReturnTo } from "./return-to.ts";
import { OIDC_ATTEMPT_TTL_MS } from "./state-cookie.ts";

/** Starts a single sign-on: keeps the attempt (state hashed, as it also travels in URLs) and gives the provider URL. */
export async function startOidcSignIn(deps: Deps, options: { oidc: OidcClient; returnTo: unknown }): Promise<{ url: URL; state: string }> {
  const { url, challenge } = await options.oidc.start();
  // Sign-in security runs on real time, never on an adjustable demo clock.
  const now = new Date();
  await deps.db.transaction(async (tx) => {
    await deleteExpiredOidcLoginAttempts(tx, now);
    await insertOidcLoginAttempt(tx, {
      stateHash: hashToken(challenge.state),
      codeVerifier: challenge.codeVerifier,
      nonce: challenge.nonce,
      returnTo: localReturnTo(options.returnTo),
      createdAt: now,
      expiresAt: new Date(now.getTime() + OIDC_ATTEMPT_TTL_MS),
    });
  });
  return { url, state: challenge.state };
}
