import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { AppError, problemOf } from "../errors.ts";

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

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) return sendProblem(reply, error);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((issue) => ({
      path: `/${error.validationContext ?? "body"}${issue.instancePath}`,
      message: issue.message ?? "is not valid",
    }));
    const summary = errors.map((e) => `${e.path}: ${e.message}`).join("; ");
    return sendProblem(reply, new AppError("invalid_request", `Fix these fields: ${summary}`, { errors }));
  }
  if (isResponseSerializationError(error)) {
    request.log.error({ err: error.cause }, "response did not match its schema");
    return sendProblem(reply, new AppError("internal", "The server produced an invalid response."));
  }
  const fromDb = fromDatabaseError(error as unknown as { code?: string });
  if (fromDb) return sendProblem(reply, fromDb);
  if (error.statusCode === 429) {
    return sendProblem(reply, new AppError("rate_limited", "Too many attempts; wait a minute and try again."));
  }
  if (error.statusCode && error.statusCode < 500) {
    return sendProblem(reply, new AppError("invalid_request", error.message));
  }
  request.log.error({ err: error }, "unhandled error");
  return sendProblem(reply, new AppError("internal", "Something went wrong on our side; the error is logged."));
}

export function handleNotFound(webDir: string | undefined) {
  return (request: FastifyRequest, reply: FastifyReply) => {
    const isPage = request.method === "GET" && !request.url.startsWith("/api/") && request.url !== "/api";
    if (isPage && webDir && "sendFile" in reply) {
      return (reply as FastifyReply & { sendFile: (file: string) => FastifyReply }).sendFile("index.html");
    }
    if (isPage) {
      return reply.status(404).type("text/plain").send("The web app is not built: run `npm run build:web`.");
    }
    return sendProblem(reply, new AppError("not_found", `No route ${request.method} ${request.url.split("?")[0]}.`));
  };
}
