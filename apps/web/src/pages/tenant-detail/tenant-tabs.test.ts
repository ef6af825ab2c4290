import { describe, expect, it } from "vitest";
import { openTab, parseTenantTab, tabOfHash, tabOfShortcut, TENANT_TABS, validateTenantDetailSearch } from "./tenant-tabs.ts";

describe("the tenant page's open tab in the URL", () => {
  it("opens the tab the URL names, in any case", () => {
    expect(parseTenantTab("services")).toBe("services");
    expect(parseTenantTab("History")).toBe("history");
  });

  it("opens the Status tab when the URL names no tab or an unknown one, without an error", () => {
    expect(parseTenantTab(undefined)).toBe("status");
    expect(parseTenantTab("")).toBe("status");
    expect(parseTenantTab("timesheets")).toBe("status");
    expect(parseTenantTab(["notes"])).toBe("status");
    expect(parseTenantTab(42)).toBe("status");
  });

  it("drops an unknown tab from the URL and passes deep-link params through", () => {
    expect(validateTenantDetailSearch({ tab: "status" })).toEqual({ tab: "status" });
    expect(validateTenantDetailSearch({ tab: "bogus" })).toEqual({});
    expect(validateTenantDetailSearch({ tab: "services", svc: "exo", edit: "split" })).toEqual({ tab: "services", svc: "exo", edit: "split" });
  });

  it("gives every tab its own g-chord letter", () => {
    const letters = TENANT_TABS.map((tab) => tab.key);
    expect(new Set(letters).size).toBe(letters.length);
    expect(tabOfShortcut("h")).toBe("history");
    expect(tabOfShortcut("N")).toBe("notes");
    expect(tabOfShortcut("z")).toBeUndefined();
  });
});

describe("links to a section of the tenant page", () => {
  it("open the tab holding the anchor when the URL names no tab", () => {
    expect(tabOfHash("#outreach-heading")).toBe("outreach");
    expect(tabOfHash("meetings-heading")).toBe("outreach");
    expect(tabOfHash("#overallStatusDate")).toBe("status");
    expect(tabOfHash("#playbook-heading")).toBe("playbook");
    expect(tabOfHash("#nowhere")).toBeUndefined();
    expect(tabOfHash("")).toBeUndefined();
    expect(openTab(undefined, "#findings-heading")).toBe("findings");
  });

  it("let a tab named in the URL win over the anchor, and fall back to Status", () => {
    expect(openTab("notes", "#findings-heading")).toBe("notes");
    expect(openTab("bogus", "#history-heading")).toBe("history");
    expect(openTab(undefined, undefined)).toBe("status");
  });
});
