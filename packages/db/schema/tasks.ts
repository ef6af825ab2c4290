import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt, version } from "./columns.ts";
import { tenantServices } from "./services.ts";
import { tenants } from "./tenants.ts";

/** A playbook task instantiated for a tenant (and optionally one of its services). */
export const tasks = pgTable(
  "tasks",
  {
    id: id(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    customerId: uuid().notNull(),
    tenantServiceId: uuid().references(() => tenantServices.id, { onDelete: "cascade" }),
    /** FTOP task id from the task catalogue (e.g. 3718 OneDrive BVD). */
    catalogTaskId: integer().notNull(),
    status: text().notNull().default("not_started"),
    percentComplete: smallint().notNull().default(0),
    responsibleRole: text().notNull(),
    dueDate: date({ mode: "string" }),
    /** The playbook rule that created the task, when the engine did. */
    sourceRuleId: text(),
    playbookId: text(),
    playbookVersion: integer(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("tasks_tenant_idx").on(t.tenantId),
    index("tasks_due_idx").on(t.dueDate),
    check("tasks_percent_check", sql`${t.percentComplete} BETWEEN 0 AND 100`),
    check(
      "tasks_status_check",
      sql`${t.status} IN ('not_started','not_required','in_progress','complete','paused_customer_delay',
        'deferred_customer_extended_delay','warning','blocked_pending_remediation','blocked_technical_customer',
        'blocked_business','blocked_other','blocked_technical_ms','cancelled')`,
    ),
  ],
);
