import type { TAssignment, TTenant, TTenantAccess } from "@waymark/contracts";
import type { TCatalogEntry } from "../../lib/api.ts";

/** Where assignments are listed and added: a tenant (whole, per service, plus its customer's) or a customer at TPID level. */
export type AssignmentPlace = { kind: "tenant" | "customer"; id: string };

/** A place with what the add form needs: its name, the reader's right there and the services one may narrow to. */
export type AssignmentTarget = AssignmentPlace & {
  name: string;
  assign: TTenantAccess["assign"];
  services: readonly { service: string; serviceLabel: string }[];
};

export function targetOfTenant(tenant: TTenant): AssignmentTarget {
  return { kind: "tenant", id: tenant.id, name: tenant.name, assign: tenant.access.assign, services: tenant.services };
}

export type RoleInfo = { code: string; label: string; abbreviation: string; functionTab: string; requiresTenantPrimary: boolean; deprecated: boolean };
export type TabInfo = { code: string; label: string };
export type RoleGroup = { role: string; label: string; assignments: TAssignment[] };
export type TabGroup = { tab: string; label: string; count: number; roles: RoleGroup[] };

/** The function tabs in FTOP's order; used until the catalog has loaded. */
export const DEFAULT_TABS: readonly TabInfo[] = [
  { code: "onboarding", label: "Onboarding" },
  { code: "enterprise", label: "Enterprise" },
  { code: "migration", label: "Migration" },
  { code: "partner", label: "Partner" },
];

const OTHER_TAB: TabInfo = { code: "other", label: "Other roles" };

const text = (value: unknown, fallback: string) => (typeof value === "string" && value ? value : fallback);

/** The assignment roles of the catalog with the fields this section needs. */
export function roleInfos(entries: readonly TCatalogEntry[]): RoleInfo[] {
  return entries.map((entry) => ({
    code: entry.code,
    label: entry.label,
    abbreviation: text(entry.abbreviation, entry.code.toUpperCase()),
    functionTab: text(entry.functionTab, OTHER_TAB.code),
    requiresTenantPrimary: entry.requiresTenantPrimary === true,
    deprecated: entry.deprecated === true,
  }));
}

const LEVEL_ORDER: Record<TAssignment["level"], number> = { customer: 0, tenant: 1, service: 2 };

const byPlaceThenPrimaryThenName = (a: TAssignment, b: TAssignment) =>
  LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
  (a.serviceLabel ?? "").localeCompare(b.serviceLabel ?? "") ||
  Number(b.isPrimary) - Number(a.isPrimary) ||
  (a.assignee.name ?? "").localeCompare(b.assignee.name ?? "");

/**
 * Every function tab (empty ones too, so "nobody in Partner" is visible), each with its roles in catalog order and
 * their assignments; roles the catalog does not know go under "Other roles", shown only when there are any.
 */
export function groupAssignments(items: readonly TAssignment[], roles: readonly RoleInfo[], tabs: readonly TabInfo[]): TabGroup[] {
  const roleOf = new Map(roles.map((role) => [role.code, role]));
  const tabOf = (item: TAssignment) => {
    const tab = roleOf.get(item.role)?.functionTab;
    return tab && tabs.some((candidate) => candidate.code === tab) ? tab : OTHER_TAB.code;
  };
  const order = (code: string) => {
    const index = roles.findIndex((role) => role.code === code);
    return index === -1 ? roles.length : index;
  };
  return [...tabs, OTHER_TAB]
    .map((tab) => {
      const inTab = items.filter((item) => tabOf(item) === tab.code);
      const codes = [...new Set(inTab.map((item) => item.role))].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
      const groups = codes.map((code) => {
        const assignments = inTab.filter((item) => item.role === code).sort(byPlaceThenPrimaryThenName);
        return { role: code, label: assignments[0]?.roleLabel ?? code, assignments };
      });
      return { tab: tab.code, label: tab.label, count: inTab.length, roles: groups };
    })
    .filter((group) => group.tab !== OTHER_TAB.code || group.count > 0);
}

/** The assignments in one list, in the grouped order: function tab, role in catalog order, place, primary first. */
export function orderedAssignments(items: readonly TAssignment[], roles: readonly RoleInfo[], tabs: readonly TabInfo[]): TAssignment[] {
  return groupAssignments(items, roles, tabs).flatMap((group) => group.roles.flatMap((role) => role.assignments));
}

/** Roles that must have a whole-tenant (or customer-level) primary and have none: reporting is wrong without one. */
export function missingPrimaries(items: readonly TAssignment[], roles: readonly RoleInfo[]): RoleInfo[] {
  return roles.filter(
    (role) => role.requiresTenantPrimary && !items.some((item) => item.role === role.code && item.isPrimary && item.service === null),
  );
}

/** The roles the reader may assign: a partner user only the Partner tab's; never a deprecated one. */
export function assignableRoles(roles: readonly RoleInfo[], assign: TTenantAccess["assign"]): RoleInfo[] {
  if (assign === "none") return [];
  return roles.filter((role) => !role.deprecated && (assign === "all" || role.functionTab === "partner"));
}

export function mayRemove(item: TAssignment, roles: readonly RoleInfo[], assign: TTenantAccess["assign"]): boolean {
  if (assign === "all") return true;
  return assign === "partner_roles" && roles.some((role) => role.code === item.role && role.functionTab === "partner");
}

/** "whole customer (TPID)", "Whole tenant" or the service's name. */
export function placeLabel(item: Pick<TAssignment, "level" | "serviceLabel" | "service">): string {
  if (item.level === "customer") return "Whole customer (TPID)";
  if (item.level === "tenant") return "Whole tenant";
  return item.serviceLabel ?? item.service ?? "A service";
}

export function assigneeLabel(item: Pick<TAssignment, "assignee">): string {
  const { kind, name } = item.assignee;
  if (kind === "queue") return `${name ?? "A queue"} (queue)`;
  if (kind === "partner") return `${name ?? "A partner"} (partner organisation)`;
  return name ?? "A former user";
}
