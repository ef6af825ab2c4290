import type { DataQualityTenant } from "@waymark/db";
import type { TDataQualityReport } from "@waymark/contracts";
import { type DataQualityTally, localDate } from "@waymark/domain";

/** The report as the API returns it: each check under its code, each tenant with today's date in its time zone. */
export function presentDataQualityReport(
  report: DataQualityTally<DataQualityTenant>,
  context: { scope: TDataQualityReport["scope"]; fmId: string | null; now: Date },
): TDataQualityReport {
  return {
    scope: context.scope,
    fmId: context.fmId,
    tenantsChecked: report.tenantsChecked,
    tenantsWithFindings: report.tenantsWithFindings,
    checks: report.checks.map(({ code, label, severity, findings, tenants }) => ({ check: code, label, severity, findings, tenants })),
    items: report.items.map(({ tenant, findings }) => ({
      tenantId: tenant.id,
      tenantName: tenant.name,
      customerName: tenant.customerName,
      region: tenant.region,
      effectivePriority: tenant.effectivePriority,
      today: localDate(context.now, tenant.timeZone),
      findings,
    })),
    nextCursor: report.nextCursor,
  };
}
