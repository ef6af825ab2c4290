import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Database } from "@waymark/db";
import type { PlaybookLibrary } from "@waymark/domain";
import type { FastifyBaseLogger, FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { UserActor } from "./actor.ts";
import type { Clock } from "./clock.ts";
import type { TimerQueue } from "./jobs/timer-queue.ts";
import type { Permission } from "./policies/permissions.ts";

export type Deps = {
  db: Database;
  /** A read replica the reports query (REPORTING_DATABASE_URL); unset: they query `db`. */
  reportingDb?: Database;
  /** The clock; tests pass a fixed one. */
  now: () => Date;
  /** Present when time may be moved (WAYMARK_CLOCK=adjustable). */
  clock?: Clock;
  /** The playbooks and all their versions; the FastTrack pack unless a test brings its own. */
  playbooks?: PlaybookLibrary;
  /** Gives every timer the playbooks start a pg-boss job (waymark serve); without it the sweep alone fires timers. */
  timerQueue?: TimerQueue;
  /** The domain outbox Message-IDs are made in (the sender address's); unset: waymark.invalid. */
  mailDomain?: string;
};

export type App = FastifyInstance<Server, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

declare module "fastify" {
  interface FastifyContextConfig {
    /** The permission this route requires; every API route names one unless it is `public`. */
    permission?: Permission;
    /** Reachable without signing in. */
    public?: boolean;
    /** Reachable by a user who still has to replace a one-time password. */
    allowPendingPasswordChange?: boolean;
  }
  interface FastifyRequest {
    actor: UserActor | null;
    sessionToken: string | null;
  }
  interface FastifyInstance {
    deps: Deps;
  }
}

/** The signed-in actor of a route that required a permission (the auth hook guarantees it is there). */
export function actorOf(request: { actor: UserActor | null }): UserActor {
  if (!request.actor) throw new Error("route reached without an actor; is its permission declared?");
  return request.actor;
}
