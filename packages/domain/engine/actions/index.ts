import type { ActionKind } from "../action-kind.ts";
import { raiseFinding, resolveFinding } from "./finding-actions.ts";
import { appendEntitlementNote, appendSerializedNote, setServiceDates, setServiceStatus } from "./service-actions.ts";
import { createTask, setTaskStatus } from "./task-actions.ts";
import { refuse } from "./refuse-action.ts";
import { createOutreachStep, recordAssignmentOption, setEngagementStartDate, setOverallStatus } from "./tenant-actions.ts";
import { assignQueue, assignUser, unassignQueue, unassignUser } from "./assignment-actions.ts";
import { setEntitlementStatus } from "./entitlement-actions.ts";
import { enqueueMessage } from "./message-actions.ts";
import { cancelTimer, startTimer } from "./timer-actions.ts";

/** Every action kind a playbook may use, by name. */
export const ACTION_KINDS: Readonly<Record<string, ActionKind<{ kind: string }>>> = Object.fromEntries(
  [
    setTaskStatus,
    createTask,
    setServiceStatus,
    appendEntitlementNote,
    appendSerializedNote,
    setServiceDates,
    raiseFinding,
    resolveFinding,
    startTimer,
    cancelTimer,
    setOverallStatus,
    setEngagementStartDate,
    recordAssignmentOption,
    unassignQueue,
    assignQueue,
    assignUser,
    unassignUser,
    setEntitlementStatus,
    enqueueMessage,
    createOutreachStep,
    refuse,
  ].map(
    (kind) => [kind.kind, kind as unknown as ActionKind<{ kind: string }>],
  ),
);

export { EventRefused } from "./refuse-action.ts";
export { serializedNote } from "./service-actions.ts";
export { movedSplit } from "./entitlement-actions.ts";
