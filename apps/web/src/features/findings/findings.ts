import type { TExplanationList, TFinding } from "@waymark/contracts";

export const REASON_MIN = 3;
export const REASON_MAX = 500;

export type FindingGroup = { service: string | null; findings: TFinding[] };

/** Findings grouped by service, tenant-level ones (no service) first, then services in `serviceOrder`, then the rest by code. */
export function groupByService(findings: readonly TFinding[], serviceOrder: readonly string[]): FindingGroup[] {
  const groups = new Map<string | null, TFinding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.service);
    if (group) group.push(finding);
    else groups.set(finding.service, [finding]);
  }
  const rank = (service: string | null) => {
    if (service === null) return -1;
    const index = serviceOrder.indexOf(service);
    return index === -1 ? serviceOrder.length : index;
  };
  return [...groups]
    .map(([service, items]) => ({ service, findings: items }))
    .sort((a, b) => rank(a.service) - rank(b.service) || (a.service ?? "").localeCompare(b.service ?? ""));
}

/** The findings in the order the list shows them, so focus can move to the next one after a removal. */
export function displayOrder(groups: readonly FindingGroup[]): TFinding[] {
  return groups.flatMap((group) => group.findings);
}

/** The finding to focus once `removedId` leaves the list: the next one, else the previous one, else none. */
export function neighbourOf(ordered: readonly TFinding[], removedId: string): string | null {
  const index = ordered.findIndex((finding) => finding.id === removedId);
  if (index === -1) return null;
  return ordered[index + 1]?.id ?? ordered[index - 1]?.id ?? null;
}

export type RuleSentence = { why: string; occurredAt: string };

/** The latest sentence each rule said when it raised a finding, keyed by service and rule (explanations come newest first). */
export function ruleSentences(explanations: TExplanationList["items"]): Map<string, RuleSentence> {
  const sentences = new Map<string, RuleSentence>();
  for (const effect of explanations) {
    const key = ruleKey(effect.service, effect.ruleId);
    if (!sentences.has(key)) sentences.set(key, { why: effect.why, occurredAt: effect.occurredAt });
  }
  return sentences;
}

export function ruleKey(service: string | null, ruleId: string): string {
  return `${service ?? ""}\u0000${ruleId}`;
}

/** The live check of an acceptance reason, phrased for the field; undefined when it may be sent. */
export function reasonProblem(reason: string): string | undefined {
  const length = reason.trim().length;
  if (length < REASON_MIN) return `Say why it is accepted as it stands (at least ${REASON_MIN} characters).`;
  if (length > REASON_MAX) return `Keep the reason to ${REASON_MAX} characters (${length} now).`;
  return undefined;
}
