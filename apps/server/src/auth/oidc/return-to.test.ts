import { describe, expect, it } from "vitest";
import { localReturnTo } from "./return-to.ts";

describe("localReturnTo", () => {
  it("keeps a path of the portal with its query", () => {
    expect(localReturnTo("/tenants/42?tab=notes")).toBe("/tenants/42?tab=notes");
  });

  it("sends anything that could leave the portal to the home page", () => {
    for (const target of ["//evil.example", "/\\evil.example", "https://evil.example/", "evil", "/\t/evil.example", "", undefined, 42]) {
      expect(localReturnTo(target), String(target)).toBe("/");
    }
  });
});
