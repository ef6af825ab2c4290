import type { FastifyReply } from "fastify";
import { IDLE_TIMEOUT_MS, SESSION_COOKIE } from "./sessions.ts";

/** Hands the browser its session token; every way of signing in sets the cookie through here. */
export function setSessionCookie(reply: FastifyReply, token: string, options: { secureCookies: boolean }): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: options.secureCookies,
    maxAge: IDLE_TIMEOUT_MS / 1000,
  });
}
