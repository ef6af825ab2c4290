import type { UserListRow } from "@waymark/db";
import type { TUser } from "@waymark/contracts";
import { userActorOf } from "../../actor.ts";
import { accessLevelOf } from "../../policies/permissions.ts";

export function presentUser(user: UserListRow): TUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    roles: user.roles,
    accessLevel: accessLevelOf(userActorOf(user)),
    isAdministrator: user.isAdministrator,
    partner: user.partnerId ? { id: user.partnerId, name: user.partnerName ?? "" } : null,
    singleSignOn: user.oidcSubject !== null,
    mustChangePassword: user.mustChangePassword,
    disabled: user.disabledAt !== null,
    version: user.version,
    createdAt: user.createdAt.toISOString(),
  };
}
