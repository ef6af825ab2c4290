import type { DataQualityReport } from "@waymark/db";
import type { TDataQualityReport } from "@waymark/contracts";

/** The report as the API returns it: each check under its code, each tenant with the local date its findings are for. */
export function presentDataQualityReport(report: DataQualityReport, context: { scope: TDataQualityReport["scope"]; fmId: string | null }): TDataQualityReport {
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
      today: tenant.computedFor,
      findings,
    })),
    nextCursor: report.nextCursor,
    asOf: report.asOf ? report.asOf.toISOString() : null,
    pending: report.pending,
  };
}
