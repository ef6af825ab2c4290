import { z } from "zod";

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
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
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
  return parsed.data;
}

/** A connection string safe to print: the password is replaced. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}
