import { describe, expect, it } from "vitest";
import { pageAssets, pagePreloads, preloadLinkHeader } from "./page-preloads.ts";

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

  it("puts the page's own scripts and styles ahead of the data, so the data cannot hold every connection while they wait", () => {
    const assets = [{ kind: "script", path: "/assets/index-A1.js" }, { kind: "style", path: "/assets/index-B2.css" }] as const;
    expect(preloadLinkHeader(["/api/auth/me"], assets).split(", ")).toEqual([
      "</assets/index-A1.js>; rel=modulepreload; crossorigin=anonymous",
      "</assets/index-B2.css>; rel=preload; as=style; crossorigin=anonymous",
      "</api/auth/me>; rel=preload; as=fetch; crossorigin=anonymous",
    ]);
  });
});

describe("the files a built page loads first", () => {
  it("are its entry script, the modules it preloads and its style sheets, in the page's order", () => {
    const html = `<!doctype html><html><head>
    <script type="module" crossorigin src="/assets/index-D9Gz.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-CvdC.js">
    <link rel="stylesheet" crossorigin href="/assets/index-BQcF.css">
    <link rel="icon" href="/favicon.svg">
    <script src="https://elsewhere.invalid/x.js"></script>
    <script type="module" src="//elsewhere.invalid/y.js"></script>
  </head><body><div id="root"></div></body></html>`;
    expect(pageAssets(html)).toEqual([
      { kind: "script", path: "/assets/index-D9Gz.js" },
      { kind: "script", path: "/assets/react-CvdC.js" },
      { kind: "style", path: "/assets/index-BQcF.css" },
    ]);
  });

  it("are none for a page without scripts or styles", () => {
    expect(pageAssets("<!doctype html><title>Waymark</title><div id=root></div>")).toEqual([]);
  });
});
