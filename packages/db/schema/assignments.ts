import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns.ts";
import { customers } from "./customers.ts";
import { partners } from "./people.ts";
import { tenants } from "./tenants.ts";
import { users } from "./users.ts";

/** Routing queues (FTCQ GoBack / AiR / Inactive per region) are assignees like users. */
export const queues = pgTable(
  "queues",
  {
    id: id(),
    code: text().notNull(),
    name: text().notNull(),
    kind: text().notNull(),
    region: text().notNull(),
  },
  (t) => [uniqueIndex("queues_code_key").on(t.code)],
);

/**
 * A user, queue or partner organisation assigned to a customer (TPID level), a tenant, or one service of a tenant,
 * in an assignment role (RM, FM, FE, P-FM, ...). At most one primary per tenant + service + role.
 */
export const assignments = pgTable(
  "assignments",
  {
    id: id(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    tenantId: uuid().references(() => tenants.id, { onDelete: "cascade" }),
    /** Service code; null = the whole tenant (or customer). */
    service: text(),
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    queueId: uuid().references(() => queues.id, { onDelete: "cascade" }),
    partnerId: uuid().references(() => partners.id, { onDelete: "cascade" }),
    role: text().notNull(),
    isPrimary: boolean().notNull().default(false),
    createdAt: createdAt(),
    createdById: uuid().references(() => users.id),
  },
  (t) => [
    index("assignments_tenant_idx").on(t.tenantId),
    index("assignments_user_idx").on(t.userId),
    index("assignments_customer_idx").on(t.customerId),
    // A partner user's tenants are found through their organisation's assignments.
    index("assignments_partner_idx").on(t.partnerId),
    uniqueIndex("assignments_one_primary_key")
      .on(t.customerId, sql`coalesce(${t.tenantId}, '00000000-0000-0000-0000-000000000000'::uuid)`, sql`coalesce(${t.service}, '')`, t.role)
      .where(sql`${t.isPrimary}`),
    check(
      "assignments_one_assignee_check",
      sql`num_nonnulls(${t.userId}, ${t.queueId}, ${t.partnerId}) = 1`,
    ),
  ],
);
