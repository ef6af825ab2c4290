import type { FastifyRequest } from "fastify";
import { FEED_API_KEY_PARAM } from "../routes/odata/authenticate-feed.ts";

const SECRET_QUERY_PARAMS = new Set([FEED_API_KEY_PARAM]);

const nameOf = (pair: string) => {
  const raw = pair.split("=", 1)[0] ?? "";
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
};

/** The URL with the value of every query parameter that carries a credential replaced by `***`. */
export function redactSecretQuery(url: string): string {
  const mark = url.indexOf("?");
  if (mark < 0) return url;
  const query = url
    .slice(mark + 1)
    .split("&")
    .map((pair) => {
      return SECRET_QUERY_PARAMS.has(nameOf(pair)) ? `${pair.split("=", 1)[0]}=***` : pair;
    })
    .join("&");
  return `${url.slice(0, mark)}?${query}`;
}

/** The request as logged: fastify's usual fields, with credentials in the query string hidden. */
export const requestLogSerializers = {
  req: (request: FastifyRequest) => ({
    method: request.method,
    url: redactSecretQuery(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  }),
};
