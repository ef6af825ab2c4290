import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { AppError, problemOf } from "../errors.ts";
import { SESSION_COOKIE } from "../auth/sessions.ts";
import { pageAssets, pagePreloads, preloadLinkHeader } from "./page-preloads.ts";

const PROBLEM_JSON = "application/problem+json; charset=utf-8";

export function sendProblem(reply: FastifyReply, error: AppError) {
  return reply.status(error.status).type(PROBLEM_JSON).send(problemOf(error));
}

/** PostgreSQL errors that mean the request, not the server, was wrong. */
function fromDatabaseError(error: { code?: string; constraint?: string; detail?: string }): AppError | null {
  switch (error.code) {
    case "23505":
      return new AppError("already_exists", `A record with the same key already exists (${error.detail ?? error.constraint}).`);
    case "23503":
      return new AppError("validation_failed", `A referenced record does not exist (${error.constraint}).`);
    case "23514":
      return new AppError("validation_failed", `The change breaks the rule ${error.constraint}.`);
    case "22P02":
    case "22007":
    case "22008":
      return new AppError("invalid_request", "A value has the wrong format.");
    default:
      return null;
  }
}

/** Turns anything thrown while handling a request into the AppError to answer with (an internal one if unknown). */
export function toAppError(error: FastifyError): { error: AppError; unexpected: boolean } {
  if (error instanceof AppError) return { error, unexpected: false };
  if (hasZodFastifySchemaValidationErrors(error)) {
    const all = error.validation.map((issue) => ({
      path: `/${error.validationContext ?? "body"}${issue.instancePath}`,
      message: issue.message ?? "is not valid",
    }));
    const errors = all.filter((e, i) => all.findIndex((o) => o.path === e.path && o.message === e.message) === i);
    const summary = errors.map((e) => `${e.path}: ${e.message}`).join("; ");
    return { error: new AppError("invalid_request", `Fix these fields: ${summary}`, { errors }), unexpected: false };
  }
  if (isResponseSerializationError(error)) {
    return { error: new AppError("internal", "The server produced an invalid response."), unexpected: true };
  }
  // Drizzle wraps the driver's error; the PostgreSQL error code is on its cause.
  const fromDb = fromDatabaseError(((error as { cause?: unknown }).cause ?? error) as { code?: string });
  if (fromDb) return { error: fromDb, unexpected: false };
  if (error.statusCode === 429) {
    return { error: new AppError("rate_limited", "Too many attempts; wait a minute and try again."), unexpected: false };
  }
  if (error.statusCode && error.statusCode < 500) {
    return { error: new AppError("invalid_request", error.message), unexpected: false };
  }
  return { error: new AppError("internal", "Something went wrong on our side; the error is logged."), unexpected: true };
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const { error: problem, unexpected } = toAppError(error);
  if (unexpected) request.log.error({ err: isResponseSerializationError(error) ? error.cause : error }, "request failed");
  return sendProblem(reply, problem);
}

export function handleNotFound(webDir: string | undefined) {
  // Read once: a new build is served after a restart (see app.ts).
  const index = webDir ? path.join(webDir, "index.html") : null;
  const assets = index && existsSync(index) ? pageAssets(readFileSync(index, "utf8")) : [];
  return (request: FastifyRequest, reply: FastifyReply) => {
    // A built file that is not there (a tab open across a new deployment asks for the old build's scripts) is a 404,
    // not the page: a script answered with HTML would fail with a confusing type error.
    const isPage =
      (request.method === "GET" || request.method === "HEAD") && !request.url.startsWith("/api/") && request.url !== "/api" && !request.url.startsWith("/assets/");
    if (isPage && webDir && "sendFile" in reply) {
      // Only a reader with a session cookie gets the first screen's data fetched early: anyone else goes to sign-in.
      const preloads = request.cookies?.[SESSION_COOKIE] ? pagePreloads(request.url) : [];
      if (preloads.length > 0) reply.header("Link", preloadLinkHeader(preloads, assets));
      return (reply as FastifyReply & { sendFile: (file: string) => FastifyReply }).sendFile("index.html");
    }
    if (isPage) {
      return reply.status(404).type("text/plain").send("The web app is not built: run `npm run build:web`.");
    }
    return sendProblem(reply, new AppError("not_found", `No route ${request.method} ${request.url.split("?")[0]}.`));
  };
}
