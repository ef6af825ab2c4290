// What each L1 needs from its note before it is great, marginal or poor (Entitlement Status Notes Guidance):
// Blocked and No Intent need the primary reason, In Progress the phase or focus, an unresponsive customer the
// number of attempts and whether the account is managed, Duplicate/Invalid why it is a duplicate.
import type { L1Status } from "../catalogs/l1-statuses.ts";
import { L2_REASONS, type L2Reason } from "../catalogs/l2-reasons.ts";
import { findWords, type Hit, wordsOf } from "./note-quality-match.ts";
import type { NoteEvidence, NoteRating } from "./note-quality.ts";
import { CONNECTIVES, DUPLICATE_REASONS, GENERIC_WORDS, UNRESPONSIVE_PARTS, VAGUE_QUALIFIERS } from "./note-quality-signals.ts";

export type NoteFacts = {
  /** The normalised note, template blanks removed. */
  text: string;
  words: number;
  sentences: number;
  /** Status words of the L1 being rated. */
  cues: Hit[];
  negatedBlockers: Hit[];
  l2Hits: Record<L2Reason, Hit[]>;
  engagement: string[];
  /** Template blanks were left in: what surrounds them is the template's wording, not a reason. */
  hasPlaceholders: boolean;
};
export type Rated = { rating: NoteRating; evidence: NoteEvidence[] };

/** Fewer words than this and the reason is stated but not explained ("Until the merger is complete, customer will not deploy."). */
const GREAT_MIN_WORDS = { reasoned: 12, inProgress: 6, unknown: 8, duplicate: 8 } as const;

const RATERS: Record<L1Status, (facts: NoteFacts) => Rated> = {
  in_progress: rateInProgress,
  blocked: (facts) => rateReasoned(facts, "blocked"),
  no_intent: (facts) => rateReasoned(facts, "no_intent"),
  status_unknown: rateStatusUnknown,
  duplicate_invalid: rateDuplicate,
};

export function rateForL1(l1: L1Status, facts: NoteFacts): Rated {
  return RATERS[l1](facts);
}

const hitsOf = (facts: NoteFacts, l1s: readonly L1Status[]) => L2_REASONS.filter((r) => l1s.includes(r.l1)).flatMap((r) => facts.l2Hits[r.code]);
const missing = (part: string, explanation: string): NoteEvidence => ({ kind: "missing", part, explanation });
const matched = (words: string[], explanation: string): NoteEvidence => ({ kind: "matched", words, explanation });

const WHY: Record<"blocked" | "no_intent", string> = {
  blocked: "Say what blocks the customer: the primary blocker (a technical gap, a licence issue, a lack of resources…) and what it stops.",
  no_intent: "Say why the customer has no intent: the primary reason (a competing product, an on-premises solution, no business sponsor…).",
};
const STATUS: Record<"blocked" | "no_intent", string> = {
  blocked: 'State the status plainly, e.g. "Customer is blocked…" or "Unable to deploy because…".',
  no_intent: 'State the lack of intent plainly, e.g. "Customer does not intend to use the service because…".',
};

/** Blocked and No Intent: the reason decides between poor and the rest. */
function rateReasoned(facts: NoteFacts, l1: "blocked" | "no_intent"): Rated {
  const hits = hitsOf(facts, ["blocked", "no_intent"]);
  const specific = hits.filter((h) => !h.category);
  const explicit = facts.cues.length > 0;
  const evidence: NoteEvidence[] = [];
  if (specific.length > 0) evidence.push(matched(wordsOf(specific), "The reason (the why) is named."));
  else if (hits.length > 0) evidence.push(matched(wordsOf(hits), "Names only the kind of reason, not the specific cause."));
  else {
    const uncategorised = facts.hasPlaceholders ? { content: [], generic: [] } : reasonAfterConnective(facts.text);
    if (uncategorised.content.length >= 2) evidence.push(matched(uncategorised.content, "A reason is given."));
    else {
      if (uncategorised.generic.length > 0) evidence.push(matched(uncategorised.generic, "These words do not say what the problem is."));
      return { rating: "poor", evidence: [...evidence, missing("reason", WHY[l1])] };
    }
  }
  if (specific.length === 0 && hits.length > 0 && !explicit) {
    return { rating: "poor", evidence: [...evidence, missing("status", STATUS[l1]), missing("specific cause", WHY[l1])] };
  }
  const faults: NoteEvidence[] = [];
  if (!explicit) faults.push(missing("status", STATUS[l1]));
  if (specific.length === 0 && hits.length > 0) faults.push(missing("specific cause", "Name the specific cause (which product, which regulation, which system), not only the kind of reason."));
  if (facts.words < GREAT_MIN_WORDS.reasoned) faults.push(missing("detail", "Explain the reason in a sentence: what it is and why it stops the deployment."));
  const vague = findWords(facts.text, VAGUE_QUALIFIERS);
  if (vague.length > 0) faults.push(matched(vague, "Vague qualifiers leave the reason unspecified; name it."));
  return { rating: faults.length > 0 ? "marginal" : "great", evidence: [...evidence, ...faults] };
}

