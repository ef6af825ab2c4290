import type { TNote, TTenant } from "@waymark/contracts";
import { describe, expect, it } from "vitest";
import { editableFields, fieldErrorsOf, formOf, formProblems, patchOf, recentNotes, statusNoteAdvice } from "./status.ts";

const tenant = {
  version: 7,
  overallStatus: "active",
  overallStatusDate: "2026-10-01",
  engagementStartDate: null,
  enterpriseLevel: null,
  access: { editableTenantFields: ["name", "overallStatus", "overallStatusDate", "engagementStartDate", "enterpriseLevel"] },
} as unknown as TTenant;
const partner = { ...tenant, access: { ...tenant.access, editableTenantFields: ["overallStatus", "overallStatusDate"] } } as TTenant;
const note = (createdAt: string, category = "engagement_management") => ({ id: createdAt, category, createdAt }) as TNote;
const now = new Date("2026-11-23T12:00:00Z");

describe("the Status tab's editor", () => {
  it("sends the version read and only the fields the user changed", () => {
    const form = { ...formOf(tenant), overallStatus: "blocked", overallStatusDate: "2026-11-20" };
    expect(patchOf(form, formOf(tenant), tenant, editableFields(tenant))).toEqual({ version: 7, overallStatus: "blocked", overallStatusDate: "2026-11-20" });
    expect(patchOf(formOf(tenant), formOf(tenant), tenant, editableFields(tenant))).toBeNull();
    expect(patchOf({ ...formOf(tenant), enterpriseLevel: "2", engagementStartDate: "2026-01-05" }, formOf(tenant), tenant, editableFields(tenant))).toEqual({
      version: 7,
      engagementStartDate: "2026-01-05",
      enterpriseLevel: 2,
    });
  });

  it("re-applies after a conflict against the tenant as it is now, with its new version", () => {
    const form = { ...formOf(tenant), overallStatus: "blocked", overallStatusDate: "2026-11-20" };
    const theirs = { ...tenant, version: 8, engagementStartDate: "2026-02-02" } as TTenant;
    expect(patchOf(form, formOf(tenant), theirs, editableFields(theirs))).toEqual({ version: 8, overallStatus: "blocked", overallStatusDate: "2026-11-20" });
  });

  it("lets a partner user change only the overall status and its date", () => {
    expect([...editableFields(partner)]).toEqual(["overallStatus", "overallStatusDate"]);
    const form = { ...formOf(partner), overallStatus: "paused", enterpriseLevel: "3" };
    expect(patchOf(form, formOf(partner), partner, editableFields(partner))).toEqual({ version: 7, overallStatus: "paused" });
  });

  it("asks for the status date while typing, and puts the server's field errors beside their fields", () => {
    expect(formProblems({ ...formOf(tenant), overallStatusDate: "" })).toEqual({ overallStatusDate: "Give the date the status took effect." });
    expect(formProblems(formOf(tenant))).toEqual({});
    const problem = { errors: [{ path: "/body/overallStatusDate", message: "Invalid ISO date" }, { path: "/body/name", message: "too long" }] };
    expect(fieldErrorsOf(problem)).toEqual({ byField: { overallStatusDate: "Invalid ISO date" }, other: ["/body/name: too long"] });
  });
});

describe("the Status tab's notes", () => {
  it("keeps the notes of the last 30 days, newest first", () => {
    const notes = [note("2026-10-01T10:00:00Z"), note("2026-11-20T10:00:00Z"), note("2026-11-22T10:00:00Z", "environment")];
    expect(recentNotes(notes, now).map((n) => n.createdAt)).toEqual(["2026-11-22T10:00:00Z", "2026-11-20T10:00:00Z"]);
  });

  it("says when an Overall Status note is due, and that Blocked needs its reason", () => {
    expect(statusNoteAdvice("active", [note("2026-11-20T10:00:00Z")], now)).toEqual({ tone: "ok", text: "The latest Overall Status note was written 3 days ago." });
    expect(statusNoteAdvice("active", [note("2026-10-30T10:00:00Z"), note("2026-11-22T10:00:00Z", "environment")], now).text).toBe(
      "The latest Overall Status note was written 24 days ago; one is due at least every 14 days.",
    );
    const blocked = statusNoteAdvice("blocked", [], now);
    expect(blocked.tone).toBe("due");
    expect(blocked.text).toContain("Blocked needs its reason: write an Overall Status note saying why");
  });
});
