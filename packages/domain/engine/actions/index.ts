import type { ActionKind } from "../action-kind.ts";
import { raiseFinding } from "./finding-actions.ts";
import { appendEntitlementNote, appendSerializedNote, setServiceDates, setServiceStatus } from "./service-actions.ts";
import { createTask, setTaskStatus } from "./task-actions.ts";
import { cancelTimer, startTimer } from "./timer-actions.ts";

/** Every action kind a playbook may use, by name. */
export const ACTION_KINDS: Readonly<Record<string, ActionKind<{ kind: string }>>> = Object.fromEntries(
  [setTaskStatus, createTask, setServiceStatus, appendEntitlementNote, appendSerializedNote, setServiceDates, raiseFinding, startTimer, cancelTimer].map(
    (kind) => [kind.kind, kind as unknown as ActionKind<{ kind: string }>],
  ),
);

export { serializedNote } from "./service-actions.ts";
