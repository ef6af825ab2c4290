import { describe, expect, it } from "vitest";
import { odataMetadataXml, odataServiceDocument } from "./csdl.ts";
import { ODATA_ENTITY_SETS, TENANTS_SET, USAGE_MONTHLY_SET } from "./model.ts";

describe("$metadata", () => {
  const xml = odataMetadataXml(ODATA_ENTITY_SETS);

  it("declares the Waymark namespace, each entity type with its key, and a container naming the sets", () => {
    expect(xml).toContain('<edmx:Edmx xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx" Version="4.0">');
    expect(xml).toContain('<Schema xmlns="http://docs.oasis-open.org/odata/ns/edm" Namespace="Waymark">');
    expect(xml).toContain('<EntityType Name="UsageMonth">\n        <Key><PropertyRef Name="tenant_id"/><PropertyRef Name="service"/><PropertyRef Name="month"/></Key>');
    expect(xml).toContain('<EntitySet Name="Tenants" EntityType="Waymark.Tenant">');
    expect(xml).toContain('<Property Name="au_percent" Type="Edm.Decimal" Scale="variable"/>');
    expect(xml).toContain('<Property Name="name" Type="Edm.String" Nullable="false"/>');
  });

  it("declares what the feed answers, so BI tools fold only that into their requests", () => {
    expect(xml).toContain('<edmx:Include Namespace="Org.OData.Capabilities.V1" Alias="Capabilities"/>');
    expect(xml).toContain("<String>contains</String><String>startswith</String><String>endswith</String>");
    expect(xml).toContain('<Annotation Term="Capabilities.BatchSupported" Bool="false"/>');
    const tenants = xml.slice(xml.indexOf('<EntitySet Name="Tenants"'), xml.indexOf("</EntitySet>"));
    expect(tenants).toContain('<PropertyValue Property="Countable" Bool="true"/>');
    expect(tenants).toContain('<PropertyValue Property="Expandable" Bool="false"/>');
    expect(tenants).toContain('<PropertyValue Property="Insertable" Bool="false"/>');
  });

  it("gives every portfolio column a typed property", () => {
    const types = Object.fromEntries(TENANTS_SET.properties.map((p) => [p.name, p.type]));
    expect(types).toMatchObject({ tpid: "Edm.Int64", seats: "Edm.Int32", winner: "Edm.Boolean", overall_status_date: "Edm.Date", svc_teams_au: "Edm.Decimal", svc_teams_status: "Edm.String" });
    expect(TENANTS_SET.properties.every((p) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(p.name))).toBe(true);
    expect(USAGE_MONTHLY_SET.properties.map((p) => p.name)).toEqual(["tenant_id", "service", "month", "last_day", "active_users", "entitlements", "au_percent"]);
  });

  it("lists the sets in the service document", () => {
    expect(odataServiceDocument("https://w.example/odata/$metadata", ODATA_ENTITY_SETS).value.map((s) => s.url)).toEqual(["Tenants", "Services", "UsageMonthly"]);
  });
});
