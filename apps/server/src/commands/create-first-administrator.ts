import { countAdministrators, insertAuditEvents, insertUser } from "@waymark/db";
import type { Deps } from "../app-types.ts";
import { SYSTEM } from "../actor.ts";
import { hashPassword, oneTimePassword } from "../auth/passwords.ts";
import { auditEvent } from "./audit.ts";

/**
 * On a database without an administrator, creates `admin` with a one-time password that must be replaced at first
 * sign-in. Returns the password (to be shown once) or null when an administrator already exists.
 */
export async function createFirstAdministrator(
  deps: Pick<Deps, "db">,
  options: { username?: string } = {},
): Promise<{ username: string; password: string } | null> {
  const username = options.username ?? "admin";
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  return deps.db.transaction(async (tx) => {
    await tx.execute("SELECT pg_advisory_xact_lock(727275)");
    if ((await countAdministrators(tx)) > 0) return null;
    const user = await insertUser(tx, {
      username,
      displayName: "Administrator",
      passwordHash,
      isAdministrator: true,
      mustChangePassword: true,
    });
    await insertAuditEvents(tx, [
      auditEvent(SYSTEM, "user.created", { type: "user", id: user.id }, {}, {
        after: { username, isAdministrator: true },
        reason: "first start: no administrator existed",
      }),
    ]);
    return { username, password };
  });
}
