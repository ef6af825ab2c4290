import { describe, expect, it } from "vitest";
import { pagePreloads, preloadLinkHeader } from "./page-preloads.ts";

const ID = "0b7c4c1e-7d1a-4a8e-9a5e-3f2b1c0d9e8f";
const TENANT = `/api/tenants/${ID}`;

describe("the data a page's HTML asks the browser to fetch at once", () => {
  it("is a tenant page's tenant, contacts, open findings and, on the Status tab, its notes", () => {
    expect(pagePreloads(`/tenants/${ID}`)).toEqual([
      "/api/auth/me", "/api/catalogs", TENANT, `${TENANT}/contacts`, `${TENANT}/findings?status=open`, `${TENANT}/notes?limit=100`,
    ]);
    expect(pagePreloads(`/tenants/${ID}?tab=Status`)).toContain(`${TENANT}/notes?limit=100`);
    expect(pagePreloads(`/tenants/${ID}?tab=services`)).not.toContain(`${TENANT}/notes?limit=100`);
  });

  it("is the session and catalogs elsewhere, and nothing on the sign-in screens", () => {
    expect(pagePreloads("/portfolio?scope=all")).toEqual(["/api/auth/me", "/api/catalogs"]);
    expect(pagePreloads("/tenants/not-an-id")).toEqual(["/api/auth/me", "/api/catalogs"]);
    expect(pagePreloads("/sign-in?redirect=%2Fportfolio")).toEqual([]);
    expect(pagePreloads("/change-password")).toEqual([]);
  });

  it("is written as one Link header of fetch preloads", () => {
    expect(preloadLinkHeader(["/api/auth/me", "/api/catalogs"])).toBe(
      "</api/auth/me>; rel=preload; as=fetch; crossorigin=anonymous, </api/catalogs>; rel=preload; as=fetch; crossorigin=anonymous",
    );
  });
});
