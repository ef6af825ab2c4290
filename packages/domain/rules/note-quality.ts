// "Suggest" for Entitlement Status notes: rates a note great / marginal / poor and proposes the L1/L2 it describes,
// with the words that drove it. Transparent rules over keyword evidence (note-quality-signals.ts), deterministic.
// What makes a great note: reference/partner-playbook/status-guidance-entitlement-status-notes-partner.md — the
// intent (or lack of it) stated unambiguously, the "why" behind it, about two sentences; for an unresponsive customer
// the number of attempts and whether the account is managed. DESIGN decision 21.
import { L1_STATUSES, l1Label, type L1Status } from "../catalogs/l1-statuses.ts";
import { L2_REASONS, l2Label, type L2Reason } from "../catalogs/l2-reasons.ts";
import { countSentences, countWords, findWords, type Hit, matchSignals, normalizeNote, scoreOf, wordsOf } from "./note-quality-match.ts";
import { rateForL1, type NoteFacts, type Rated } from "./note-quality-rating.ts";
import { ENGAGEMENT_ACTIVITY, FTC_BENEFIT, HEDGES, L1_CUES, L2_KEYWORDS, PLACEHOLDERS } from "./note-quality-signals.ts";

export type NoteRating = "great" | "marginal" | "poor";
export type NoteConfidence = "high" | "medium" | "low";
export type NoteEvidence =
  | { kind: "matched"; words: string[]; explanation: string }
  | { kind: "missing"; part: string; explanation: string };
export type NoteQualityInput = { body: string; l1?: L1Status | null };
export type NoteSuggestion = { l1: L1Status; l2: L2Reason | null };
export type NoteClassification = { rating: NoteRating; suggested: NoteSuggestion | null; confidence: NoteConfidence; evidence: NoteEvidence[] };

/** A note longer than this says more than the status needs ("this is too much unneeded information"). */
export const NOTE_QUALITY_LIMITS = { maxSentences: 3, maxWords: 55, minScore: 1, minL2Score: 2 } as const;

type L1Score = { l1: L1Status; score: number; cues: Hit[]; negatedCues: Hit[]; l2: { code: L2Reason; score: number; hits: Hit[] }[] };

export function classifyNote(input: NoteQualityInput): NoteClassification {
  const chosen = input.l1 ?? null;
  const evidence: NoteEvidence[] = [];
  const placeholders = findWords(input.body.toLowerCase(), PLACEHOLDERS.replaceAll("\\b", ""));
  const text = normalizeNote(input.body.replace(new RegExp(PLACEHOLDERS, "gi"), " "));
  if (text === "" || !/[a-z]/.test(text)) {
    return { rating: "poor", suggested: null, confidence: "high", evidence: [...placeholderEvidence(placeholders), missingStatus()] };
  }

  const ftcOnly = findWords(text, `(?:no intent|not interested|declined)(?: to use| to leverage| in)? (?:the )?(?:${FTC_BENEFIT})`);
  const readable = ftcOnly.reduce((t, phrase) => t.replaceAll(phrase, " ".repeat(phrase.length)), text);
  if (ftcOnly.length > 0) {
    evidence.push({ kind: "matched", words: ftcOnly, explanation: "Declining FastTrack help is not the same as having no intent to use the service; this is not read as No Intent." });
  }

  const ranked = scoreL1s(readable, chosen);
  const top = ranked[0];
  const suggestedScore = top && top.score >= NOTE_QUALITY_LIMITS.minScore ? top : undefined;
  const l2 = suggestedScore?.l2.find((candidate) => candidate.score >= NOTE_QUALITY_LIMITS.minL2Score);
  const suggested: NoteSuggestion | null = suggestedScore ? { l1: suggestedScore.l1, l2: l2?.code ?? null } : null;

  for (const negated of ranked.flatMap((s) => s.negatedCues)) {
    evidence.push({ kind: "matched", words: [negated.words], explanation: `"${negated.words}" is negated here, so it does not count.` });
  }
  if (suggestedScore) {
    if (suggestedScore.cues.length > 0) {
      evidence.push({ kind: "matched", words: wordsOf(suggestedScore.cues), explanation: `These words state the status ${l1Label(suggestedScore.l1)}.` });
    }
    if (l2) evidence.push({ kind: "matched", words: wordsOf(l2.hits), explanation: `These words point to the reason ${l2Label(l2.code)}.` });
  }

  const confidence = confidenceOf(ranked, suggested);
  // A weak guess does not overrule the L1 the person chose: the note is then judged by what that L1 needs.
  const effective = chosen && (confidence === "low" || !suggested) ? chosen : (suggested?.l1 ?? chosen);
  if (!effective) return { rating: "poor", suggested: null, confidence: "low", evidence: [...evidence, ...placeholderEvidence(placeholders), missingStatus()] };

  const facts: NoteFacts = {
    text: readable,
    words: countWords(readable),
    sentences: countSentences(input.body),
    cues: ranked.find((s) => s.l1 === effective)?.cues ?? [],
    negatedBlockers: ranked.find((s) => s.l1 === "blocked")?.negatedCues ?? [],
    l2Hits: Object.fromEntries(ranked.flatMap((s) => s.l2.map((r) => [r.code, r.hits]))) as Record<L2Reason, Hit[]>,
    engagement: findWords(readable, ENGAGEMENT_ACTIVITY),
    hasPlaceholders: placeholders.length > 0,
  };
  const rated = rateForL1(effective, facts);
  const readsAs = wordsOf([...(suggestedScore?.cues ?? []), ...(l2?.hits ?? [])]);
  const capped = applyCaps(rated, { ...facts, effective, chosen, suggested, readsAs, confidence, placeholders, body: input.body });
  return { rating: capped.rating, suggested, confidence, evidence: withoutRepeats([...evidence, ...rated.evidence, ...capped.evidence]) };
}

