// Columns of the Portfolio (FTOP Tenant View) grid: what each shows, its type, and whether it can be sorted and filtered.
// Sources: reference/ftop-user-guide/tenant-view-sorting-and-filtering.md (displays, column filters, search),
// portfolio-view.md, research/ftop-features.md §2.21. The SQL of each column lives beside the queries (packages/db).
import { ASSIGNMENT_OPTIONS, OVERALL_STATUSES, PRIORITIES, REGIONS, SEGMENTS } from "./engagement.ts";
import { SERVICE_STATUSES } from "./service-statuses.ts";
import { SERVICES, type ServiceCode } from "./services.ts";

export type PortfolioColumnType = "text" | "number" | "date" | "boolean" | "enum";

export type PortfolioColumn = {
  readonly key: string;
  readonly label: string;
  readonly type: PortfolioColumnType;
  readonly options?: readonly { readonly code: string; readonly label: string }[];
  readonly description: string;
  /** Computed per row from other tables: sorting or filtering on it reads every row in scope (slower at scale). */
  readonly computed: boolean;
};

const options = (entries: readonly { code: string; label: string }[]) => entries.map(({ code, label }) => ({ code, label }));

const BASE_COLUMNS: readonly PortfolioColumn[] = [
  { key: "name", label: "Tenant", type: "text", computed: false, description: "The tenant's name" },
  { key: "customer", label: "Customer", type: "text", computed: false, description: "The customer (TPID) the tenant belongs to" },
  { key: "tpid", label: "TPID", type: "number", computed: false, description: "Top Parent ID of the customer" },
  { key: "tenant_guid", label: "Tenant ID", type: "text", computed: false, description: "The cloud tenant's GUID" },
  { key: "winner", label: "Winner", type: "boolean", computed: false, description: "The customer's reference (winner) tenant" },
  { key: "priority", label: "Priority", type: "enum", options: options(PRIORITIES), computed: false, description: "Effective priority: the override when set, else the automated one. Sorting descending puts High first" },
  { key: "priority_overridden", label: "Priority overridden", type: "boolean", computed: false, description: "A person overrode the automated priority" },
  { key: "segment", label: "Segment", type: "enum", options: options(SEGMENTS), computed: false, description: "SMC or Enterprise" },
  { key: "seats", label: "Seats", type: "number", computed: false, description: "Paid seats of the tenant" },
  { key: "country", label: "Country", type: "text", computed: false, description: "ISO country code" },
  { key: "region", label: "Region", type: "enum", options: options(REGIONS), computed: false, description: "Americas, APJ or EMEA" },
  { key: "overall_status", label: "Overall Status", type: "enum", options: options(OVERALL_STATUSES), computed: false, description: "Active, Blocked or Paused" },
  { key: "overall_status_date", label: "Overall Status Date", type: "date", computed: false, description: "When the overall status was last set" },
  { key: "days_since_status", label: "Days Since Status", type: "number", computed: false, description: "Days since the overall status was last set" },
  { key: "engagement_start_date", label: "Engagement Start Date", type: "date", computed: false, description: "When the customer is ready to start with the FastTrack Manager" },
  { key: "created_on", label: "Created Date", type: "date", computed: false, description: "The tenant's local date it entered FastTrack" },
  { key: "days_in_ftc", label: "Days in FTC", type: "number", computed: false, description: "Days since the tenant was created" },
  { key: "go_back", label: "GoBack", type: "boolean", computed: false, description: "An existing tenant re-entering FastTrack outreach" },
  { key: "assignment_option", label: "Assignment Option", type: "enum", options: options(ASSIGNMENT_OPTIONS), computed: false, description: "The Gateway's outcome for the tenant" },
  { key: "enterprise_level", label: "Level", type: "number", computed: false, description: "Enterprise level 1–4" },
  { key: "primary_fm", label: "Primary FM", type: "text", computed: true, description: "The primary FastTrack Manager (of the tenant, else of its customer)" },
  { key: "primary_rm", label: "Regional Manager", type: "text", computed: true, description: "The primary Regional Manager (of the tenant, else of its customer), a queue's name when a queue holds it" },
  { key: "primary_fe", label: "Primary FE", type: "text", computed: true, description: "The primary FastTrack Engineer (of the tenant, else of its customer)" },
  { key: "fms", label: "FastTrack Managers", type: "text", computed: true, description: "Every FastTrack Manager assigned to the tenant or its customer, comma-separated" },
  { key: "next_action_date", label: "Next Action Date", type: "date", computed: true, description: "The earliest next action date of the tenant's services" },
  { key: "last_status_note_on", label: "Last OS Note Date", type: "date", computed: true, description: "Date of the latest Engagement Management (overall status) note" },
  { key: "service_count", label: "Services", type: "number", computed: true, description: "How many services (entitlements) the tenant has" },
  { key: "open_findings", label: "Open Findings", type: "number", computed: true, description: "Data-quality findings open on the tenant, as last computed" },
];

/** The services with per-service columns: those of the FTOP Services tab. */
export const PORTFOLIO_SERVICES: readonly ServiceCode[] = SERVICES.filter((service) => service.servicesTabListed).map((service) => service.code);

const SERVICE_COLUMNS: readonly PortfolioColumn[] = SERVICES.filter((service) => service.servicesTabListed).flatMap((service) => [
  { key: `svc_${service.code}_status`, label: `${service.shortCode} Status`, type: "enum", options: options(SERVICE_STATUSES), computed: true, description: `Service status of ${service.label}` },
  { key: `svc_${service.code}_au`, label: `${service.shortCode} %`, type: "number", computed: true, description: `Latest active users of ${service.label} as a % of its entitlements` },
  { key: `svc_${service.code}_start`, label: service.shortCode, type: "date", computed: true, description: `Engagement start date of ${service.label}` },
] satisfies PortfolioColumn[]);

export const PORTFOLIO_COLUMNS: readonly PortfolioColumn[] = [...BASE_COLUMNS, ...SERVICE_COLUMNS];

const BY_KEY = new Map(PORTFOLIO_COLUMNS.map((column) => [column.key, column]));

export function portfolioColumn(key: string): PortfolioColumn | undefined {
  return BY_KEY.get(key);
}

/** Columns a search always looks in, whatever is shown (FTOP: "search by tenant name or tenant ID"). */
export const ALWAYS_SEARCHED_COLUMNS = ["name", "tenant_guid", "tpid"] as const;
