/** A single sign-on that ends on the sign-in page; the message is shown to the person, so it holds no secret. */
export class OidcSignInRefused extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = "OidcSignInRefused";
  }
}

/** Discovery failed: the provider is down, unreachable or not an OpenID Connect provider. */
export class OidcProviderUnreachable extends Error {
  constructor(issuer: string, cause: unknown) {
    super(`The single sign-on provider at ${issuer} cannot be reached: ${reasonOf(cause)}`, { cause });
    this.name = "OidcProviderUnreachable";
  }
}

/** A short reason: fetch reports "fetch failed" and keeps the useful part (ECONNREFUSED, ENOTFOUND) in its cause. */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const detail = typeof cause?.code === "string" ? cause.code : typeof cause?.message === "string" ? cause.message : undefined;
  return detail ? `${error.message} (${detail})` : error.message;
}
