import { DEFAULT_MESSAGE_ID_DOMAIN } from "@waymark/db";
import { z } from "zod";
import type { OidcConfig } from "./auth/oidc/oidc-config.ts";

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no"])
  .transform((value) => value === "1" || value === "true" || value === "yes");

/** Waymark's configuration; it refuses to start on a bad value and says which one. */
export const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL").optional(),
  REPORTING_DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL").optional(),
  WAYMARK_DATA_DIR: z.string().default("./data"),
  WAYMARK_DEMO: flag.default(true),
  WAYMARK_SECURE_COOKIES: flag.default(false),
  WAYMARK_WEB_DIR: z.string().optional(),
  /** `adjustable`: an administrator may move time forward (demos, training, tests). */
  WAYMARK_CLOCK: z.enum(["system", "adjustable"]).default("system"),
  /** Allows an adjustable clock on an external database, which is refused by default (it may be production). */
  WAYMARK_CLOCK_FORCE: flag.default(false),
  /** How often each process sweeps for due timers, the safety net under their pg-boss jobs. */
  WAYMARK_TIMER_SWEEP_SECONDS: z.coerce.number().min(1).max(3600).default(30),
  /** How often each process recomputes the data-quality summaries that writes or a new day made stale. */
  WAYMARK_DATA_QUALITY_REFRESH_SECONDS: z.coerce.number().min(1).max(3600).default(60),
  /** The SMTP server mail is sent through (the password inside is a secret); unset: messages stay queued. */
  WAYMARK_SMTP_URL: z.string().regex(/^smtps?:\/\/[^/]/, "must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.com:587").optional(),
  /** The From of every message, e.g. `Waymark <waymark@example.com>`; its domain also names the Message-IDs. */
  WAYMARK_MAIL_FROM: z
    .string()
    .regex(/^(?:[^<>]*<[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+)$/, "must be an address, e.g. waymark@example.com or Waymark <waymark@example.com>")
    .optional(),
  /** How often each process sends the queued messages that are due. */
  WAYMARK_MAIL_SEND_SECONDS: z.coerce.number().min(1).max(3600).default(15),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Single sign-on through an OpenID Connect provider: the four below are set together or not at all. */
  WAYMARK_OIDC_ISSUER: z.url({ protocol: /^https?$/, error: "must be the provider's issuer URL, e.g. https://login.microsoftonline.com/<tenant>/v2.0" }).optional(),
  WAYMARK_OIDC_CLIENT_ID: z.string().optional(),
  WAYMARK_OIDC_CLIENT_SECRET: z.string().optional(),
  WAYMARK_OIDC_REDIRECT_URL: z.url({ protocol: /^https?$/, error: "must be the full callback URL, e.g. https://waymark.example.com/api/auth/oidc/callback" }).optional(),
  WAYMARK_OIDC_LABEL: z.string().max(100).default("Sign in with single sign-on"),
  /** A claim holding FastTrack role codes (`roles` for Entra ID app roles); unset: roles are managed in Waymark. */
  WAYMARK_OIDC_ROLES_CLAIM: z.string().optional(),
  /** Link accounts by e-mail even when the provider does not say it verified it (Entra ID: the organisation's own accounts). */
  WAYMARK_OIDC_TRUST_UNVERIFIED_EMAIL: flag.default(false),
});
export type Env = z.infer<typeof ZEnv>;

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const parsed = ZEnv.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Waymark cannot start: fix these environment variables:\n${problems}`);
  }
  if (parsed.data.WAYMARK_CLOCK === "adjustable" && parsed.data.DATABASE_URL && !parsed.data.WAYMARK_CLOCK_FORCE) {
    throw new Error(
      "Waymark cannot start: WAYMARK_CLOCK=adjustable with DATABASE_URL may move time on a production database; set WAYMARK_CLOCK_FORCE=true if this database is for tests or demos",
    );
  }
  const oidc = ["WAYMARK_OIDC_ISSUER", "WAYMARK_OIDC_CLIENT_ID", "WAYMARK_OIDC_CLIENT_SECRET", "WAYMARK_OIDC_REDIRECT_URL"] as const;
  const missing = oidc.filter((name) => parsed.data[name] === undefined);
  if (missing.length > 0 && missing.length < oidc.length) {
    throw new Error(`Waymark cannot start: single sign-on needs all of ${oidc.join(", ")}; set ${missing.join(", ")} too, or unset the others`);
  }
  if (parsed.data.WAYMARK_SMTP_URL && !parsed.data.WAYMARK_MAIL_FROM) {
    throw new Error("Waymark cannot start: WAYMARK_SMTP_URL needs WAYMARK_MAIL_FROM, the address messages are sent from (e.g. Waymark <waymark@example.com>)");
  }
  return parsed.data;
}

export type MailConfig = { smtpUrl: string; from: string; sendSeconds: number };

/** The mail settings, when sending is configured; without them messages stay queued. */
export function mailConfigOf(env: Env): MailConfig | undefined {
  if (!env.WAYMARK_SMTP_URL || !env.WAYMARK_MAIL_FROM) return undefined;
  return { smtpUrl: env.WAYMARK_SMTP_URL, from: env.WAYMARK_MAIL_FROM, sendSeconds: env.WAYMARK_MAIL_SEND_SECONDS };
}

/** The domain of the sender address, which Message-IDs are made in. */
export function mailDomainOf(env: Pick<Env, "WAYMARK_MAIL_FROM">): string {
  const address = env.WAYMARK_MAIL_FROM?.match(/<([^>]+)>/)?.[1] ?? env.WAYMARK_MAIL_FROM;
  return address?.split("@")[1]?.toLowerCase() ?? DEFAULT_MESSAGE_ID_DOMAIN;
}

/** The single sign-on settings, when they are configured. */
export function oidcConfigOf(env: Env): OidcConfig | undefined {
  const { WAYMARK_OIDC_ISSUER: issuer, WAYMARK_OIDC_CLIENT_ID: clientId, WAYMARK_OIDC_CLIENT_SECRET: clientSecret } = env;
  const redirectUrl = env.WAYMARK_OIDC_REDIRECT_URL;
  if (!issuer || !clientId || !clientSecret || !redirectUrl) return undefined;
  return {
    issuer,
    clientId,
    clientSecret,
    redirectUrl,
    label: env.WAYMARK_OIDC_LABEL,
    ...(env.WAYMARK_OIDC_ROLES_CLAIM ? { rolesClaim: env.WAYMARK_OIDC_ROLES_CLAIM } : {}),
    ...(env.WAYMARK_OIDC_TRUST_UNVERIFIED_EMAIL ? { trustUnverifiedEmail: true } : {}),
  };
}

/** A connection string safe to print: the password is replaced. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}
