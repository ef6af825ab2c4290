import type { NewAuditEvent } from "@waymark/db";
import type { Actor } from "../actor.ts";

type Entity = { type: string; id: string };
type Scope = { tenantId?: string | null; customerId?: string | null };

/** Builds the audit event of a change; commands insert it in their own transaction. */
export function auditEvent(
  actor: Actor,
  action: string,
  entity: Entity,
  scope: Scope,
  change: { before?: unknown; after?: unknown; reason?: string | null },
): NewAuditEvent {
  return {
    actorKind: actor.kind,
    actorUserId: actor.kind === "user" ? actor.userId : null,
    actorRuleId: actor.kind === "rule" ? actor.ruleId : null,
    action,
    entityType: entity.type,
    entityId: entity.id,
    tenantId: scope.tenantId ?? null,
    customerId: scope.customerId ?? null,
    before: (change.before ?? null) as NewAuditEvent["before"],
    after: (change.after ?? null) as NewAuditEvent["after"],
    reason: change.reason ?? (actor.kind === "system" ? actor.reason : null),
  };
}

/** The fields of `patch` whose values differ from `current`, as before/after pairs; empty objects when nothing changed. */
export function changedFields<T extends Record<string, unknown>>(current: T, patch: Partial<T>) {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const old = current[key];
    if (JSON.stringify(old) !== JSON.stringify(value)) {
      before[key] = old ?? null;
      after[key] = value;
    }
  }
  return { before, after, changed: Object.keys(after).length > 0 };
}
