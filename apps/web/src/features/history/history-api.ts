import type { ZAuditList } from "@waymark/contracts";
import type { z } from "zod";
import { apiGet } from "../../lib/api.ts";

export type THistoryPage = z.infer<typeof ZAuditList>;

/** GET /api/tenants/:id/history with its filters by action and actor. */
export const fetchHistoryPage = (
  tenantId: string,
  query: { limit: number; action?: string; actorId?: string; actorKind?: string },
  signal?: AbortSignal,
): Promise<THistoryPage> => apiGet<THistoryPage>(`/tenants/${encodeURIComponent(tenantId)}/history`, query, signal);
