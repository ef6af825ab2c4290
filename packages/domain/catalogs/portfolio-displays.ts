// FTOP's Tenant View displays that Waymark can fill: each a named set of Portfolio columns.
// Source: reference/ftop-user-guide/tenant-view-sorting-and-filtering.md (Display table). Columns FTOP shows that
// Waymark does not hold (Predicted 6 MO AU Gain, QES, Tags, In Scope, ...) are left out.

export type PortfolioDisplay = {
  readonly code: string;
  readonly label: string;
  readonly columns: readonly string[];
  readonly description: string;
};

const serviceStatusDisplay = (code: string, label: string, service: string): PortfolioDisplay => ({
  code,
  label,
  columns: ["name", "overall_status", `svc_${service}_status`, "primary_rm", "fms", "primary_fe", "svc_exchange_status"],
  description: `${label} service status and assignments, with Exchange's status (FTOP's "Has Exchange")`,
});

export const PORTFOLIO_DISPLAYS: readonly PortfolioDisplay[] = [
  {
    code: "overview",
    label: "Overview",
    columns: ["name", "priority", "overall_status", "next_action_date", "tpid", "primary_rm", "primary_fm", "assignment_option", "seats"],
    description: "Priority, overall status, next action date and the primary managers",
  },
  {
    code: "scorecard_adoption",
    label: "Scorecard Adoption",
    columns: [
      "name", "priority", "tpid", "winner", "days_in_ftc", "last_status_note_on",
      "svc_exchange_au", "svc_sharepoint_au", "svc_sfb_au", "svc_yammer_au", "svc_intune_au", "svc_aadp_au",
      "svc_office_proplus_au", "svc_teams_au", "svc_onedrive_au", "svc_outlook_mobile_au", "svc_mdatp_au", "svc_oatp_au",
    ],
    description: "Latest active users per service as a % of entitlements",
  },
  {
    code: "assignments",
    label: "Assignments",
    columns: ["name", "priority", "overall_status", "primary_rm", "fms", "primary_fe"],
    description: "The people assigned the key roles",
  },
  serviceStatusDisplay("intune", "Intune", "intune"),
  serviceStatusDisplay("aadp", "AADP", "aadp"),
  serviceStatusDisplay("azrms", "AzRMS", "azrms"),
  serviceStatusDisplay("project_online", "Project Online", "project_online_professional_premium"),
  serviceStatusDisplay("project_professional", "Project Professional", "project_professional"),
  {
    code: "enterprise",
    label: "Enterprise",
    columns: ["name", "enterprise_level", "overall_status", "overall_status_date", "fms", "primary_rm", "segment"],
    description: "Enterprise level, status and assignments",
  },
  {
    code: "engagement_start_date",
    label: "Engagement Start Date",
    columns: [
      "name", "svc_exchange_start", "svc_sharepoint_start", "svc_onedrive_start", "svc_office_proplus_start", "svc_aadp_start",
      "svc_intune_start", "svc_teams_start", "svc_yammer_start", "svc_outlook_mobile_start", "svc_sfb_start", "svc_windows_10_start",
      "svc_mcas_start", "svc_aip_start", "svc_azrms_start", "svc_mdatp_start", "svc_project_professional_start",
      "svc_project_online_professional_premium_start", "svc_project_online_essentials_start", "svc_classroom_sds_start", "svc_oatp_start",
    ],
    description: "When the customer is ready to start each workload",
  },
  {
    code: "customer_engagement",
    label: "Customer Engagement",
    columns: ["name", "tenant_guid", "primary_rm", "fms", "next_action_date", "created_on", "priority", "assignment_option", "tpid", "segment", "country"],
    description: "The Gateway team's combined view",
  },
  {
    code: "data_quality",
    label: "Data Quality",
    columns: ["name", "priority", "open_findings", "primary_fm", "service_count", "seats", "days_in_ftc"],
    description: "Open data-quality findings per tenant",
  },
];

export const DEFAULT_PORTFOLIO_DISPLAY = "overview";
/** High first, then by name (FTOP's grid order). */
export const DEFAULT_PORTFOLIO_SORT = "-priority,name";

export function portfolioDisplay(code: string): PortfolioDisplay | undefined {
  return PORTFOLIO_DISPLAYS.find((display) => display.code === code);
}
