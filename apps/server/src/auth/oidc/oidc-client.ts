import * as client from "openid-client";
import type { OidcConfig } from "./oidc-config.ts";
import { OidcProviderUnreachable, OidcSignInRefused } from "./oidc-errors.ts";

/** What the provider says about the person who signed in. */
export type OidcIdentity = {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  /** The values of the configured roles claim (empty when the provider sent none); null when no claim is configured. */
  roles: string[] | null;
};

/** The secrets of one sign-in in flight: the state goes to the browser, all three are kept server-side. */
export type OidcChallenge = { state: string; nonce: string; codeVerifier: string };

export type OidcClient = {
  readonly label: string;
  /** A new challenge and the provider URL to send the browser to (authorization code with PKCE S256). */
  start: () => Promise<{ url: URL; challenge: OidcChallenge }>;
  /** Exchanges the code of the provider's redirect (its query string) and reads who signed in. */
  finish: (callbackQuery: string, challenge: OidcChallenge) => Promise<OidcIdentity>;
};

const SCOPE = "openid email profile";

/** The client of one provider; its discovery document is fetched on first use and kept, or fetched again after a failure. */
export function createOidcClient(config: OidcConfig): OidcClient {
  let discovered: Promise<client.Configuration> | undefined;
  const configuration = () => {
    discovered ??= discover(config).catch((error: unknown) => {
      discovered = undefined;
      throw error;
    });
    return discovered;
  };

  return {
    label: config.label,
    start: async () => {
      const provider = await configuration();
      const challenge = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
      const url = client.buildAuthorizationUrl(provider, {
        redirect_uri: config.redirectUrl,
        scope: SCOPE,
        state: challenge.state,
        nonce: challenge.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(challenge.codeVerifier),
        code_challenge_method: "S256",
      });
      return { url, challenge };
    },
    finish: async (callbackQuery, challenge) => {
      const provider = await configuration();
      // The redirect URI sent to the token endpoint must be the registered one, whatever host the request came in on.
      const currentUrl = new URL(config.redirectUrl);
      currentUrl.search = callbackQuery;
      const tokens = await client
        .authorizationCodeGrant(provider, currentUrl, {
          pkceCodeVerifier: challenge.codeVerifier,
          expectedState: challenge.state,
          expectedNonce: challenge.nonce,
          idTokenExpected: true,
        })
        .catch((error: unknown) => {
          if (error instanceof client.AuthorizationResponseError) {
            throw new OidcSignInRefused(`The single sign-on provider did not sign you in (${error.error}).`, error);
          }
          throw new OidcSignInRefused("The single sign-on provider's answer could not be verified; try again.", error);
        });
      const idToken = tokens.claims();
      if (!idToken) throw new OidcSignInRefused("The single sign-on provider sent no ID token.");
      const userinfo = await client.fetchUserInfo(provider, tokens.access_token, idToken.sub).catch((error: unknown) => {
        throw new OidcSignInRefused("The single sign-on provider did not say who you are (userinfo failed); try again.", error);
      });
      const email = typeof userinfo.email === "string" ? userinfo.email.trim() : null;
      return {
        issuer: provider.serverMetadata().issuer,
        subject: idToken.sub,
        email: email || null,
        emailVerified: userinfo.email_verified === true || config.trustUnverifiedEmail === true,
        roles: config.rolesClaim ? claimValues(idToken[config.rolesClaim] ?? userinfo[config.rolesClaim]) : null,
      };
    },
  };
}

async function discover(config: OidcConfig): Promise<client.Configuration> {
  const issuer = new URL(config.issuer);
  try {
    return await client.discovery(issuer, config.clientId, config.clientSecret, undefined, {
      // Only a local provider (tests, a lab) is reached over plain HTTP; env validation allows it deliberately.
      ...(issuer.protocol === "http:" ? { execute: [client.allowInsecureRequests] } : {}),
      timeout: 10,
    });
  } catch (error) {
    throw new OidcProviderUnreachable(config.issuer, error);
  }
}

/** A claim's string values: Entra ID sends an array; a single string counts as one value. */
function claimValues(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((entry): entry is string => typeof entry === "string");
  return [];
}

declare module "fastify" {
  interface FastifyInstance {
    /** Single sign-on, when WAYMARK_OIDC_* configure it; null otherwise. */
    oidc: OidcClient | null;
  }
}
