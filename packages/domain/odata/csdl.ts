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

const CAPABILITIES_VOCABULARY = "https://oasis-tcs.github.io/odata-vocabularies/vocabularies/Org.OData.Capabilities.V1.xml";
const record = (term: string, property: string, value: boolean) =>
  `<Annotation Term="Capabilities.${term}"><Record><PropertyValue Property="${property}" Bool="${value}"/></Record></Annotation>`;

/*
 * What the feed answers, declared with OData's Capabilities vocabulary: Power Query reads these before it folds a step
 * into a request, so it asks for what is answered and filters the rest itself instead of failing the refresh.
 */
const SET_CAPABILITIES = [
  record("CountRestrictions", "Countable", true),
  '<Annotation Term="Capabilities.TopSupported" Bool="true"/>',
  '<Annotation Term="Capabilities.SkipSupported" Bool="true"/>',
  record("ExpandRestrictions", "Expandable", false),
  record("SearchRestrictions", "Searchable", false),
  record("InsertRestrictions", "Insertable", false),
  record("UpdateRestrictions", "Updatable", false),
  record("DeleteRestrictions", "Deletable", false),
];
const CONTAINER_CAPABILITIES = [
  '<Annotation Term="Capabilities.ConformanceLevel" EnumMember="Capabilities.ConformanceLevelType/Minimal"/>',
  '<Annotation Term="Capabilities.FilterFunctions"><Collection><String>contains</String><String>startswith</String><String>endswith</String></Collection></Annotation>',
  '<Annotation Term="Capabilities.BatchSupported" Bool="false"/>',
];

function entitySetXml(set: ODataEntitySet): string {
  return [
    `        <EntitySet Name="${escapeXml(set.name)}" EntityType="${ODATA_NAMESPACE}.${escapeXml(set.entityType)}">`,
    ...SET_CAPABILITIES.map((annotation) => `          ${annotation}`),
    "        </EntitySet>",
  ].join("\n");
}

export function odataMetadataXml(sets: readonly ODataEntitySet[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<edmx:Edmx xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx" Version="4.0">',
    `  <edmx:Reference Uri="${CAPABILITIES_VOCABULARY}">`,
    '    <edmx:Include Namespace="Org.OData.Capabilities.V1" Alias="Capabilities"/>',
    "  </edmx:Reference>",
    "  <edmx:DataServices>",
    `    <Schema xmlns="http://docs.oasis-open.org/odata/ns/edm" Namespace="${ODATA_NAMESPACE}">`,
    ...sets.map(entityTypeXml),
    '      <EntityContainer Name="Container">',
    ...sets.map(entitySetXml),
    ...CONTAINER_CAPABILITIES.map((annotation) => `        ${annotation}`),
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
