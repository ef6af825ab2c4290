import { useQuery } from "@tanstack/react-query";
import type { TFinding } from "@waymark/contracts";
import { useState } from "react";
import { Disclosure, DisclosurePanel } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { useCurrentUser } from "../session/session-queries.ts";
import { findingsQuery } from "./findings-queries.ts";
import styles from "./findings-section.module.css";

type AcceptedFindingsProps = { tenantId: string; serviceLabel: (code: string | null) => string };

/** The findings people accepted as they stand, with who accepted each, when and why, behind a disclosure with their count. */
export function AcceptedFindings({ tenantId, serviceLabel }: AcceptedFindingsProps) {
  const [expanded, setExpanded] = useState(false);
  const accepted = useQuery(findingsQuery(tenantId, "accepted"));
  const user = useCurrentUser();
  const items = accepted.data?.items ?? [];

  const acceptedBy = (finding: TFinding) => {
    const name = finding.acceptedByName ?? "a former user";
    return user && finding.acceptedById === user.id ? `${name} (you)` : name;
  };

  return (
    <Disclosure className={styles.accepted} isExpanded={expanded} onExpandedChange={setExpanded}>
      <Button slot="trigger" variant="quiet" size="small" className={styles.acceptedToggle}>
        <span aria-hidden="true" className={styles.chevron}>
          {expanded ? "▾" : "▸"}
        </span>
        Accepted findings {accepted.data && <span className={styles.count}>({items.length})</span>}
      </Button>
      <DisclosurePanel className={styles.acceptedPanel}>
        {accepted.isError ? (
          <ProblemPanel error={accepted.error} onRetry={() => void accepted.refetch()} retrying={accepted.isFetching} />
        ) : !accepted.data ? (
          <p role="status" className={styles.muted}>
            Loading accepted findings…
          </p>
        ) : items.length === 0 ? (
          <p className={styles.muted}>No finding has been accepted as it stands on this tenant.</p>
        ) : (
          <ul className={styles.acceptedList} aria-label="Accepted findings">
            {items.map((finding) => (
                <li key={finding.id} className={styles.acceptedItem}>
                  <p className={styles.message}>{finding.message}</p>
                  <p className={styles.acceptedMeta}>
                    {serviceLabel(finding.service)} · accepted by {acceptedBy(finding)}
                    {finding.acceptedAt && (
                      <>
                        {" "}
                        on <time dateTime={finding.acceptedAt}>{formatDateTime(finding.acceptedAt)}</time>
                      </>
                    )}
                    {finding.ruleId && (
                      <>
                        {" "}
                        · rule <code className={styles.ruleId}>{finding.ruleId}</code>
                      </>
                    )}
                  </p>
                  <blockquote className={styles.reason}>
                    <span className="visually-hidden">Reason: </span>
                    {finding.acceptedReason ?? "No reason recorded"}
                  </blockquote>
                </li>
            ))}
          </ul>
        )}
      </DisclosurePanel>
    </Disclosure>
  );
}
