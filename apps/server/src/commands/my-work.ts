import { listMyWork, type MyWorkRow } from "@waymark/db";
import type { MyWorkGroupCode, MyWorkHorizon, TMyWork, TMyWorkItem } from "@waymark/contracts";
import { calendarDaysBetween, isL1Status, l1Label, localDate, NOTE_CATEGORIES, SERVICES, taskById } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { assigneeOf } from "../policies/visibility.ts";

/** today: due by the end of the tenant's today; week: the next 7 days, today included. */
const HORIZON_DAYS: Record<MyWorkHorizon, number> = { today: 0, week: 6 };

const serviceName = (code: string | null) => (code ? (SERVICES.find((s) => s.code === code)?.label ?? code) : null);
const categoryName = (code: unknown) => NOTE_CATEGORIES.find((c) => c.code === code)?.label ?? String(code);
const excerpt = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
const withService = (text: string, service: string | null) => (service ? `${serviceName(service)}: ${text}` : text);

type Describe = (row: MyWorkRow) => Pick<TMyWorkItem, "kind" | "what" | "link"> & { why?: string | null };

function taskItem(row: MyWorkRow): ReturnType<Describe> {
  const taskId = Number(row.detail.catalog_task_id);
  const name = taskById(taskId)?.name ?? `Task ${taskId}`;
  return { kind: "task", what: withService(`${taskId} ${name}`, row.service), link: `/tenants/${row.tenantId}#playbook-heading` };
}

function nextActionItem(row: MyWorkRow): ReturnType<Describe> {
  const l1 = String(row.detail.l1);
  const status = isL1Status(l1) ? l1Label(l1) : l1;
  const owner = row.detail.owner ? ` (owner: ${String(row.detail.owner)})` : "";
  return {
    kind: "next_action",
    what: withService(`next action on ${String(row.detail.entitlements)} ${status} entitlements${owner}`, row.service),
    link: `/tenants/${row.tenantId}#services-heading`,
    // Without an engine reason, the row's own entitlement note says what the next action is.
    why: row.why ?? (row.detail.notes ? excerpt(String(row.detail.notes)) : null),
  };
}

function promptItem(row: MyWorkRow): ReturnType<Describe> {
  if (row.detail.kind === "failed_email") {
    return {
      kind: "failed_email",
      what: `E-mail not sent: ${String(row.detail.what)}`,
      link: `/tenants/${row.tenantId}#outreach-heading`,
      why: row.why ? `Delivery failed: ${row.why}` : null,
    };
  }
  // A prompt's message names its service already ("Exchange: keep probing the Target Date …").
  return { kind: "prompt", what: String(row.detail.what), link: `/tenants/${row.tenantId}#findings-heading` };
}

function dataQualityItem(row: MyWorkRow): ReturnType<Describe> {
  const severity = String(row.detail.severity);
  return {
    kind: "data_quality",
    what: `${severity[0]?.toUpperCase()}${severity.slice(1)}: ${String(row.detail.what)}`,
    link: String(row.detail.link ?? `/tenants/${row.tenantId}`),
  };
}

function escalatedNoteItem(row: MyWorkRow): ReturnType<Describe> {
  const by = row.detail.author ? ` by ${String(row.detail.author)}` : "";
  const next = row.why ? `Next action: ${row.why}${row.detail.next_action_date ? ` (${String(row.detail.next_action_date)})` : ""}` : null;
  return {
    kind: "escalated_note",
    what: `Escalated ${categoryName(row.detail.category)} note${by}: ${excerpt(String(row.detail.body))}`,
    link: `/tenants/${row.tenantId}#notes-heading`,
    why: next,
  };
}

function group(code: MyWorkGroupCode, label: string, rows: MyWorkRow[], describe: Describe, now: Date) {
  const todays = new Map<string, string>();
  const items = rows.map((row): TMyWorkItem => {
    const today = todays.get(row.timeZone) ?? localDate(now, row.timeZone);
    todays.set(row.timeZone, today);
    const { why, ...described } = describe(row);
    return {
      id: row.id,
      tenant: { id: row.tenantId, name: row.tenantName },
      service: row.service,
      date: row.date,
      daysFromToday: calendarDaysBetween(today, row.date),
      why: why === undefined ? row.why : why,
      ...described,
    };
  });
  return { code, label, count: rows[0]?.total ?? 0, items };
}

/** What needs the actor on the tenants assigned to them (never everything they may read), grouped, overdue first. */
export async function myWork(deps: Pick<Deps, "db" | "now">, actor: UserActor, horizon: MyWorkHorizon): Promise<TMyWork> {
  const now = deps.now();
  const found = await listMyWork(deps.db, { assignee: assigneeOf(actor), now, horizonDays: HORIZON_DAYS[horizon] });
  return {
    horizon,
    tenantCount: found.tenantCount,
    groups: [
      group("tasks", "Tasks due", found.tasks, taskItem, now),
      group("next_actions", "Next action dates", found.nextActions, nextActionItem, now),
      group("prompts", "Waits run out and prompts", found.prompts, promptItem, now),
      group("data_quality", "Data-quality findings", found.dataQuality, dataQualityItem, now),
      group("escalated_notes", "Escalated notes", found.escalatedNotes, escalatedNoteItem, now),
    ],
  };
}
