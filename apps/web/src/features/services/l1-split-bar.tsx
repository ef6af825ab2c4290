import { Fragment } from "react";
import { formatCount } from "../../lib/format.ts";
import { splitDescription, splitText, type SplitPart } from "./l1-split.ts";
import styles from "./l1-split-bar.module.css";

type SplitProps = { parts: SplitPart[]; effective: number };

/** The split as text (the primary signal) plus a stacked bar whose accessible name carries the same numbers. */
export function L1Split({ parts, effective }: SplitProps) {
  const allocated = parts.reduce((sum, part) => sum + part.count, 0);
  if (parts.length === 0) return <span className={styles.none}>No split recorded</span>;
  const base = Math.max(allocated, effective, 1);
  return (
    <div className={styles.split}>
      {/* Each "count label" stays on one line; the text reads exactly as splitText() gives it. */}
      <span className={styles.text} title={splitText(parts)}>
        {parts.map((part, index) => (
          <Fragment key={part.l1}>
            {index > 0 && " · "}
            <span className={styles.part}>
              {formatCount(part.count)} {part.label}
            </span>
          </Fragment>
        ))}
      </span>
      <span role="img" aria-label={splitDescription(parts, effective)} className={styles.bar}>
        {parts.map((part) => (
          <span
            key={part.l1}
            className={`${styles.segment} ${styles[part.l1] ?? styles.other}`}
            style={{ width: `${(part.count / base) * 100}%` }}
          />
        ))}
      </span>
      {allocated !== effective && (
        <span className={styles.mismatch}>
          Split totals {formatCount(allocated)} of {formatCount(effective)}
        </span>
      )}
    </div>
  );
}
