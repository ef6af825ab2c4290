import { deleteOtherSessionsOfUser, findUserByUsername, insertAuditEvents, setUserPassword } from "@waymark/db";
import type { TChangePassword } from "@waymark/contracts";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { hashPassword, verifyPassword } from "../auth/passwords.ts";
import { hashToken } from "../auth/sessions.ts";
import { AppError } from "../errors.ts";
import { auditEvent } from "./audit.ts";

/** Replaces the user's password and signs out their other sessions. */
export async function changePassword(
  deps: Deps,
  options: { actor: UserActor; sessionToken: string; input: TChangePassword },
) {
  const { actor, input } = options;
  const user = await findUserByUsername(deps.db, actor.username);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("validation_failed", "The current password is wrong.", {
      errors: [{ path: "/body/currentPassword", message: "wrong password" }],
    });
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError("validation_failed", "Choose a password different from the current one.", {
      errors: [{ path: "/body/newPassword", message: "same as the current password" }],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction(async (tx) => {
    await setUserPassword(tx, user.id, passwordHash, false);
    await deleteOtherSessionsOfUser(tx, user.id, hashToken(options.sessionToken));
    await insertAuditEvents(tx, [
      auditEvent(actor, "user.password_changed", { type: "user", id: user.id }, {}, { after: { mustChangePassword: false } }),
    ]);
  });
}
