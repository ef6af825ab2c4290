import { type AuditEventRow, auditEvents, type Executor, users } from "@waymark/db";
import { ZAuditList, ZIdParams } from "@waymark/contracts";
import { and, count, desc, eq, ne, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { UserActor } from "../../actor.ts";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { maySeeAuditEventOf } from "../../policies/partner.ts";
import { findVisibleTenant } from "../../policies/visibility.ts";
import { presentAuditEvent } from "../../presenters/audit.ts";

const ZHistoryQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  action: z.string().trim().min(1).max(100).optional().describe("Only events of this action, e.g. tenant.updated"),
  actorId: z.uuid().optional().describe("Only events by this user"),
  actorKind: z.enum(["user", "rule", "system"]).optional().describe("Only events by people, playbook rules or Waymark itself"),
});
type HistoryFilter = Omit<z.infer<typeof ZHistoryQuery>, "limit">;

export function tenantHistoryRoute(app: App) {
  app.get(
    "/api/tenants/:id/history",
    {
      schema: {
        tags: ["tenants"],
        summary: "Audit events of a tenant, newest first, optionally of one action or actor; with the actions and actors to filter by",
        params: ZIdParams,
        querystring: ZHistoryQuery,
        response: { 200: ZAuditList },
      },
      config: { permission: "audit.read" },
    },
    async (request) => {
      const actor = actorOf(request);
      const tenant = await findVisibleTenant(app.deps.db, actor, request.params.id);
      const { limit, ...filter } = request.query;
      const [rows, facets] = await Promise.all([
        listEvents(app.deps.db, tenant.id, filter, limit),
        historyFacets(app.deps.db, tenant.id, actor),
      ]);
      return { items: rows.filter((row) => maySeeAuditEventOf(actor, row)).map(presentAuditEvent), facets };
    },
  );
}

async function listEvents(db: Executor, tenantId: string, filter: HistoryFilter, limit: number): Promise<AuditEventRow[]> {
  const conditions: (SQL | undefined)[] = [
    eq(auditEvents.tenantId, tenantId),
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.actorId ? eq(auditEvents.actorUserId, filter.actorId) : undefined,
    filter.actorKind ? eq(auditEvents.actorKind, filter.actorKind) : undefined,
  ];
  const rows = await db
    .select({ event: auditEvents, actorName: users.displayName })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(limit);
  return rows.map(({ event, actorName }) => ({ ...event, actorName }));
}

/**
 * The actions and actors of the whole history. A partner user does not see assignment events of other organisations'
 * people (maySeeAuditEventOf), so assignment events are left out of their facets rather than leak who made them.
 */
async function historyFacets(db: Executor, tenantId: string, actor: UserActor) {
  const where = and(eq(auditEvents.tenantId, tenantId), actor.partnerId ? ne(auditEvents.entityType, "assignment") : undefined);
  const [actions, actors] = await Promise.all([
    db.select({ action: auditEvents.action, count: count() }).from(auditEvents).where(where).groupBy(auditEvents.action).orderBy(auditEvents.action),
    db
      .select({ actorKind: auditEvents.actorKind, actorUserId: auditEvents.actorUserId, actorName: users.displayName, count: count() })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorUserId))
      .where(where)
      .groupBy(auditEvents.actorKind, auditEvents.actorUserId, users.displayName)
      .orderBy(desc(count())),
  ]);
  return {
    actions,
    actors: actors.map((row) => ({ ...row, actorKind: row.actorKind as "user" | "rule" | "system" })),
  };
}
