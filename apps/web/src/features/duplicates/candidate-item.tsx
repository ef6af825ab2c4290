import type { TDuplicateCandidate, TDuplicateConfirmed, TTenant } from "@waymark/contracts";
import { Link } from "@tanstack/react-router";
import { countryName } from "../../lib/format.ts";
import { ConfirmDuplicateDialog } from "./confirm-duplicate-dialog.tsx";
import { likelyLabel } from "./duplicates.ts";
import styles from "./duplicates-section.module.css";

type CandidateItemProps = {
  tenant: TTenant;
  candidate: TDuplicateCandidate;
  canWrite: boolean;
  onConfirmed: (confirmed: TDuplicateConfirmed) => void;
};

/** One candidate: who it is, how sure the match is and why, who works it, and (with write access) confirming it. */
export function CandidateItem({ tenant, candidate, canWrite, onConfirmed }: CandidateItemProps) {
  const nameId = `duplicate-candidate-${candidate.id}`;
  return (
    <li className={styles.item} aria-labelledby={nameId}>
      <div className={styles.line}>
        <Link id={nameId} to="/tenants/$tenantId" params={{ tenantId: candidate.id }} className={styles.name}>
          {candidate.name}
        </Link>
        <span className={styles.meta}>
          {candidate.customerName !== candidate.name && `${candidate.customerName} · `}TPID <span className="tabular">{candidate.tpid}</span> ·{" "}
          {countryName(candidate.country)}
        </span>
        <span className={styles.score} data-likely={candidate.likely}>
          <span className="tabular">Score {candidate.score}</span> · {likelyLabel(candidate)}
        </span>
      </div>
      <ul className={styles.evidence} aria-label={`Why ${candidate.name} is a candidate`}>
        {candidate.evidence.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className={styles.meta}>{candidate.primaryFm ? `Worked by ${candidate.primaryFm.name} (primary FM)` : "No primary FM works it"}</p>
      {canWrite && (
        <div className={styles.actions}>
          <ConfirmDuplicateDialog tenant={tenant} winner={candidate} onConfirmed={onConfirmed} />
        </div>
      )}
    </li>
  );
}
