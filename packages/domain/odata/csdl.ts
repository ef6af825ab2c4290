// $metadata: the CSDL (EDMX 4.0) document that describes the feed's entity sets to BI tools.
import { ODATA_NAMESPACE, type ODataEntitySet, type ODataProperty } from "./model.ts";

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&${({ "<": "lt", ">": "gt", "&": "amp", '"': "quot", "'": "apos" })[char]};`);

function propertyXml(property: ODataProperty): string {
  // CSDL 4.0 reads a Decimal without Scale as whole numbers: AU percentages carry one decimal.
  const facets = property.type === "Edm.Decimal" ? ' Scale="variable"' : "";
  const nullable = property.nullable ? "" : ' Nullable="false"';
  return `        <Property Name="${escapeXml(property.name)}" Type="${property.type}"${nullable}${facets}/>`;
}

function entityTypeXml(set: ODataEntitySet): string {
  return [
    `      <EntityType Name="${escapeXml(set.entityType)}">`,
    `        <Key>${set.key.map((name) => `<PropertyRef Name="${escapeXml(name)}"/>`).join("")}</Key>`,
    ...set.properties.map(propertyXml),
    "      </EntityType>",
  ].join("\n");
}

export function odataMetadataXml(sets: readonly ODataEntitySet[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<edmx:Edmx xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx" Version="4.0">',
    "  <edmx:DataServices>",
    `    <Schema xmlns="http://docs.oasis-open.org/odata/ns/edm" Namespace="${ODATA_NAMESPACE}">`,
    ...sets.map(entityTypeXml),
    '      <EntityContainer Name="Container">',
    ...sets.map((set) => `        <EntitySet Name="${escapeXml(set.name)}" EntityType="${ODATA_NAMESPACE}.${escapeXml(set.entityType)}"/>`),
    "      </EntityContainer>",
    "    </Schema>",
    "  </edmx:DataServices>",
    "</edmx:Edmx>",
    "",
  ].join("\n");
}

/** The service document: the entity sets, by name and relative URL. */
export function odataServiceDocument(contextUrl: string, sets: readonly ODataEntitySet[]) {
  return { "@odata.context": contextUrl, value: sets.map((set) => ({ name: set.name, kind: "EntitySet", url: set.name })) };
}
