import { z } from "zod";
import type { L1Status } from "../../catalogs/l1-statuses.ts";
import { isL1Status } from "../../catalogs/l1-statuses.ts";
import { type ServiceCode, serviceLabel } from "../../catalogs/services.ts";
import { isServiceStatus, type ServiceStatus } from "../../catalogs/service-statuses.ts";
import { type ActionKind, requireService } from "../action-kind.ts";
import type { EngineService } from "../model.ts";
import { placeholders, render } from "../templates.ts";

export type SetServiceStatusAction = { kind: "set_service_status"; status: ServiceStatus };
/** `largest`: the L1 row that holds most of the service's entitlements (for notes the seeds tie to no one L1). */
export type NoteTarget = L1Status | "largest";
export type AppendNoteAction = { kind: "append_entitlement_note"; l1: NoteTarget; text: string };
export type SetServiceDatesAction = { kind: "set_service_dates"; targetDate?: string; nextActionDate?: string };
export type SerializedNoteAction = { kind: "append_serialized_note"; l1: L1Status; suffix: string };

const noteOf = (service: EngineService, l1: L1Status) => service.split.find((row) => row.l1 === l1)?.notes ?? "";

export function resolveNoteTarget(service: EngineService, target: NoteTarget): L1Status {
  if (target !== "largest") return target;
  const largest = [...service.split].sort((a, b) => b.entitlements - a.entitlements)[0];
  return largest?.l1 ?? "status_unknown";
}
const checkTemplate = (text: string) =>
  placeholders(text).filter((p) => !p.startsWith("event.") && !p.startsWith("tenant.") && !p.startsWith("service.")).map((p) => `unknown placeholder {${p}}`);

export const setServiceStatus: ActionKind<SetServiceStatusAction> = {
  kind: "set_service_status",
  schema: z.object({ kind: z.literal("set_service_status"), status: z.string() }).strict() as z.ZodType<SetServiceStatusAction>,
  check: (action) => (isServiceStatus(action.status) ? [] : [`"${action.status}" is not a service status`]),
  apply: (action, context) => {
    const service = requireService(context, "set_service_status");
    return service.status === action.status ? [] : [{ kind: "set_service_status", service: service.code, status: action.status }];
  },
};

export const appendEntitlementNote: ActionKind<AppendNoteAction> = {
  kind: "append_entitlement_note",
  schema: z.object({ kind: z.literal("append_entitlement_note"), l1: z.string(), text: z.string().min(1) }).strict() as z.ZodType<AppendNoteAction>,
  check: (action) => [
    ...(action.l1 === "largest" || isL1Status(action.l1) ? [] : [`"${action.l1}" is not an L1 status`]),
    ...checkTemplate(action.text),
  ],
  apply: (action, context) => {
    const service = requireService(context, "append_entitlement_note");
    const l1 = resolveNoteTarget(service, action.l1);
    const text = render(action.text, context.facts);
    return noteOf(service, l1).includes(text) ? [] : [{ kind: "append_entitlement_note", service: service.code, l1, text }];
  },
};

export const setServiceDates: ActionKind<SetServiceDatesAction> = {
  kind: "set_service_dates",
  schema: z
    .object({ kind: z.literal("set_service_dates"), targetDate: z.string().optional(), nextActionDate: z.string().optional() })
    .strict()
    .refine((a) => a.targetDate !== undefined || a.nextActionDate !== undefined, "name a target date or a next action date"),
  check: (action) => [action.targetDate, action.nextActionDate].flatMap((t) => (t ? checkTemplate(t) : [])),
  apply: (action, context) => {
    const service = requireService(context, "set_service_dates");
    const targetDate = action.targetDate ? render(action.targetDate, context.facts) : undefined;
    const nextActionDate = action.nextActionDate ? render(action.nextActionDate, context.facts) : undefined;
    const currentTarget = service.split.find((row) => row.l1 === "in_progress")?.targetDate ?? null;
    const changes = {
      ...(targetDate && targetDate !== currentTarget ? { targetDate } : {}),
      ...(nextActionDate && nextActionDate !== service.nextActionDate ? { nextActionDate } : {}),
    };
    return Object.keys(changes).length ? [{ kind: "set_service_dates", service: service.code, ...changes }] : [];
  },
};

/**
 * "Serial: Exchange#1, OneDrive#2 (OneDrive BVD Declined)" — generated from the deployment order the person
 * recorded (event data `deploymentOrder`, service codes first to last), so any order of any workloads works.
 */
export function serializedNote(order: readonly ServiceCode[], suffix: string): string {
  const sequence = order.map((code, index) => `${serviceLabel(code)}#${index + 1}`).join(", ");
  return `Serial: ${sequence}${suffix ? ` ${suffix}` : ""}`;
}

export const appendSerializedNote: ActionKind<SerializedNoteAction> = {
  kind: "append_serialized_note",
  schema: z.object({ kind: z.literal("append_serialized_note"), l1: z.string(), suffix: z.string() }).strict() as z.ZodType<SerializedNoteAction>,
  check: (action) => (isL1Status(action.l1) ? [] : [`"${action.l1}" is not an L1 status`]),
  apply: (action, context) => {
    const service = requireService(context, "append_serialized_note");
    const order = (context.facts.event as { data?: { deploymentOrder?: ServiceCode[] } }).data?.deploymentOrder;
    if (!order?.includes(service.code)) {
      throw new Error(`a serialized deployment needs event data deploymentOrder that includes ${service.code}`);
    }
    const text = serializedNote(order, action.suffix);
    return noteOf(service, action.l1).includes(text) ? [] : [{ kind: "append_entitlement_note", service: service.code, l1: action.l1, text }];
  },
};
