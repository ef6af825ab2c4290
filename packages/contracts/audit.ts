import { z } from "zod";

export const ZAuditEvent = z.object({
  id: z.number().int(),
  occurredAt: z.iso.datetime(),
  actorKind: z.enum(["user", "rule", "system"]),
  actorUserId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  actorRuleId: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  reason: z.string().nullable(),
});
export type TAuditEvent = z.infer<typeof ZAuditEvent>;

export const ZAuditList = z.object({ items: z.array(ZAuditEvent) });
