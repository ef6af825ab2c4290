import type { AuditEventRow } from "@waymark/db";
import type { TAuditEvent } from "@waymark/contracts";

export function presentAuditEvent(row: AuditEventRow): TAuditEvent {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    actorKind: row.actorKind as TAuditEvent["actorKind"],
    actorUserId: row.actorUserId,
    actorName: row.actorName,
    actorRuleId: row.actorRuleId,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.before ?? null,
    after: row.after ?? null,
    reason: row.reason,
  };
}
