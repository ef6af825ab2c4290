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

export const ZAuditList = z.object({
  items: z.array(ZAuditEvent),
  facets: z
    .object({
      actions: z.array(z.object({ action: z.string(), count: z.number().int() })),
      actors: z.array(
        z.object({ actorKind: z.enum(["user", "rule", "system"]), actorUserId: z.uuid().nullable(), actorName: z.string().nullable(), count: z.number().int() }),
      ),
    })
    .optional()
    .describe("Every action and actor in the tenant's whole history (not only this page), to offer as filters"),
});

export const ZAuditExportQuery = z
  .object({
    from: z.iso.datetime({ offset: true }).transform((v) => new Date(v)).optional().describe("Events at or after this instant"),
    to: z.iso.datetime({ offset: true }).transform((v) => new Date(v)).optional().describe("Events before this instant"),
    tenantId: z.uuid().optional(),
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, { message: "`from` must be before `to`", path: ["to"] });
