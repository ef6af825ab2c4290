import type { TSearchResult } from "@waymark/contracts";

/** Hits shown per group in the palette. */
export const PALETTE_GROUP_SIZE = 5;
/** The server needs this many characters before it searches. */
export const MIN_SEARCH_LENGTH = 2;

export type PaletteItem = { key: string; label: string; detail: string; href: string };
export type PaletteSection = { id: "exact" | "tenants" | "customers" | "contacts"; title: string; items: PaletteItem[]; count: string };

export const tenantHref = (id: string) => `/tenants/${id}`;
export const customerHref = (id: string) => `/customers/${id}`;

/** Ctrl+K, or Cmd+K on a Mac, opens the palette from anywhere (also from inside a text field). */
export function isPaletteShortcut(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }): boolean {
  return event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}

/** "3", or "5 of 12", or "5 of more than 1,000". */
export function countText(shown: number, group: { total: number; totalCapped: boolean }): string {
  if (group.totalCapped) return `${shown} of more than ${group.total.toLocaleString("en-US")}`;
  return shown === group.total ? String(shown) : `${shown} of ${group.total.toLocaleString("en-US")}`;
}

const CONTACT_TYPE_LABELS: Record<string, string> = { customer: "Customer contact", partner: "Partner contact", microsoft: "Microsoft contact" };

/**
 * The palette's groups in order. A full tenant GUID or TPID that names one record comes first as "Go to", so Enter
 * (which acts on the first hit) opens it straight away. Empty groups are left out.
 */
export function paletteSections(result: TSearchResult): PaletteSection[] {
  const sections: PaletteSection[] = [];
  if (result.exact) {
    const { kind, id, name } = result.exact;
    const detail = kind === "tenant" ? "Tenant with this tenant ID" : `Customer with TPID ${result.q}`;
    sections.push({ id: "exact", title: "Go to", items: [{ key: `exact:${id}`, label: name, detail, href: kind === "tenant" ? tenantHref(id) : customerHref(id) }], count: "1" });
  }
  const tenants = result.tenants.items.map((t) => ({
    key: `tenant:${t.id}`,
    label: t.name,
    detail: `${t.customerName} · TPID ${t.tpid}${t.matchedBy === "tenant_guid" ? ` · Tenant ID ${t.tenantGuid}` : ""}`,
    href: tenantHref(t.id),
  }));
  const customers = result.customers.items.map((c) => ({
    key: `customer:${c.id}`,
    label: c.name,
    detail: `TPID ${c.tpid} · ${c.tenantCount} ${c.tenantCount === 1 ? "tenant" : "tenants"}`,
    href: customerHref(c.id),
  }));
  const contacts = result.contacts.items.map((c) => ({
    key: `contact:${c.id}`,
    label: c.email ? `${c.name} <${c.email}>` : c.name,
    detail: [CONTACT_TYPE_LABELS[c.type] ?? c.type, c.role, c.tenant ? c.tenant.name : `${c.customer.name} (whole customer)`].filter(Boolean).join(" · "),
    href: c.tenant ? `${tenantHref(c.tenant.id)}?tab=contacts` : customerHref(c.customer.id),
  }));
  const add = (id: PaletteSection["id"], title: string, items: PaletteItem[], group: { total: number; totalCapped: boolean }) => {
    if (items.length) sections.push({ id, title, items, count: countText(items.length, group) });
  };
  add("tenants", "Tenants", tenants, result.tenants);
  add("customers", "Customers", customers, result.customers);
  add("contacts", "Contacts", contacts, result.contacts);
  return sections;
}
