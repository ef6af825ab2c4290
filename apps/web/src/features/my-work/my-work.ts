import type { MyWorkHorizon, TMyWorkGroup, TMyWorkItem } from "@waymark/contracts";
import { oneOf } from "../../lib/search-params.ts";

export type MyWorkSearch = { horizon?: "today" | undefined };

/** This week is the default and stays out of the URL; an unknown horizon is dropped. */
export function validateMyWorkSearch(raw: Record<string, unknown>): MyWorkSearch {
  return { horizon: oneOf(["today"] as const, raw.horizon) };
}

export const horizonOf = (search: MyWorkSearch): MyWorkHorizon => search.horizon ?? "week";

const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);
const DATE_FORMAT = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });

/** "Thu 26 Nov" for an ISO calendar date, whatever the browser's time zone. */
export function shortDate(isoDate: string): string {
  return DATE_FORMAT.format(new Date(`${isoDate}T00:00:00Z`)).replace(",", "");
}

/** When an item is due, or how long it has waited, in words (never only a colour). */
export function whenText(item: Pick<TMyWorkItem, "kind" | "date" | "daysFromToday">): string {
  const ago = -item.daysFromToday;
  switch (item.kind) {
    case "task":
    case "next_action":
      if (ago > 0) return `overdue by ${days(ago)}`;
      if (ago === 0) return "today";
      if (ago === -1) return `tomorrow, ${shortDate(item.date)}`;
      return shortDate(item.date);
    case "prompt":
    case "failed_email":
      return ago > 0 ? `waiting ${days(ago)}` : "since today";
    case "escalated_note":
      return ago > 0 ? `escalated ${days(ago)} ago` : "escalated today";
    case "data_quality":
      return "now";
  }
}

/** Overdue: a due date passed, or something has waited since an earlier day. */
export const isOverdue = (item: Pick<TMyWorkItem, "kind" | "daysFromToday">) =>
  item.daysFromToday < 0 && (item.kind === "task" || item.kind === "next_action" || item.kind === "prompt" || item.kind === "failed_email");

const ACTIONS: Record<TMyWorkItem["kind"], string> = {
  task: "Open playbook",
  next_action: "Open services",
  prompt: "Open findings",
  failed_email: "Open outreach",
  data_quality: "Fix it",
  escalated_note: "Open notes",
};
export const actionLabel = (item: Pick<TMyWorkItem, "kind">) => ACTIONS[item.kind];

/** The tenant and anchor a link points at (`/tenants/{id}?…#anchor`); null for anything else. */
export function tenantTarget(link: string): { tenantId: string; hash: string | undefined } | null {
  const match = /^\/tenants\/([0-9a-f-]{36})(?:\?[^#]*)?(?:#(.+))?$/i.exec(link);
  return match?.[1] ? { tenantId: match[1], hash: match[2] } : null;
}

export function emptyText(group: Pick<TMyWorkGroup, "code">, horizon: MyWorkHorizon): string {
  const by = horizon === "today" ? "today" : "this week";
  switch (group.code) {
    case "tasks":
      return `No tasks of yours due ${by}.`;
    case "next_actions":
      return `No next action dates ${by}.`;
    case "prompts":
      return "Nothing waiting: no prompts and no failed e-mails.";
    case "data_quality":
      return "No data-quality findings on your tenants.";
    case "escalated_notes":
      return "No escalated notes in the last 14 days.";
  }
}
