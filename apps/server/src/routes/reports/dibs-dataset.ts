// The report dataset (test-dataset.ts) with DIBS and SSAT recorded, the answers the DIBS report tests work from.
// Requirement rows (segment × effective priority × family × scenario):
// - Alpha Exchange   css_smc_high        (CSS-led, SMC, High, O365)    Target Date, Intent, Reason, Owner IT Manager: full DIBS
// - Alpha Intune     css_ems             (CSS-led, EMS)                 Intent, Owner CEO: lacks Target Date and Reason
// - Bravo Exchange   ftp_all             (FTP assist)                   Target Date (service), Intent, Owner IT Manager: full DIBS
// - Bravo Teams      css_o365_enterprise (CSS-led, Enterprise, O365)    Reason, Stakeholders, Scenarios; no Intent (Status Unknown)
// - Charlie Intune   ftp_all                                            nothing (Status Unknown / Blocked)
// - Delta SharePoint ftp_all                                            nothing (Blocked)
import type { TestApi } from "../../../../../test-support/api.ts";
import type { Dataset } from "./test-dataset.ts";

export async function recordDibs(api: TestApi, data: Dataset): Promise<void> {
  const set = (tenantId: string, service: string, assignments: string, values: unknown[] = []) =>
    api.database.pool.query(`UPDATE tenant_services SET ${assignments} WHERE tenant_id = $1 AND service = $2`, [tenantId, service, ...values]);
  await set(data.alpha.id, "exchange", "engagement_scenario = 'ftc_css_led', engagement_start_date = '2026-09-01', dibs_target_date = '2026-12-15', dibs_business_reason = 'increase_security', dibs_success_owner_role = 'it_manager'");
  await set(data.alpha.id, "intune", "dibs_success_owner_role = 'ceo'");
  await set(data.bravo.id, "exchange", "dibs_target_date = '2027-01-31', dibs_success_owner_role = 'it_manager'");
  await set(data.bravo.id, "teams", "engagement_scenario = 'ftc_css_led', dibs_business_reason = 'increase_security', ssat_stakeholders = 'it_lead', ssat_scenarios = '{work_in_email}'");
}
