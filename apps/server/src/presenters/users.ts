import type { UserRow } from "@waymark/db";
import type { TCurrentUser } from "@waymark/contracts";

export function presentCurrentUser(user: UserRow): TCurrentUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    isAdministrator: user.isAdministrator,
    mustChangePassword: user.mustChangePassword,
  };
}
