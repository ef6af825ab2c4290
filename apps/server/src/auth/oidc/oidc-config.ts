/** Single sign-on through an OpenID Connect provider (e.g. Entra ID), from the WAYMARK_OIDC_* variables. */
export type OidcConfig = {
  /** The provider's issuer identifier; its discovery document is at `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  /** Never logged and never in an error. */
  clientSecret: string;
  /** The full URL of GET /api/auth/oidc/callback as the provider redirects the browser to it. */
  redirectUrl: string;
  /** The text of the sign-in button. */
  label: string;
  /** A claim holding FastTrack role codes; when set, each sign-in sets the user's roles to those codes. */
  rolesClaim?: string;
  /**
   * The provider vouches for every e-mail address it sends, even without `email_verified` (Entra ID sends none for
   * the accounts of its own organisation): such an address may link an existing account.
   */
  trustUnverifiedEmail?: boolean;
};
