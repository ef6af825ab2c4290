import type { TAssignment } from "@waymark/contracts";
import { describe, expect, it } from "vitest";
import { assignmentsLabel, customerAssignRight } from "./assignment-rights.ts";

const ME = "00000000-0000-4000-8000-000000000001";
const reader = (roles: string[], isAdministrator = false) => ({ id: ME, roles, isAdministrator });

function customerAssignment(patch: Partial<TAssignment>): TAssignment {
  return {
    id: "00000000-0000-4000-8000-0000000000aa",
    level: "customer",
    tenantId: null,
    service: null,
    serviceLabel: null,
    assignee: { kind: "user", id: ME, name: "Me" },
    role: "fm",
    roleLabel: "FastTrack Manager",
    isPrimary: true,
    assignedBy: null,
    assignedAt: "2026-11-20T10:00:00Z",
    ...patch,
  };
}

describe("who may assign people to a customer (TPID level)", () => {
  it("lets administrators and the Assigned and Assignment level assign; the Privileged level only reads", () => {
    expect(customerAssignRight(reader([], true), [])).toBe("all");
    expect(customerAssignRight(reader(["team_manager"]), [])).toBe("all");
    expect(customerAssignRight(reader(["senior_leadership"]), [])).toBe("none");
  });

  it("lets an FM assign only on the customer where they are the whole customer's primary FM", () => {
    const fm = reader(["fasttrack_manager"]);
    expect(customerAssignRight(fm, [customerAssignment({})])).toBe("all");
    expect(customerAssignRight(fm, [customerAssignment({ isPrimary: false })])).toBe("none");
    expect(customerAssignRight(fm, [customerAssignment({ assignee: { kind: "user", id: "00000000-0000-4000-8000-000000000002", name: "Other" } })])).toBe("none");
    expect(customerAssignRight(fm, [customerAssignment({ role: "fe" })])).toBe("none");
  });

  it("never lets a partner user or a signed-out reader change a customer's assignments", () => {
    expect(customerAssignRight(reader(["partner_user", "fasttrack_manager"]), [customerAssignment({})])).toBe("none");
    expect(customerAssignRight(null, [])).toBe("none");
  });

  it("names the button after the record", () => {
    expect(assignmentsLabel("Contoso")).toBe("Assignments of Contoso");
    expect(assignmentsLabel("")).toBe("Assignments of (no name)");
  });
});
