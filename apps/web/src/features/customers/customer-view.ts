import type { TCustomerHealth, TCustomerOverviewContact } from "@waymark/contracts";

type Level = TCustomerHealth["level"];

/** Each health level in words with a shape, so it never rests on colour alone. */
export const HEALTH_BADGES: Record<Level, { icon: string; text: string }> = {
  at_risk: { icon: "▲", text: "At risk" },
  needs_attention: { icon: "●", text: "Needs attention" },
  on_track: { icon: "✓", text: "On track" },
  no_tenants: { icon: "–", text: "No tenants" },
};

export function auText(percent: number | null): string {
  return percent === null ? "no usage yet" : `${percent} %`;
}

/** How long ago the latest Overall Status note was written. */
export function noteAgeText(days: number | null): string {
  if (days === null) return "none written";
  if (days === 0) return "today";
  return days === 1 ? "1 day ago" : `${days} days ago`;
}

export function findingsText(counts: { high: number; medium: number; low: number }): string {
  const parts = (["high", "medium", "low"] as const).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  return parts.length ? parts.join(", ") : "none";
}

const CONTACT_GROUPS = [
  { type: "customer", title: "Customer" },
  { type: "partner", title: "Partner" },
  { type: "microsoft", title: "Microsoft" },
] as const;

/** Contacts grouped Customer / Partner / Microsoft (FTOP's customer contacts), empty groups left out. */
export function contactGroups(contacts: readonly TCustomerOverviewContact[]) {
  return CONTACT_GROUPS.map((group) => ({ ...group, contacts: contacts.filter((c) => c.type === group.type) })).filter((group) => group.contacts.length > 0);
}
