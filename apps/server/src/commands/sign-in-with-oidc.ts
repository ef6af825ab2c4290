import {
  findUserByOidcIdentity,
  findUsersByEmail,
  insertAuditEvents,
  linkUserToOidcIdentity,
  setUserRoles,
  takeOidcLoginAttempt,
  type NewAuditEvent,
  type Transaction,
  type UserRow,
} from "@waymark/db";
import { isFastTrackRole } from "@waymark/domain";
import { userActorOf } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import type { OidcClient, OidcIdentity } from "../auth/oidc/oidc-client.ts";
import { OidcSignInRefused } from "../auth/oidc/oidc-errors.ts";
import { hashToken, openSession } from "../auth/sessions.ts";
import { auditEvent } from "./audit.ts";

type SignInWithOidcOptions = {
  oidc: OidcClient;
  /** The query string of the provider's redirect to the callback. */
  callbackQuery: string;
  /** The state kept in this browser's cookie when the sign-in started. */
  stateCookie: string | undefined;
  ipAddress?: string;
  userAgent?: string;
};

const START_AGAIN = "This sign-in expired, was already used or was started in another browser; sign in again.";

/**
 * Finishes a single sign-on: checks the state against this browser and a live attempt, asks the provider who signed in,
 * finds (or links by verified e-mail) their existing account, applies the roles claim, and opens a session.
 * Nobody gets an account this way: administrators create accounts.
 */
export async function signInWithOidc(deps: Deps, options: SignInWithOidcOptions): Promise<{ token: string; user: UserRow; returnTo: string }> {
  // Security runs on real time: an adjustable demo clock moves playbooks, never sign-in.
  const now = new Date();
  const state = new URLSearchParams(options.callbackQuery).get("state");
  if (!state || state !== options.stateCookie) throw new OidcSignInRefused(START_AGAIN);
  const attempt = await takeOidcLoginAttempt(deps.db, hashToken(state), now);
  if (!attempt) throw new OidcSignInRefused(START_AGAIN);

  const identity = await options.oidc.finish(options.callbackQuery, { state, nonce: attempt.nonce, codeVerifier: attempt.codeVerifier });
  const meta = {
    ...(options.ipAddress ? { ipAddress: options.ipAddress } : {}),
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
  };
  return deps.db.transaction(async (tx) => {
    const { user, events } = await accountOf(tx, identity);
    const actor = userActorOf(user);
    const roles = identity.roles?.filter(isFastTrackRole);
    if (roles && JSON.stringify([...user.roles].sort()) !== JSON.stringify([...roles].sort())) {
      await setUserRoles(tx, user.id, roles);
      events.push(
        auditEvent(actor, "user.roles_changed", { type: "user", id: user.id }, {}, {
          before: { roles: user.roles },
          after: { roles },
          reason: "roles claim of the single sign-on provider",
        }),
      );
      user.roles = roles;
    }
    const token = await openSession(tx, user.id, now, meta);
    events.push(
      auditEvent(userActorOf(user), "user.signed_in_sso", { type: "user", id: user.id }, {}, {
        after: { issuer: identity.issuer, ipAddress: options.ipAddress ?? null, userAgent: options.userAgent?.slice(0, 500) ?? null },
      }),
    );
    await insertAuditEvents(tx, events);
    return { token, user, returnTo: attempt.returnTo };
  });
}

/** The account of this identity: linked by subject, else linked now through the verified e-mail address. */
async function accountOf(tx: Transaction, identity: OidcIdentity): Promise<{ user: UserRow; events: NewAuditEvent[] }> {
  const linked = await findUserByOidcIdentity(tx, identity.issuer, identity.subject);
  if (linked) {
    if (linked.disabledAt) throw new OidcSignInRefused("Your Waymark account is disabled; ask an administrator.");
    return { user: linked, events: [] };
  }
  if (!identity.email) throw new OidcSignInRefused("The single sign-on provider sent no e-mail address, so no Waymark account can be found for you.");
  if (!identity.emailVerified) {
    throw new OidcSignInRefused(`The single sign-on provider has not verified ${identity.email}, so it cannot be linked to a Waymark account.`);
  }
  const matches = await findUsersByEmail(tx, identity.email);
  const [user] = matches;
  if (!user) throw new OidcSignInRefused(`No Waymark account uses ${identity.email}; ask an administrator to create one.`);
  if (matches.length > 1) throw new OidcSignInRefused(`More than one Waymark account uses ${identity.email}; ask an administrator to fix that.`);
  if (user.disabledAt) throw new OidcSignInRefused("Your Waymark account is disabled; ask an administrator.");
  // A second tab finishing the same first sign-in waited on the row lock and finds the link just made.
  if (user.oidcIssuer === identity.issuer && user.oidcSubject === identity.subject) return { user, events: [] };
  if (user.oidcSubject) {
    throw new OidcSignInRefused(`The Waymark account of ${identity.email} is linked to another single sign-on identity; ask an administrator.`);
  }
  await linkUserToOidcIdentity(tx, user.id, identity.issuer, identity.subject);
  const event = auditEvent(userActorOf(user), "user.sso_linked", { type: "user", id: user.id }, {}, {
    after: { issuer: identity.issuer, subject: identity.subject, email: identity.email },
  });
  return { user: { ...user, oidcIssuer: identity.issuer, oidcSubject: identity.subject }, events: [event] };
}

