import type { TAssignment } from "@waymark/contracts";
import { describe, expect, it } from "vitest";
import { assignableRoles, DEFAULT_TABS, groupAssignments, mayRemove, missingPrimaries, orderedAssignments, placeLabel, roleInfos } from "./assignments.ts";

const roles = roleInfos([
  { code: "rm", label: "Regional Manager", abbreviation: "RM", functionTab: "onboarding", requiresTenantPrimary: true },
  { code: "fm", label: "FastTrack Manager", abbreviation: "FM", functionTab: "onboarding", requiresTenantPrimary: true },
  { code: "mvm", label: "Migration Velocity Manager", abbreviation: "MVM", functionTab: "migration" },
  { code: "mel", label: "Migration Engagement Lead", abbreviation: "MEL", functionTab: "migration", deprecated: true },
  { code: "p_fm", label: "Partner FastTrack Manager", abbreviation: "P-FM", functionTab: "partner" },
]);

let next = 0;
function assignment(patch: Partial<TAssignment> & { role: string; name: string }): TAssignment {
  next += 1;
  const { name, ...rest } = patch;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, "0")}`,
    level: "tenant",
    tenantId: "t",
    service: null,
    serviceLabel: null,
    assignee: { kind: "user", id: "u", name },
    roleLabel: roles.find((role) => role.code === patch.role)?.label ?? patch.role,
    isPrimary: false,
    assignedBy: null,
    assignedAt: "2026-11-20T10:00:00Z",
    ...rest,
  };
}

describe("assignments grouped by function tab, then role", () => {
  it("lists every tab in FTOP's order, roles in catalog order, customer level first and the primary before others", () => {
    const items = [
      assignment({ role: "fm", name: "Zoe" }),
      assignment({ role: "p_fm", name: "Pat" }),
      assignment({ role: "rm", name: "Rita", isPrimary: true }),
      assignment({ role: "fm", name: "Ben", isPrimary: true }),
      assignment({ role: "fm", name: "Cara", level: "customer", tenantId: null }),
    ];
    const groups = groupAssignments(items, roles, DEFAULT_TABS);
    expect(groups.map((group) => [group.label, group.count])).toEqual([["Onboarding", 4], ["Enterprise", 0], ["Migration", 0], ["Partner", 1]]);
    expect(groups[0]?.roles.map((role) => role.label)).toEqual(["Regional Manager", "FastTrack Manager"]);
    expect(groups[0]?.roles[1]?.assignments.map((item) => item.assignee.name)).toEqual(["Cara", "Ben", "Zoe"]);
  });

  it("lists them as one table in the same order for a dialog: tab, role, customer level first, primary first", () => {
    const items = [
      assignment({ role: "p_fm", name: "Pat" }),
      assignment({ role: "fm", name: "Zoe" }),
      assignment({ role: "fm", name: "Ben", isPrimary: true }),
      assignment({ role: "rm", name: "Rita" }),
      assignment({ role: "fm", name: "Cara", level: "customer", tenantId: null }),
    ];
    expect(orderedAssignments(items, roles, DEFAULT_TABS).map((item) => item.assignee.name)).toEqual(["Rita", "Cara", "Ben", "Zoe", "Pat"]);
  });

  it("puts a role the catalog does not know under Other roles instead of dropping it", () => {
    const groups = groupAssignments([assignment({ role: "cxp", name: "Ola" })], roles, DEFAULT_TABS);
    expect(groups.at(-1)).toMatchObject({ label: "Other roles", count: 1 });
  });

  it("warns about an RM or FM without a whole-tenant primary; a service primary does not count", () => {
    const items = [assignment({ role: "rm", name: "Rita", isPrimary: true }), assignment({ role: "fm", name: "Ben", isPrimary: true, level: "service", service: "exo" })];
    expect(missingPrimaries(items, roles).map((role) => role.code)).toEqual(["fm"]);
  });

  it("offers a partner user only the Partner roles and nobody a deprecated one", () => {
    expect(assignableRoles(roles, "partner_roles").map((role) => role.code)).toEqual(["p_fm"]);
    expect(assignableRoles(roles, "all").map((role) => role.code)).toEqual(["rm", "fm", "mvm", "p_fm"]);
    expect(assignableRoles(roles, "none")).toEqual([]);
  });

  it("lets a partner user remove only Partner-tab assignments", () => {
    expect(mayRemove(assignment({ role: "p_fm", name: "Pat" }), roles, "partner_roles")).toBe(true);
    expect(mayRemove(assignment({ role: "fm", name: "Ben" }), roles, "partner_roles")).toBe(false);
    expect(mayRemove(assignment({ role: "mel", name: "Old" }), roles, "all")).toBe(true);
    expect(mayRemove(assignment({ role: "fm", name: "Ben" }), roles, "none")).toBe(false);
  });

  it("names the place: whole customer (TPID), whole tenant or the service", () => {
    expect(placeLabel({ level: "customer", service: null, serviceLabel: null })).toBe("Whole customer (TPID)");
    expect(placeLabel({ level: "tenant", service: null, serviceLabel: null })).toBe("Whole tenant");
    expect(placeLabel({ level: "service", service: "exo", serviceLabel: "Exchange Online" })).toBe("Exchange Online");
  });
});
