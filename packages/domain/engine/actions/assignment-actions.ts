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
/**
 * Removes tenant assignments of users: one user's (in one role, or all of them; "remove yourself" is
 * `user: "{event.actorUserId}"`), or everyone's in a role (`role` without `user`: "unassign the FM").
 */
export type UnassignUserAction = { kind: "unassign_user"; user?: string; role?: string };
/** Removes the tenant's routing queue of a kind in the tenant's own region (e.g. FTCQ GoBack EMEA). */
export type UnassignQueueAction = { kind: "unassign_queue"; queueKind: QueueKind };
/** Assigns the routing queue of a kind in the tenant's own region, in an assignment role (e.g. RM = FTCQ Inactive EMEA). */
export type AssignQueueAction = { kind: "assign_queue"; queueKind: QueueKind; role: string };

const QUEUE_KIND = z.enum(["goback", "air", "inactive"]);
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
  schema: z
    .object({ kind: z.literal("unassign_user"), user: z.string().min(1).optional(), role: z.string().optional() })
    .strict()
    .refine((a) => a.user !== undefined || a.role !== undefined, "name the user, the role, or both"),
  check: (action) => checkRole(action.role),
  apply: (action, { state, facts }) => {
    const role = action.role ?? null;
    const inRole = state.assignees.filter((a) => role === null || a.role === role);
    if (action.user === undefined) return [...new Set(inRole.map((a) => a.userId))].map((userId) => ({ kind: "unassign_user" as const, userId, role }));
    // Nobody to remove when the user is not known (a wait fired the event, so there is no "yourself").
    const userId = renderIfRecorded(action.user, facts);
    return userId !== null && inRole.some((a) => a.userId === userId) ? [{ kind: "unassign_user", userId, role }] : [];
  },
};

export const assignQueue: ActionKind<AssignQueueAction> = {
  kind: "assign_queue",
  schema: z.object({ kind: z.literal("assign_queue"), queueKind: QUEUE_KIND, role: z.string() }).strict(),
  check: (action) => checkRole(action.role),
  apply: (action, { state }) => {
    const queue = queueFor(action.queueKind, state.region);
    return isQueueCode(queue) && !state.queues.includes(queue) ? [{ kind: "assign_queue", queue, role: action.role }] : [];
  },
};

export const unassignQueue: ActionKind<UnassignQueueAction> = {
  kind: "unassign_queue",
  schema: z.object({ kind: z.literal("unassign_queue"), queueKind: QUEUE_KIND }).strict(),
  check: () => [],
  apply: (action, { state }) => {
    const queue = queueFor(action.queueKind, state.region);
    return isQueueCode(queue) && state.queues.includes(queue) ? [{ kind: "unassign_queue", queue }] : [];
  },
};
