import { useQuery } from "@tanstack/react-query";
import type { TNoteSuggestRequest } from "@waymark/contracts";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { evidenceLines, RATING_TEXT } from "./notes.ts";
import { suggestQuery } from "./notes-queries.ts";
import styles from "./notes-section.module.css";
import facts from "../../components/facts.module.css";

type SuggestPanelProps = {
  request: TNoteSuggestRequest | null;
  chosenL1: string | null;
  onSuggest: () => void;
  onUseL1: (l1: string) => void;
};

/** FTOP's "Suggest" for Entitlement Status notes: the rating in words and an icon, the L1/L2 the words describe, and why. */
export function SuggestPanel({ request, chosenL1, onSuggest, onUseL1 }: SuggestPanelProps) {
  const suggestion = useQuery(suggestQuery(request));
  const result = suggestion.data;
  const rating = result && RATING_TEXT[result.rating];

  return (
    <div className={styles.suggest}>
      <div className={styles.suggestHeader}>
        <Button size="small" onPress={onSuggest}>
          Suggest
        </Button>
        <span className={styles.hint}>Rates the note as you type; Suggest checks it now.</span>
      </div>
      <div role="status" aria-live="polite" className={styles.suggestResult}>
        {suggestion.isError ? (
          <ProblemPanel error={suggestion.error} onRetry={() => void suggestion.refetch()} retrying={suggestion.isFetching} />
        ) : !request ? (
          <p className={styles.hint}>Write the note to have it rated.</p>
        ) : !result || !rating ? (
          <p className={styles.hint}>Rating the note…</p>
        ) : (
          <>
            <p className={`${styles.rating} ${styles[`rating_${result.rating}`]}`}>
              <span aria-hidden="true" className={styles.ratingIcon}>
                {rating.icon}
              </span>
              <span>
                Rated <strong>{rating.word}</strong>: {rating.meaning}
                {suggestion.isFetching && <span className={styles.hint}> (checking the latest text…)</span>}
              </span>
            </p>
            <dl className={facts.facts}>
              <div className={facts.fact}>
                <dt>Suggested</dt>
                <dd>
                  {result.suggested ? [result.suggested.l1Label, result.suggested.l2Label].filter(Boolean).join(" / ") : "No L1 recognised in the text"}
                </dd>
              </div>
              <div className={facts.fact}>
                <dt>Confidence</dt>
                <dd>{result.confidence}</dd>
              </div>
            </dl>
            {result.suggested && result.suggested.l1 !== chosenL1 && (
              <Button size="small" onPress={() => result.suggested && onUseL1(result.suggested.l1)}>
                File under {result.suggested.l1Label}
              </Button>
            )}
            {result.evidence.length > 0 && (
              <ul className={styles.evidence} aria-label="Evidence">
                {evidenceLines(result.evidence).map((line) => (
                  <li key={line.key}>
                    <strong>{line.label}</strong>: {line.explanation}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  );
}
