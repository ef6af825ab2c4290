// The read-only OData v4 feed for BI tools: its entity sets and their typed properties. The SQL of each property lives
// beside the queries (packages/db queries/odata*.ts); the Tenants set takes its properties from the Portfolio columns.
import { PORTFOLIO_COLUMNS, type PortfolioColumn } from "../catalogs/portfolio-columns.ts";

export type EdmType = "Edm.String" | "Edm.Int32" | "Edm.Int64" | "Edm.Decimal" | "Edm.Date" | "Edm.Boolean";

export type ODataProperty = { readonly name: string; readonly type: EdmType; readonly nullable: boolean; readonly description: string };

export type ODataEntitySet = {
  readonly name: string;
  /** The entity type's name in the Waymark namespace. */
  readonly entityType: string;
  readonly key: readonly string[];
  readonly properties: readonly ODataProperty[];
};

export const ODATA_NAMESPACE = "Waymark";
/** Server-driven paging: no answer carries more rows; "@odata.nextLink" continues. */
export const ODATA_MAX_PAGE_SIZE = 5000;

const property = (name: string, type: EdmType, description: string, nullable = true): ODataProperty => ({ name, type, nullable, description });

/** Portfolio numbers are counts, except the TPID (a 64-bit id) and the AU percentages (one decimal). */
function edmTypeOfColumn(column: PortfolioColumn): EdmType {
  switch (column.type) {
    case "number":
      if (column.key === "tpid") return "Edm.Int64";
      return column.key.endsWith("_au") ? "Edm.Decimal" : "Edm.Int32";
    case "date":
      return "Edm.Date";
    case "boolean":
      return "Edm.Boolean";
    case "text":
    case "enum":
      return "Edm.String";
  }
}

/** Columns the SQL never leaves empty (the tenant's own required fields). */
const NOT_NULL_COLUMNS = new Set(["name", "customer", "tpid", "tenant_guid", "winner", "priority", "priority_overridden", "segment", "seats", "country", "region", "created_on", "days_in_ftc", "go_back", "service_count"]);

export const TENANTS_SET: ODataEntitySet = {
  name: "Tenants",
  entityType: "Tenant",
  key: ["id"],
  properties: [
    property("id", "Edm.String", "Waymark's id of the tenant", false),
    property("active", "Edm.Boolean", "Neither a confirmed duplicate nor routed to an inactive queue", false),
    ...PORTFOLIO_COLUMNS.map((column) => property(column.key, edmTypeOfColumn(column), `${column.label}: ${column.description}`, !NOT_NULL_COLUMNS.has(column.key))),
  ],
};

export const SERVICES_SET: ODataEntitySet = {
  name: "Services",
  entityType: "Service",
  key: ["id"],
  properties: [
    property("id", "Edm.String", "Waymark's id of the tenant's service", false),
    property("tenant_id", "Edm.String", "The tenant (Tenants.id)", false),
    property("service", "Edm.String", "Service code (exchange, teams, ...)", false),
    property("status", "Edm.String", "Service status code", false),
    property("status_since", "Edm.Date", "When the service status was last set"),
    property("engagement_scenario", "Edm.String", "Engagement scenario code", false),
    property("total_entitlements", "Edm.Int32", "Entitlements from commerce", false),
    property("entitlement_override", "Edm.Int32", "A reviewed override of the commerce count"),
    property("entitlements", "Edm.Int32", "Effective entitlements: the override when set, else the commerce count", false),
    property("l1_in_progress", "Edm.Int32", "Entitlements in L1 In Progress", false),
    property("l1_blocked", "Edm.Int32", "Entitlements in L1 Blocked", false),
    property("l1_no_intent", "Edm.Int32", "Entitlements in L1 No Intent", false),
    property("l1_unknown", "Edm.Int32", "Entitlements in L1 Status Unknown", false),
    property("l1_duplicate_invalid", "Edm.Int32", "Entitlements in L1 Duplicate/Invalid", false),
    property("engagement_start_date", "Edm.Date", "Engagement start date of the service"),
    property("next_action_date", "Edm.Date", "Next action date of the service"),
    property("dibs_target_date", "Edm.Date", "DIBS: target date"),
    property("dibs_business_reason", "Edm.String", "DIBS: business reason"),
    property("dibs_success_owner_role", "Edm.String", "DIBS: success owner's role"),
    property("ssat_stakeholders", "Edm.String", "SSAT: stakeholders"),
    property("ssat_scenarios", "Edm.String", "SSAT: scenarios, comma-separated", false),
    property("ssat_awareness", "Edm.String", "SSAT: awareness, comma-separated", false),
    property("ssat_training", "Edm.String", "SSAT: training, comma-separated", false),
    property("forecast_15_on", "Edm.Date", "Forecast date of 15 % active users"),
    property("forecast_40_on", "Edm.Date", "Forecast date of 40 % active users"),
    property("forecast_max_on", "Edm.Date", "Forecast date of maximum active users"),
    property("latest_usage_day", "Edm.Date", "The day of the latest usage figures"),
    property("latest_au_percent", "Edm.Decimal", "Latest active users as a % of the entitlements of that day"),
  ],
};

export const USAGE_MONTHLY_SET: ODataEntitySet = {
  name: "UsageMonthly",
  entityType: "UsageMonth",
  key: ["tenant_id", "service", "month"],
  properties: [
    property("tenant_id", "Edm.String", "The tenant (Tenants.id)", false),
    property("service", "Edm.String", "Service code", false),
    property("month", "Edm.Date", "First day of the month", false),
    property("last_day", "Edm.Date", "The month's last day with usage figures: the figures are that day's", false),
    property("active_users", "Edm.Int32", "Active users on that day", false),
    property("entitlements", "Edm.Int32", "Entitlements on that day", false),
    property("au_percent", "Edm.Decimal", "Active users as a % of entitlements"),
  ],
};

export const ODATA_ENTITY_SETS: readonly ODataEntitySet[] = [TENANTS_SET, SERVICES_SET, USAGE_MONTHLY_SET];

export function odataEntitySet(name: string): ODataEntitySet | undefined {
  return ODATA_ENTITY_SETS.find((set) => set.name === name);
}
