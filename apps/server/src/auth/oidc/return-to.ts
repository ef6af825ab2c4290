/**
 * Where to send a person after single sign-on: a path of this portal, never another site. "//host" and "/\host" are
 * read by browsers as another host, so they fall back to "/" like anything that is not a path.
 */
export function localReturnTo(value: unknown): string {
  if (typeof value !== "string" || value.length > 2000) return "/";
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  // Control characters (a tab or newline inside "/\t/evil") are dropped by URL parsers and would join the slashes.
  if (/[\u0000-\u001f\u007f]/.test(value)) return "/";
  return value;
}
