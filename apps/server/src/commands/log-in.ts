import { clearFailedLogins, countFailedLogin, findUserByUsername, insertAuditEvents, lockLogin } from "@waymark/db";
import type { TLogin } from "@waymark/contracts";
import { userActorOf } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { loginLockFor, minutesUntil } from "../auth/login-throttle.ts";
import { DUMMY_HASH_INPUT, hashPassword, verifyPassword } from "../auth/passwords.ts";
import { openSession } from "../auth/sessions.ts";
import { AppError } from "../errors.ts";
import { auditEvent } from "./audit.ts";

let dummyHash: Promise<string> | undefined;

const WRONG = "The username or password is wrong.";

export async function logIn(deps: Deps, options: { input: TLogin; ipAddress?: string; userAgent?: string }) {
  const { input } = options;
  // Security runs on real time: an adjustable demo clock moves playbooks, never a lockout.
  const now = new Date();
  const user = await findUserByUsername(deps.db, input.username.trim());
  if (user?.loginLockedUntil && user.loginLockedUntil > now) {
    throw new AppError(
      "rate_limited",
      `Too many wrong passwords for this account: sign-in is locked for ${minutesUntil(user.loginLockedUntil, now)}; try again then.`,
    );
  }
  dummyHash ??= hashPassword(DUMMY_HASH_INPUT);
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || user.disabledAt) throw new AppError("unauthenticated", WRONG);
  if (!valid) {
    await deps.db.transaction(async (tx) => {
      const failures = await countFailedLogin(tx, user.id);
      const lock = loginLockFor(failures);
      if (lock === null) return;
      const until = new Date(now.getTime() + lock);
      await lockLogin(tx, user.id, until);
      await insertAuditEvents(tx, [
        auditEvent({ kind: "system", reason: `${failures} wrong passwords in a row` }, "user.login_locked", { type: "user", id: user.id }, {}, {
          after: { lockedUntil: until.toISOString(), failedLogins: failures, ipAddress: options.ipAddress ?? null },
        }),
      ]);
    });
    throw new AppError("unauthenticated", WRONG);
  }
  const token = await deps.db.transaction(async (tx) => {
    await clearFailedLogins(tx, user.id);
    const opened = await openSession(tx, user.id, now, {
      ...(options.ipAddress ? { ipAddress: options.ipAddress } : {}),
      ...(options.userAgent ? { userAgent: options.userAgent } : {}),
    });
    const self = userActorOf(user);
    await insertAuditEvents(tx, [
      auditEvent(self, "user.signed_in", { type: "user", id: user.id }, {}, {
        after: { method: "password", ipAddress: options.ipAddress ?? null, userAgent: options.userAgent?.slice(0, 500) ?? null },
      }),
    ]);
    return opened;
  });
  return { token, user };
}
