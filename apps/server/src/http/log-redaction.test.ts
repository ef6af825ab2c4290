import { describe, expect, it } from "vitest";
import { redactSecretQuery } from "./log-redaction.ts";

describe("URLs in the request log", () => {
  it("hide an API token passed as a query parameter, keeping the rest of the request readable", () => {
    expect(redactSecretQuery("/odata/Tenants?$top=10&api_key=wmk_secret&$select=name")).toBe("/odata/Tenants?$top=10&api_key=***&$select=name");
    expect(redactSecretQuery("/odata/Tenants?api%5Fkey=wmk_secret")).toBe("/odata/Tenants?api%5Fkey=***");
  });

  it("leave URLs without credentials as they are", () => {
    expect(redactSecretQuery("/api/tenants?q=contoso")).toBe("/api/tenants?q=contoso");
    expect(redactSecretQuery("/odata/$metadata")).toBe("/odata/$metadata");
    expect(redactSecretQuery("/odata/Tenants?%E0%A4%A=1")).toBe("/odata/Tenants?%E0%A4%A=1");
  });
});
