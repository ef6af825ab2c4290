import { type DuplicateCandidateRow, findDuplicateCandidates, type TenantWithCustomer } from "@waymark/db";
import { type TDuplicateCandidates, ZConfirmDuplicate, ZDuplicateCandidates, ZDuplicateConfirmed, ZIdParams } from "@waymark/contracts";
import { rankDuplicateCandidates } from "@waymark/domain";
import type { App } from "../../app-types.ts";
import { actorOf } from "../../app-types.ts";
import { confirmDuplicate } from "../../commands/confirm-duplicate.ts";
import { findVisibleTenant, visibilityOf } from "../../policies/visibility.ts";

/** Duplicate tenants (seed 003, before first contact): candidates with their evidence, and confirming one. */
export function duplicateRoutes(app: App) {
  app.get(
    "/api/tenants/:id/duplicate-candidates",
    {
      schema: {
        tags: ["tenants"],
        summary: "Tenants that may be the same organisation (same TPID, name variants, abbreviations), scored with the evidence",
        params: ZIdParams,
        response: { 200: ZDuplicateCandidates },
      },
      config: { permission: "tenant.read" },
    },
    async (request) => {
      const actor = actorOf(request);
      const tenant = await findVisibleTenant(app.deps.db, actor, request.params.id);
      return presentCandidates(tenant, await findDuplicateCandidates(app.deps.db, tenant, visibilityOf(actor)));
    },
  );

  app.post(
    "/api/tenants/:id/duplicate-of",
    {
      schema: {
        tags: ["tenants"],
        summary: "Confirm the tenant a duplicate of a winner: its services become Duplicate/Invalid and the winner's primary FM takes it over",
        params: ZIdParams,
        body: ZConfirmDuplicate,
        response: { 200: ZDuplicateConfirmed },
      },
      config: { permission: "tenant.update" },
    },
    async (request) => confirmDuplicate(app.deps, { actor: actorOf(request), tenantId: request.params.id, input: request.body }),
  );
}

/**
 * Scores the candidates; those the reader may not see are told only as a count of likely ones and their FMs' names,
 * so a reader learns no more than "someone else holds a likely duplicate, ask them".
 */
function presentCandidates(tenant: TenantWithCustomer, rows: DuplicateCandidateRow[]): TDuplicateCandidates {
  const subject = { names: [tenant.name, tenant.customerName], tpid: tenant.tpid, country: tenant.country };
  const ranked = rankDuplicateCandidates(
    subject,
    rows.map((row) => ({ ...row, names: [row.name, row.customerName] })),
  );
  const hidden = ranked.filter((candidate) => !candidate.visible && candidate.likely);
  return {
    items: ranked
      .filter((candidate) => candidate.visible)
      .map((c) => ({
        id: c.id,
        name: c.name,
        tpid: c.tpid,
        customerName: c.customerName,
        country: c.country,
        primaryFm: c.primaryFmUserId && c.primaryFmName ? { id: c.primaryFmUserId, name: c.primaryFmName } : null,
        score: c.score,
        likely: c.likely,
        evidence: c.evidence,
      })),
    hidden: {
      count: hidden.length,
      contacts: [...new Set(hidden.flatMap((candidate) => (candidate.primaryFmName ? [candidate.primaryFmName] : [])))].sort(),
    },
  };
}