/** The same words found twice (as the L2 and as the reason) are shown once, with the first explanation. */
function withoutRepeats(evidence: NoteEvidence[]): NoteEvidence[] {
  const seen = new Set<string>();
  return evidence.filter((item) => {
    if (item.kind === "missing" || item.explanation.startsWith("You chose")) return true;
    const key = [...item.words].sort().join("|");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function scoreL1s(text: string, chosen: L1Status | null): L1Score[] {
  const l2s = L2_REASONS.map((reason) => ({ reason, ...matchSignals(text, L2_KEYWORDS[reason.code]) }));
  const scores = L1_STATUSES.map(({ code }) => {
    const { hits, negated } = matchSignals(text, L1_CUES[code]);
    const l2 = l2s
      .filter((r) => r.reason.l1 === code)
      .map((r) => ({ code: r.reason.code, score: scoreOf(r.hits), hits: r.hits }))
      .sort((a, b) => b.score - a.score);
    return { l1: code, score: scoreOf(hits) + (l2[0]?.score ?? 0), cues: hits, negatedCues: negated, l2 };
  });
  // "No blockers" / "not blocked" says the work goes on.
  const progress = scores.find((s) => s.l1 === "in_progress");
  const blockedNegations = scores.find((s) => s.l1 === "blocked")?.negatedCues.filter((h) => /^block/.test(h.words)).length ?? 0;
  if (progress) progress.score += blockedNegations;
  const order = (l1: L1Status) => (l1 === chosen ? -1 : L1_STATUSES.findIndex((s) => s.code === l1));
  // On a tie, words that state the status outweigh a reason that only implies it.
  return scores.sort((a, b) => b.score - a.score || scoreOf(b.cues) - scoreOf(a.cues) || order(a.l1) - order(b.l1));
}

function confidenceOf(ranked: L1Score[], suggested: NoteSuggestion | null): NoteConfidence {
  if (!suggested) return "low";
  const [top, second] = ranked;
  const margin = (top?.score ?? 0) - (second?.score ?? 0);
  const hasL2 = suggested.l2 !== null || suggested.l1 === "duplicate_invalid";
  if ((top?.score ?? 0) >= 6 && margin >= 3 && hasL2) return "high";
  if ((top?.score ?? 0) >= 3 && margin >= 2) return "medium";
  return "low";
}

type CapFacts = NoteFacts & {
  effective: L1Status;
  chosen: L1Status | null;
  suggested: NoteSuggestion | null;
  /** The words behind the suggested L1/L2. */
  readsAs: string[];
  confidence: NoteConfidence;
  placeholders: string[];
  body: string;
};

/** Faults that keep a note from being great whatever its L1. */
function applyCaps(rated: Rated, facts: CapFacts): Rated {
  const evidence: NoteEvidence[] = [...placeholderEvidence(facts.placeholders)];
  const hedges = findWords(facts.text, HEDGES).filter((word) => !(word === "currently" && facts.effective === "in_progress"));
  if (hedges.length > 0) {
    evidence.push({ kind: "matched", words: hedges, explanation: 'Words like "for now", "currently" or "yet" leave the intent unclear; say plainly whether the customer intends to use the service.' });
  }
  if (/(?:^|\s)(?:of|to|for|because|due to|with|at|and)\s*[.:]?\s*$/i.test(facts.body.trim())) {
    evidence.push({ kind: "missing", part: "end of sentence", explanation: "The note stops mid-sentence; finish it." });
  }
  if (facts.sentences > NOTE_QUALITY_LIMITS.maxSentences || facts.words > NOTE_QUALITY_LIMITS.maxWords) {
    evidence.push({
      kind: "missing",
      part: "concision",
      explanation: `Too much information (${facts.sentences} sentences, ${facts.words} words): keep the status and its reason to about two sentences; meetings and next steps belong in the Overall Status notes.`,
    });
  }
  if (facts.chosen && facts.suggested && facts.suggested.l1 !== facts.chosen) {
    evidence.push({
      kind: "matched",
      words: facts.readsAs,
      explanation: `You chose ${l1Label(facts.chosen)}, but the note ${facts.confidence === "low" ? "rather reads" : "reads"} as ${l1Label(facts.suggested.l1)}: change the L1 or say why it is ${l1Label(facts.chosen)}.`,
    });
  }
  const rating = rated.rating === "great" && evidence.length > 0 ? "marginal" : rated.rating;
  return { rating, evidence };
}

function placeholderEvidence(placeholders: string[]): NoteEvidence[] {
  if (placeholders.length === 0) return [];
  return [{ kind: "matched", words: placeholders, explanation: "Template blanks are left in; replace them with the customer's own details." }];
}

function missingStatus(): NoteEvidence {
  return {
    kind: "missing",
    part: "status and reason",
    explanation: "Say the customer's intent or status (in progress, blocked, no intent, unresponsive, duplicate) and the reason why.",
  };
}

