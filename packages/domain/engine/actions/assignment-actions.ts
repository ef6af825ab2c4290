import { z } from "zod";
import { isQueueCode, queueFor, type QueueKind } from "../../catalogs/engagement.ts";
import { isAssignmentRole } from "../../catalogs/people.ts";
import type { ActionKind } from "../action-kind.ts";
import { render, renderIfRecorded } from "../templates.ts";

/**
 * Assigns a user to the tenant in an assignment role. `user` is a template naming a user id ("{event.data.fmUserId}");
 * with `replace`, whoever else holds that role on the tenant leaves it (the tenant is reassigned, rule 64).
 */
export type AssignUserAction = { kind: "assign_user"; role: string; user: string; primary?: boolean; replace?: boolean };
/** Removes a user's tenant assignments (in one role, or all of them): "remove yourself" is `user: "{event.actorUserId}"`. */
export type UnassignUserAction = { kind: "unassign_user"; user: string; role?: string };
/** Removes the tenant's routing queue of a kind in the tenant's own region (e.g. FTCQ GoBack EMEA). */
export type UnassignQueueAction = { kind: "unassign_queue"; queueKind: QueueKind };

const checkRole = (role: string | undefined) => (role === undefined || isAssignmentRole(role) ? [] : [`"${role}" is not an assignment role`]);

export const assignUser: ActionKind<AssignUserAction> = {
  kind: "assign_user",
  schema: z
    .object({ kind: z.literal("assign_user"), role: z.string(), user: z.string().min(1), primary: z.boolean().optional(), replace: z.boolean().optional() })
    .strict(),
  check: (action) => checkRole(action.role),
  apply: (action, { state, facts }) => {
    const userId = render(action.user, facts);
    const primary = action.primary ?? false;
    const holders = state.assignees.filter((a) => a.role === action.role);
    const replacing = action.replace ? [...new Set(holders.filter((a) => a.userId !== userId).map((a) => a.userId))] : [];
    const already = holders.some((a) => a.userId === userId && (a.primary || !primary));
    return already && replacing.length === 0 ? [] : [{ kind: "assign_user", userId, role: action.role, primary, replacing }];
  },
};

export const unassignUser: ActionKind<UnassignUserAction> = {
  kind: "unassign_user",
  schema: z.object({ kind: z.literal("unassign_user"), user: z.string().min(1), role: z.string().optional() }).strict(),
  check: (action) => checkRole(action.role),
  apply: (action, { state, facts }) => {
    // Nobody to remove when the user is not known (a wait fired the event, so there is no "yourself").
    const userId = renderIfRecorded(action.user, facts);
    const role = action.role ?? null;
    return userId !== null && state.assignees.some((a) => a.userId === userId && (role === null || a.role === role)) ? [{ kind: "unassign_user", userId, role }] : [];
  },
};

export const unassignQueue: ActionKind<UnassignQueueAction> = {
  kind: "unassign_queue",
  schema: z.object({ kind: z.literal("unassign_queue"), queueKind: z.enum(["goback", "air", "inactive"]) }).strict(),
  check: () => [],
  apply: (action, { state }) => {
    const queue = queueFor(action.queueKind, state.region);
    return isQueueCode(queue) && state.queues.includes(queue) ? [{ kind: "unassign_queue", queue }] : [];
  },
};
