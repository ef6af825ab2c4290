import { stringParam } from "../../lib/search-params.ts";

/** The tenant page's tabs in order; `key` is the letter that follows `g` to open the tab from the keyboard. */
export const TENANT_TABS = [
  { id: "status", label: "Status", key: "s" },
  { id: "services", label: "Services", key: "v" },
  { id: "playbook", label: "Playbook", key: "p" },
  { id: "notes", label: "Notes", key: "n" },
  { id: "contacts", label: "Contacts", key: "c" },
  { id: "partners", label: "Partners", key: "r" },
  { id: "assignments", label: "Assignments", key: "a" },
  { id: "outreach", label: "Outreach & meetings", key: "o" },
  { id: "usage", label: "Usage", key: "u" },
  { id: "findings", label: "Findings", key: "f" },
  { id: "history", label: "History", key: "h" },
  { id: "simulate", label: "Simulate", key: "m" },
] as const;

export type TenantTab = (typeof TENANT_TABS)[number]["id"];

export const DEFAULT_TENANT_TAB: TenantTab = "status";

/** The tab a `?tab=` value names; a missing, unknown or malformed one opens the default tab. */
export function parseTenantTab(value: unknown): TenantTab {
  const text = typeof value === "string" ? value.trim().toLowerCase() : "";
  return TENANT_TABS.find((tab) => tab.id === text)?.id ?? DEFAULT_TENANT_TAB;
}

/** The tab a `g`-chord letter opens, if any. */
export function tabOfShortcut(letter: string): TenantTab | undefined {
  return TENANT_TABS.find((tab) => tab.key === letter.toLowerCase())?.id;
}

export type TenantDetailSearch = { tab?: TenantTab } & Record<string, string | undefined>;

/**
 * `tab` is kept only when it names a tab (an unknown one is dropped: the page opens Status); other string params (deep
 * links such as `svc` or `edit` that a tab reads) pass through unchanged.
 */
export function validateTenantDetailSearch(raw: Record<string, unknown>): TenantDetailSearch {
  const rest: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === "tab") continue;
    const text = stringParam(value);
    if (text !== undefined) rest[key] = text;
  }
  const tab = TENANT_TABS.find((entry) => entry.id === raw.tab)?.id;
  return tab ? { ...rest, tab } : rest;
}

/** Section anchors that live on a tab other than the one named like them. */
const HASH_TABS: Readonly<Record<string, TenantTab>> = {
  meetings: "outreach",
  simulation: "simulate",
  drafts: "notes",
  overallStatusDate: "status",
  "overall-status-note": "status",
  "overall-status": "status",
  "open-findings": "status",
};

/**
 * The tab that holds a `#section-heading` anchor, so a link written before the page had tabs (`/tenants/:id#outreach-heading`)
 * still opens the right section.
 */
export function tabOfHash(hash: string | undefined): TenantTab | undefined {
  const anchor = (hash ?? "").replace(/^#/, "").replace(/-heading$/, "");
  if (!anchor) return undefined;
  return HASH_TABS[anchor] ?? TENANT_TABS.find((tab) => tab.id === anchor)?.id;
}

/** The open tab: the URL's `tab` when it names one, else the tab holding the anchor, else Status. */
export function openTab(tabParam: unknown, hash: string | undefined): TenantTab {
  const named = typeof tabParam === "string" ? TENANT_TABS.find((tab) => tab.id === tabParam.trim().toLowerCase())?.id : undefined;
  return named ?? tabOfHash(hash) ?? DEFAULT_TENANT_TAB;
}
