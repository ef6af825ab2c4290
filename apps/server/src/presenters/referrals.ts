import type { ConsentListRow, ReferralRow } from "@waymark/db";
import type { TConsent, TReferral } from "@waymark/contracts";

export function presentReferral(row: ReferralRow): TReferral {
  return {
    id: row.id,
    tenantId: row.tenantId,
    kind: row.kind as TReferral["kind"],
    need: row.need,
    serviceType: row.serviceType,
    contactId: row.contactId,
    consentId: row.consentId,
    partners: row.partners,
    status: row.status as TReferral["status"],
    followUpDueOn: row.followUpDueOn,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

export function presentConsent(row: ConsentListRow): TConsent {
  return {
    id: row.id,
    contactId: row.contactId,
    tenantId: row.tenantId,
    scope: row.scope as TConsent["scope"],
    method: row.method as TConsent["method"],
    consentedAt: row.consentedAt.toISOString(),
    statement: row.statement,
    recordedBy: row.recordedById ? { id: row.recordedById, name: row.recordedByName ?? "" } : null,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    standing: row.withdrawnAt === null,
  };
}
