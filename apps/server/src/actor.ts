import type { UserRow } from "@waymark/db";

/** Who is acting: a signed-in person, a playbook rule, or Waymark itself (start-up, seeding). */
export type Actor =
  | {
      kind: "user";
      userId: string;
      username: string;
      displayName: string;
      roles: string[];
      isAdministrator: boolean;
      /** Set for a partner user (FRP): they see and change only what is assigned to this partner organisation. */
      partnerId: string | null;
    }
  | { kind: "rule"; ruleId: string }
  | { kind: "system"; reason: string };

export type UserActor = Extract<Actor, { kind: "user" }>;

export const SYSTEM: Actor = { kind: "system", reason: "Waymark" };

/** The actor a user account acts as. */
export function userActorOf(user: Pick<UserRow, "id" | "username" | "displayName" | "roles" | "isAdministrator" | "partnerId">): UserActor {
  return {
    kind: "user",
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    isAdministrator: user.isAdministrator,
    partnerId: user.partnerId,
  };
}
