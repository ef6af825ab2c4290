import { ODataQueryError } from "@waymark/domain";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { toAppError } from "../../http/errors.ts";

export const ODATA_VERSION_HEADERS = { "OData-Version": "4.0" } as const;

/** Errors in the OData JSON format ({"error":{"code","message"}}) that BI tools show to the person refreshing. */
export function handleODataError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof ODataQueryError) {
    return reply.status(400).headers(ODATA_VERSION_HEADERS).type("application/json; charset=utf-8").send({ error: { code: error.code, message: error.message } });
  }
  const { error: problem, unexpected } = toAppError(error);
  if (unexpected) request.log.error({ err: error }, "request failed");
  if (problem.status === 401) reply.header("WWW-Authenticate", 'Basic realm="Waymark OData feed", charset="UTF-8"');
  return reply
    .status(problem.status)
    .headers(ODATA_VERSION_HEADERS)
    .type("application/json; charset=utf-8")
    .send({ error: { code: problem.code, message: problem.message } });
}
