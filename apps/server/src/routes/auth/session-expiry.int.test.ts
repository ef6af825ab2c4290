import { describe, expect, it } from "vitest";
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS } from "../../auth/sessions.ts";
import { useTestApi } from "../../../../../test-support/api.ts";

const { api } = useTestApi();

/** Moves a session's clocks into the past, as if that much time had gone by. */
async function age(userId: string, change: { createdMsAgo?: number; lastSeenMsAgo?: number; expiresInMs: number }) {
  await api().database.pool.query(
    `UPDATE sessions SET created_at = now() - make_interval(secs => $2), last_seen_at = now() - make_interval(secs => $3),
       expires_at = now() + make_interval(secs => $4) WHERE user_id = $1`,
    [userId, (change.createdMsAgo ?? 0) / 1000, (change.lastSeenMsAgo ?? 0) / 1000, change.expiresInMs / 1000],
  );
}

const expiresAt = async (userId: string) =>
  (await api().database.pool.query<{ expires_at: Date }>("SELECT expires_at FROM sessions WHERE user_id = $1", [userId])).rows[0]?.expires_at;

describe("session expiry", () => {
  it("ends a session left idle past its expiry", async () => {
    const user = await api().signIn({ roles: ["fasttrack_manager"] });
    expect((await user.get("/api/auth/me")).statusCode).toBe(200);
    await age(user.userId, { lastSeenMsAgo: IDLE_TIMEOUT_MS + 1000, expiresInMs: -1000 });
    const answer = await user.get("/api/auth/me");
    expect(answer.statusCode).toBe(401);
    expect(answer.json().detail).toContain("your session is missing or has expired");
  });

  it("pushes the idle expiry out while the session is used", async () => {
    const user = await api().signIn({ roles: ["fasttrack_manager"] });
    await age(user.userId, { lastSeenMsAgo: 2 * 60 * 1000, expiresInMs: 60 * 1000 });
    expect((await user.get("/api/auth/me")).statusCode).toBe(200);
    const pushed = (await expiresAt(user.userId))?.getTime() ?? 0;
    expect(pushed).toBeGreaterThan(Date.now() + IDLE_TIMEOUT_MS - 60 * 1000);
  });

  it("ends a session at its absolute limit however busy it is, and forgets it", async () => {
    const user = await api().signIn({ roles: ["fasttrack_manager"] });
    await age(user.userId, { createdMsAgo: ABSOLUTE_TIMEOUT_MS + 1000, lastSeenMsAgo: 1000, expiresInMs: IDLE_TIMEOUT_MS });
    expect((await user.get("/api/auth/me")).statusCode).toBe(401);
    expect(await expiresAt(user.userId)).toBeUndefined();
  });
});
