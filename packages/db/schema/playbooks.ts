import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns.ts";
import { tenants } from "./tenants.ts";
import { users } from "./users.ts";

/** A playbook running on a tenant (or one of its services), pinned to the version it started with. */
export const playbookRuns = pgTable(
  "playbook_runs",
  {
    id: id(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    customerId: uuid().notNull(),
    playbookId: text().notNull(),
    playbookVersion: integer().notNull(),
    service: text(),
    startedAt: createdAt(),
    startedById: uuid().references(() => users.id),
  },
  (t) => [uniqueIndex("playbook_runs_tenant_playbook_key").on(t.tenantId, t.playbookId)],
);

/** Every change the engine made, with the rule, the version, what it saw and why — the answer to "why is this so?". */
export const ruleEffects = pgTable(
  "rule_effects",
  {
    id: id(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    customerId: uuid().notNull(),
    playbookId: text().notNull(),
    playbookVersion: integer().notNull(),
    ruleId: text().notNull(),
    kind: text().notNull(),
    service: text(),
    catalogTaskId: integer(),
    change: jsonb().notNull(),
    why: text().notNull(),
    inputs: jsonb().notNull(),
    eventType: text().notNull(),
    recordedById: uuid().references(() => users.id),
    occurredAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("rule_effects_tenant_idx").on(t.tenantId, t.occurredAt), index("rule_effects_task_idx").on(t.tenantId, t.catalogTaskId)],
);

/**
 * A running wait ("3 business days after the e-mail"): when the tenant's local date reaches `due_on`, its event is
 * fired at the playbooks, once. Cancelled when what it waits for happens first.
 */
export const timers = pgTable(
  "timers",
  {
    id: id(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    customerId: uuid().notNull(),
    service: text(),
    key: text().notNull(),
    dueOn: date({ mode: "string" }).notNull(),
    event: jsonb().notNull(),
    status: text().notNull().default("pending"),
    playbookId: text().notNull(),
    playbookVersion: integer().notNull(),
    ruleId: text().notNull(),
    createdAt: createdAt(),
    settledAt: timestamp({ withTimezone: true, mode: "date" }),
  },
  (t) => [
    index("timers_due_idx").on(t.dueOn, t.createdAt).where(sql`${t.status} = 'pending'`),
    uniqueIndex("timers_one_pending_key").on(t.tenantId, sql`coalesce(${t.service}, '')`, t.key).where(sql`${t.status} = 'pending'`),
    check("timers_status_check", sql`${t.status} IN ('pending','fired','cancelled','failed')`),
  ],
);

/** Something a person must look at or decide, raised by a rule or a data-quality check. */
export const findings = pgTable(
  "findings",
  {
    id: id(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    customerId: uuid().notNull(),
    service: text(),
    code: text().notNull(),
    message: text().notNull(),
    /** Who should act on it (a task role), when the finding is a prompt for a person's judgement. */
    role: text(),
    status: text().notNull().default("open"),
    ruleId: text(),
    createdAt: createdAt(),
    closedAt: timestamp({ withTimezone: true, mode: "date" }),
    /** A person accepted the finding as it stands: who, and why (required). */
    acceptedById: uuid().references(() => users.id),
    acceptedReason: text(),
    acceptedAt: timestamp({ withTimezone: true, mode: "date" }),
  },
  (t) => [
    index("findings_tenant_idx").on(t.tenantId, t.status),
    uniqueIndex("findings_one_open_key").on(t.tenantId, sql`coalesce(${t.service}, '')`, t.code).where(sql`${t.status} = 'open'`),
    check("findings_status_check", sql`${t.status} IN ('open','closed','accepted')`),
    check("findings_accepted_check", sql`${t.status} <> 'accepted' OR (${t.acceptedById} IS NOT NULL AND ${t.acceptedReason} IS NOT NULL)`),
    check("findings_accepted_at_check", sql`${t.status} <> 'accepted' OR ${t.acceptedAt} IS NOT NULL`),
  ],
);
