import type { TAuditEvent } from "@waymark/contracts";

/** What each audit action means, in a few words; an action missing here is shown as its code. */
const ACTION_PHRASES: Readonly<Record<string, string>> = {
  "tenant.created": "Tenant created",
  "tenant.updated": "Tenant details changed",
  "customer.created": "Customer created",
  "customer.updated": "Customer details changed",
  "service.added": "Service added",
  "service.updated": "Service changed",
  "service.split_adjusted": "Entitlement split adjusted",
  "service.split_replaced": "Entitlement split replaced",
  "service.entitlements_moved": "Entitlements moved between L1 statuses",
  "service.forecast_set": "Forecast set",
  "service.migration_set": "Migration set",
  "note.created": "Note written",
  "note.revised": "Note edited (new version)",
  "note.quality_overridden": "Note saved despite its quality rating",
  "note.draft_saved": "Draft saved",
  "note.draft_changed": "Draft changed",
  "note.draft_deleted": "Draft deleted",
  "note.draft_published": "Draft published as a note",
  "finding.accepted": "Finding accepted as it stands",
  "playbook.event_recorded": "Playbook event recorded",
  "playbook.upgraded": "Playbook upgraded",
  "assignment.added": "Assigned",
  "assignment.removed": "Assignment removed",
  "assignment.primary_changed": "Primary changed",
  "assignment.reassigned": "Reassigned in a bulk reassignment",
  "assignment.bulk_reassigned": "Bulk reassignment",
  "usage.reported": "Usage reported",
  "usage.imported": "Usage imported",
  "engine.create_task": "Task created",
  "engine.set_task_status": "Task status set",
  "engine.set_service_status": "Service status set",
  "engine.append_entitlement_note": "Entitlement status note added",
  "engine.set_entitlement_status": "Entitlements moved to an L1 status",
  "engine.set_service_dates": "Service dates set",
  "engine.raise_finding": "Finding raised",
  "engine.resolve_finding": "Finding closed",
  "engine.set_overall_status": "Overall status set",
  "engine.set_engagement_start_date": "Engagement start date set",
  "engine.record_assignment_option": "Assignment option recorded",
  "engine.assign_queue": "Queue assigned",
  "engine.unassign_queue": "Queue unassigned",
  "engine.assign_user": "Person assigned",
  "engine.unassign_user": "Person unassigned",
  "engine.enqueue_message": "Message queued",
  "engine.create_outreach_step": "Outreach step created",
  "engine.start_timer": "Reminder timer started",
  "engine.cancel_timer": "Reminder timer cancelled",
};

export function actionPhrase(action: string): string {
  return ACTION_PHRASES[action] ?? action;
}

/** Who did it: the person, the playbook rule, or Waymark itself. */
export function actorLabel(event: Pick<TAuditEvent, "actorKind" | "actorName" | "actorRuleId">): string {
  if (event.actorKind === "rule") return `Playbook rule ${event.actorRuleId ?? "(unknown)"}`;
  if (event.actorKind === "system") return "Waymark (automatic)";
  return event.actorName ?? "A former user";
}

export type FieldChange = { field: string; before: string; after: string };

// Identifiers, timestamps, the search index and the effect's kind say nothing a reader can act on; the action phrase covers the kind.
const NOISE = new Set(["id", "kind", "version", "createdAt", "updatedAt", "searchVector"]);
const isNoise = (key: string) => NOISE.has(key) || /Ids?$/.test(key);

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** "isPrimary" → "Primary", "overallStatusDate" → "Overall status date". */
export function fieldLabel(key: string): string {
  const words = key
    .replace(/^is(?=[A-Z])/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const labelled = (key: string, value: unknown, labelValue: ValueLabeler) => (typeof value === "string" ? (labelValue(key, value) ?? value) : value);

const MAX_VALUE = 80;

export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  const text = typeof value === "string" ? value : typeof value === "number" ? String(value) : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/** A field's code value in words (a role, a service, a status), or undefined to show it as it is. */
export type ValueLabeler = (key: string, value: string) => string | undefined;

/** The fields whose values differ between before and after (a creation has no before, a removal no after). */
export function fieldChanges(before: unknown, after: unknown, labelValue: ValueLabeler = () => undefined): FieldChange[] {
  const old = asRecord(before);
  const now = asRecord(after);
  const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter((key) => !isNoise(key));
  return keys
    .map((key) => ({ field: fieldLabel(key), before: formatValue(labelled(key, old[key], labelValue)), after: formatValue(labelled(key, now[key], labelValue)) }))
    .filter((change) => change.before !== change.after);
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/** "3 minutes ago", "yesterday", "just now". */
export function relativeTime(iso: string, now: Date): string {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  if (Number.isNaN(seconds)) return "";
  if (Math.abs(seconds) < 45) return "just now";
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return relative.format(Math.round(seconds / 60), "minute");
}

/** The history's filters as the URL holds them: an action code and an actor ("user:<id>", "rule" or "system"). */
export type HistoryFilter = { action?: string | undefined; actor?: string | undefined };

/** The server's query for a filter; an actor value that names nothing is dropped, so a stale link shows everything. */
export function historyQueryParams(filter: HistoryFilter): { action?: string; actorId?: string; actorKind?: "rule" | "system" } {
  const params: { action?: string; actorId?: string; actorKind?: "rule" | "system" } = {};
  if (filter.action) params.action = filter.action;
  const actor = filter.actor ?? "";
  if (actor === "rule" || actor === "system") params.actorKind = actor;
  else if (/^user:[0-9a-f-]{36}$/i.test(actor)) params.actorId = actor.slice("user:".length);
  return params;
}

export type ActorFacet = { actorKind: TAuditEvent["actorKind"]; actorUserId: string | null; actorName: string | null; count: number };

/** One filter entry per person, one for all playbook rules and one for Waymark itself. */
export function actorOptions(facets: readonly ActorFacet[]): { value: string; label: string }[] {
  const options = new Map<string, { value: string; label: string; count: number }>();
  for (const facet of facets) {
    const value = facet.actorKind === "user" ? (facet.actorUserId ? `user:${facet.actorUserId}` : null) : facet.actorKind;
    if (!value) continue;
    const name = facet.actorKind === "rule" ? "Playbook rules" : actorLabel({ ...facet, actorRuleId: null });
    const known = options.get(value);
    options.set(value, { value, label: name, count: (known?.count ?? 0) + facet.count });
  }
  return [...options.values()].map(({ value, label, count }) => ({ value, label: `${label} (${count})` }));
}

export function actionOptions(facets: readonly { action: string; count: number }[]): { value: string; label: string }[] {
  return facets
    .map((facet) => ({ value: facet.action, label: `${actionPhrase(facet.action)} (${facet.count})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