/** The content words after "because", "due to", ":" … that are not generic ("because of cloud/data/legal issues"). */
function reasonAfterConnective(text: string): { content: string[]; generic: string[] } {
  const connective = new RegExp(`(?<![a-z0-9])(?:${CONNECTIVES})(?![a-z0-9])|:`).exec(text);
  if (!connective) return { content: [], generic: [] };
  const words = text.slice(connective.index + connective[0].length).split(/[^a-z0-9-]+/).filter((w) => w.length > 0);
  const generic = new RegExp(`^(?:${GENERIC_WORDS})$`);
  return { content: words.filter((w) => w.length >= 3 && !generic.test(w)), generic: words.filter((w) => generic.test(w) && w.length >= 4) };
}

function rateInProgress(facts: NoteFacts): Rated {
  const progress = hitsOf(facts, ["in_progress"]).filter((h) => !h.category);
  const explicit = facts.cues.length > 0 || facts.negatedBlockers.length > 0;
  const usage = progress.filter((h) => /^(?:usage|active usage|au)$/.test(h.words));
  if (!explicit && progress.length > 0 && usage.length === progress.length) {
    return { rating: "poor", evidence: [matched(wordsOf(usage), "Usage figures alone are not enough for an Entitlement Status note."), missing("intent", "Say whether the customer is deploying or adopting, and where they are.")] };
  }
  if (!explicit && facts.engagement.length > 0) {
    return { rating: "poor", evidence: [matched(facts.engagement, "Engagement activity belongs in the Overall Status notes, not here."), missing("intent", "Say whether the customer is deploying or adopting the service.")] };
  }
  if (!explicit && progress.length === 0) return { rating: "poor", evidence: [missing("intent", "Say whether the customer is deploying or adopting the service, and where they are.")] };
  const detail = progress.length > 0 || /\d/.test(facts.text);
  const faults: NoteEvidence[] = [];
  if (!explicit) faults.push(missing("intent", 'Say plainly that the customer is moving forward, e.g. "Customer is deploying…".'));
  if (!detail || facts.words < GREAT_MIN_WORDS.inProgress) faults.push(missing("phase", "Say where the customer is: the phase of deployment or what they are working on."));
  return { rating: faults.length > 0 ? "marginal" : "great", evidence: faults };
}

function rateStatusUnknown(facts: NoteFacts): Rated {
  const unresponsive = facts.l2Hits.customer_unresponsive.length > 0 || facts.cues.some((h) => /unresponsive|respon|repl|reach|contact/.test(h.words));
  if (unresponsive) {
    const attempts = findWords(facts.text, UNRESPONSIVE_PARTS.attempts);
    const count = findWords(facts.text, UNRESPONSIVE_PARTS.count);
    const managed = findWords(facts.text, UNRESPONSIVE_PARTS.managed);
    const evidence: NoteEvidence[] = [];
    if (attempts.length + count.length + managed.length > 0) evidence.push(matched([...attempts, ...count, ...managed], "The contact attempts are described."));
    if (count.length === 0) evidence.push(missing("number of attempts", "Say how many contact attempts were made, and to whom."));
    if (managed.length === 0) evidence.push(missing("managed or unmanaged", "Say whether the account is managed or unmanaged."));
    const rating = count.length > 0 && managed.length > 0 ? "great" : attempts.length + count.length + managed.length > 0 ? "marginal" : "poor";
    return { rating, evidence };
  }
  const purchase = facts.l2Hits.new_subscription_or_workload;
  if (purchase.length > 0) {
    const specifics = /\d|january|february|march|april|may|june|july|august|september|october|november|december/.test(facts.text);
    if (specifics && facts.words >= GREAT_MIN_WORDS.unknown) return { rating: "great", evidence: [] };
    const evidence = [missing("what was bought", "Say what was added (licences, workload, when) and what is known about intent.")];
    return { rating: facts.words >= 4 ? "marginal" : "poor", evidence };
  }
  if (facts.engagement.length > 0) {
    return { rating: "poor", evidence: [matched(facts.engagement, "Engagement activity belongs in the Overall Status notes, not here."), missing("intent", "Say what is known about the customer's intent and why it is unknown.")] };
  }
  const evidence = [missing("why unknown", "Say why the intent is unknown: how many contact attempts, to whom, managed or unmanaged.")];
  return { rating: facts.words >= 6 ? "marginal" : "poor", evidence };
}

function rateDuplicate(facts: NoteFacts): Rated {
  const specific = findWords(facts.text, DUPLICATE_REASONS.specific);
  const vague = findWords(facts.text, DUPLICATE_REASONS.vague);
  const why = missing("why", "Say why the entitlements are a duplicate or invalid: which tenant it duplicates (name, TPID), a double licence count, a test tenant…");
  if (specific.length > 0 && facts.words >= GREAT_MIN_WORDS.duplicate) return { rating: "great", evidence: [matched(specific, "Says why it is a duplicate or invalid.")] };
  if (specific.length > 0 || vague.length > 0) return { rating: "marginal", evidence: [matched([...specific, ...vague], "Hints at why, without the details."), why] };
  return { rating: "poor", evidence: [why] };
}
