import { createHash } from "node:crypto";
import { type Executor, insertAuditEvents, insertPartner, listAllPartners, lockFrpList, updatePartnerIfVersion } from "@waymark/db";
import type { TFrpListPreview } from "@waymark/contracts";
import { planFrpListImport } from "@waymark/domain";
import type { UserActor } from "../actor.ts";
import type { Deps } from "../app-types.ts";
import { AppError } from "../errors.ts";
import { auditEvent } from "./audit.ts";
import { readFrpListCsv } from "./frp-list-csv.ts";

const IMPORT_REASON = "FastTrack Ready Partner list import";

async function previewOf(tx: Executor, csv: string) {
  const read = readFrpListCsv(csv);
  const known = await listAllPartners(tx);
  const plan = read.problems.length > 0 ? { added: [], updated: [], leaving: [], unchanged: 0, problems: read.problems } : planFrpListImport(read.rows, known);
  const counts = { added: plan.added.length, updated: plan.updated.length, leaving: plan.leaving.length, unchanged: plan.unchanged, problems: plan.problems.length };
  // The fingerprint covers what the import would do, and the versions of the partners it would touch.
  const versions = new Map(known.map((p) => [p.id, p.version]));
  const touched = [...plan.updated, ...plan.leaving].map((p) => `${p.partnerId}:${versions.get(p.partnerId)}`);
  const previewFingerprint = createHash("sha256").update(JSON.stringify([plan, touched])).digest("base64url").slice(0, 24);
  const preview: TFrpListPreview = { ...plan, counts, previewFingerprint, applied: false };
  return { preview, byId: new Map(known.map((p) => [p.id, p])) };
}

/** What importing the FRP list file would change, changing nothing: added, updated (field by field), leaving, bad lines. */
export async function previewFrpList(deps: Deps, options: { csv: string }): Promise<TFrpListPreview> {
  return deps.db.transaction(async (tx) => (await previewOf(tx, options.csv)).preview, { accessMode: "read only" });
}

/**
 * Applies the previewed FRP list import in one transaction: partners added, updated and leaving the list, each audited,
 * plus a summary event. Refused with every bad line (422), or with the new preview (409) when the partners changed
 * since the preview so that it would now do something else.
 */
export async function importFrpList(deps: Deps, options: { actor: UserActor; csv: string; previewFingerprint: string }): Promise<TFrpListPreview> {
  const { actor } = options;
  return deps.db.transaction(async (tx) => {
    await lockFrpList(tx);
    const { preview, byId } = await previewOf(tx, options.csv);
    if (preview.problems.length > 0) {
      const errors = preview.problems.map((p) => ({ path: `/body/line/${p.line}`, message: p.message }));
      throw new AppError("validation_failed", `The file has ${errors.length} bad line${errors.length > 1 ? "s" : ""}; fix ${errors.length > 1 ? "them" : "it"} and preview again. Nothing was imported.`, { errors });
    }
    if (preview.previewFingerprint !== options.previewFingerprint) {
      throw new AppError("version_conflict", "The partners changed since the preview, so the import would now do something else; review the new preview and confirm again.", { current: preview });
    }
    const events = [];
    const now = deps.now();
    for (const { line: _line, ...fields } of preview.added) {
      const partner = await insertPartner(tx, { ...fields, createdAt: now });
      events.push(auditEvent(actor, "partner.created", { type: "partner", id: partner.id }, {}, { after: fields, reason: IMPORT_REASON }));
    }
    const change = async (partnerId: string, before: Record<string, unknown>, after: Record<string, unknown>) => {
      const current = byId.get(partnerId);
      // The lock and the fingerprint's versions make this a can't-happen; it still must not write half an import.
      if (!current || !(await updatePartnerIfVersion(tx, partnerId, current.version, after))) {
        throw new AppError("version_conflict", `${current?.name ?? "A partner"} changed while the list was imported; preview again.`);
      }
      events.push(auditEvent(actor, "partner.updated", { type: "partner", id: partnerId }, {}, { before, after, reason: IMPORT_REASON }));
    };
    for (const { partnerId, changes } of preview.updated) {
      await change(partnerId, Object.fromEntries(changes.map((c) => [c.field, c.from])), Object.fromEntries(changes.map((c) => [c.field, c.to])));
    }
    for (const { partnerId } of preview.leaving) await change(partnerId, { frpMember: true }, { frpMember: false });
    events.push(
      auditEvent(actor, "partner.frp_list_imported", { type: "partner_list", id: "frp" }, {}, { after: { counts: preview.counts, previewFingerprint: preview.previewFingerprint }, reason: IMPORT_REASON }),
    );
    await insertAuditEvents(tx, events);
    return { ...preview, applied: true };
  });
}
