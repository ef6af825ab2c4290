import type { CustomerWithCounts } from "@waymark/db";
import type { TCustomer } from "@waymark/contracts";

export function presentCustomer(row: CustomerWithCounts): TCustomer {
  return {
    id: row.id,
    tpid: row.tpid,
    name: row.name,
    region: row.region as TCustomer["region"],
    vertical: row.vertical,
    winnerTenantId: row.winnerTenantId,
    tenantCount: row.tenantCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
