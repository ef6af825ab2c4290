import { describe, expect, it } from "vitest";
import { earlyFetchesFor } from "./early-fetch.ts";

const ID = "0b7c4c1e-7d1a-4a8e-9a5e-3f2b1c0d9e8f";
const at = (pathname: string, search = "", hash = "") => earlyFetchesFor({ pathname, search, hash });

describe("the first screen's early requests", () => {
  it("reads a tenant page's tenant along with the session, and the Status tab's notes when that tab opens", () => {
    expect(at(`/tenants/${ID}`)).toEqual({ signedIn: true, tenantId: ID, statusTab: true });
    expect(at(`/tenants/${ID}/`, "?tab=status")).toEqual({ signedIn: true, tenantId: ID, statusTab: true });
    expect(at(`/tenants/${ID}`, "?tab=services")).toEqual({ signedIn: true, tenantId: ID, statusTab: false });
    expect(at(`/tenants/${ID}`, "", "#outreach-heading")).toEqual({ signedIn: true, tenantId: ID, statusTab: false });
  });

  it("reads only the session elsewhere, and nothing on the sign-in screens", () => {
    expect(at("/portfolio")).toEqual({ signedIn: true, tenantId: null, statusTab: false });
    expect(at("/tenants/not-a-uuid")).toEqual({ signedIn: true, tenantId: null, statusTab: false });
    expect(at("/sign-in")).toEqual({ signedIn: false, tenantId: null, statusTab: false });
    expect(at("/change-password", "?redirect=/portfolio")).toEqual({ signedIn: false, tenantId: null, statusTab: false });
  });
});
