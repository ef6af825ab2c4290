import type { TDuplicateCandidate, TDuplicateCandidates, TFinding, TTenant } from "@waymark/contracts";
import { formatCount } from "../../lib/format.ts";

/** The Gateway prompt (seed 003) that asks for the duplicate check before anyone is contacted. */
export const DUPLICATE_CHECK_CODE = "check_duplicate_tenants";

export const REASON_MIN = 10;
export const REASON_MAX = 1000;

export type DuplicateLink = { id: string; name: string };

/** True while the playbook still waits for the duplicate check: the section then opens by itself. */
export function duplicateCheckOpen(findings: readonly TFinding[]): boolean {
  return findings.some((finding) => finding.code === DUPLICATE_CHECK_CODE && finding.status === "open");
}

/**
 * The winner this tenant is a confirmed duplicate of, when the tenant says so. `duplicateOf` is read defensively:
 * the tenant contract does not carry it yet, so until it does only a confirmation made on this page shows it.
 */
export function duplicateOfTenant(tenant: TTenant): DuplicateLink | null {
  const link = (tenant as TTenant & { duplicateOf?: DuplicateLink | null }).duplicateOf;
  return link && typeof link.id === "string" && typeof link.name === "string" ? link : null;
}

/** Best first: score, then likely ones, then name, so the order is stable whatever order the server used. */
export function rankCandidates(items: readonly TDuplicateCandidate[]): TDuplicateCandidate[] {
  return [...items].sort((a, b) => b.score - a.score || Number(b.likely) - Number(a.likely) || a.name.localeCompare(b.name));
}

/** The score in words beside the number; the number alone says nothing to someone new to it. */
export function likelyLabel(candidate: Pick<TDuplicateCandidate, "likely">): string {
  return candidate.likely ? "Likely duplicate" : "Possible, check it";
}

/** Names a list the way a sentence does: "A", "A and B", "A, B and C". */
export function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** Likely duplicates the reader may not see, and whom to ask; null when there are none. */
export function hiddenSentence(hidden: TDuplicateCandidates["hidden"]): string | null {
  if (hidden.count === 0) return null;
  const held = hidden.count === 1 ? "1 likely duplicate is held by a tenant you cannot see" : `${hidden.count} likely duplicates are held by tenants you cannot see`;
  if (hidden.contacts.length === 0) return `${held}, and none has a primary FM: ask your FastTrack lead.`;
  return `${held}: ask ${hidden.contacts.join(", ")}.`;
}

/** What confirming does, said before it happens: the services, the hand-over and who is e-mailed. */
export function confirmConsequences(tenant: Pick<TTenant, "name" | "services">, winner: Pick<TDuplicateCandidate, "name" | "primaryFm">): string[] {
  const serviceCount = tenant.services.length;
  const services =
    serviceCount === 0
      ? `${tenant.name} has no services, so no entitlements change.`
      : `All entitlements of its ${serviceCount === 1 ? "service" : `${serviceCount} services`} become L1 Duplicate/Invalid, out of FastTrack reporting: ${listInWords(
          tenant.services.map((service) => `${service.serviceLabel} (${formatCount(service.effectiveEntitlements)})`),
        )}.`;
  const handOver = winner.primaryFm
    ? `${tenant.name} goes to ${winner.primaryFm.name}, the primary FastTrack Manager of ${winner.name}, who is e-mailed about it.`
    : `${winner.name} has no primary FastTrack Manager, so ${tenant.name}'s assignments stay as they are: assign it yourself afterwards.`;
  return [`${tenant.name} is linked to ${winner.name}, the tenant that stays.`, services, handOver];
}

/** The live check of the reason, phrased for the field; undefined when it may be sent. */
export function reasonProblem(reason: string): string | undefined {
  const length = reason.trim().length;
  if (length < REASON_MIN) return `Say why they are the same organisation, in a sentence (at least ${REASON_MIN} characters, ${length} now).`;
  if (length > REASON_MAX) return `Keep the reason to ${REASON_MAX} characters (${length} now).`;
  return undefined;
}
