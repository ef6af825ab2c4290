import type { TReferralMatch } from "@waymark/contracts";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import sectionStyles from "../../components/section.module.css";
import styles from "./referrals.module.css";

type ReferralPreviewProps = { match: TReferralMatch | undefined; error: unknown; isFetching: boolean; ready: boolean; onRetry: () => void };

/** "Who would get it": the partners a referral would go to now, each with why, and whether that is 3, fewer or none. */
export function ReferralPreview({ match, error, isFetching, ready, onRetry }: ReferralPreviewProps) {
  return (
    <section className={styles.preview} aria-labelledby="referral-preview-heading" aria-busy={isFetching}>
      <h3 id="referral-preview-heading" className={styles.previewTitle}>
        Who would get it {isFetching && <span className={sectionStyles.count}>(updating…)</span>}
      </h3>
      {!ready ? (
        <p className={sectionStyles.muted}>Pick the need (and for ACM the service type) to see the partners it would go to.</p>
      ) : error ? (
        <ProblemPanel error={error} onRetry={onRetry} retrying={isFetching} />
      ) : !match ? (
        <p role="status" className={sectionStyles.muted}>
          Finding partners…
        </p>
      ) : (
        <>
          <p role="status" className={match.state === "enough" ? styles.stateOk : styles.stateShort} data-state={match.state}>
            {match.message}
          </p>
          {match.partners.length > 0 && (
            <ol className={styles.partners} aria-label="Partners it would go to">
              {match.partners.map((partner) => (
                <li key={partner.partnerId}>
                  <strong>{partner.name}</strong>
                  <ul className={styles.reasons}>
                    {partner.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
