import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import type { TDuplicateConfirmed, TTenant } from "@waymark/contracts";
import { useEffect, useRef, useState } from "react";
import { Announcement } from "../../components/announcement.tsx";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import sectionStyles from "../../components/section.module.css";
import { findingsQuery } from "../findings/findings-queries.ts";
import { CandidateItem } from "./candidate-item.tsx";
import { type DuplicateLink, duplicateCheckOpen, duplicateOfTenant, hiddenSentence, rankCandidates } from "./duplicates.ts";
import { duplicateCandidatesQuery } from "./duplicates-queries.ts";
import styles from "./duplicates-section.module.css";

type DuplicatesSectionProps = { tenant: TTenant; canWrite: boolean };

/**
 * Tenants that may be the same organisation (seed 003): open by itself while the Gateway waits for the duplicate
 * check before first contact, behind "Check for duplicates" otherwise.
 */
export function DuplicatesSection({ tenant, canWrite }: DuplicatesSectionProps) {
  const findings = useQuery(findingsQuery(tenant.id, "open"));
  // Kept with the tenant's id: the page stays mounted when j/k opens another tenant.
  const [requestedFor, setRequestedFor] = useState<string | null>(null);
  const [confirmedHere, setConfirmedHere] = useState<{ tenantId: string; winner: DuplicateLink } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [focusHeading, setFocusHeading] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const duplicateOf = duplicateOfTenant(tenant) ?? (confirmedHere?.tenantId === tenant.id ? confirmedHere.winner : null);
  const requested = requestedFor === tenant.id;
  const checkDue = duplicateCheckOpen(findings.data?.items ?? []);
  const expanded = !duplicateOf && (requested || checkDue);
  const candidates = useQuery({ ...duplicateCandidatesQuery(tenant.id), enabled: expanded });

  // The dialog and the list it came from are gone once confirmed: focus goes to the section, where the outcome is said.
  useEffect(() => {
    if (!focusHeading) return;
    headingRef.current?.focus();
    setFocusHeading(false);
  }, [focusHeading]);

  const confirmed = (result: TDuplicateConfirmed) => {
    setConfirmedHere({ tenantId: tenant.id, winner: result.winner });
    setAnnouncement(result.messages.join(" "));
    setFocusHeading(true);
  };

  return (
    <section className={sectionStyles.section} aria-labelledby="duplicates-heading">
      <div className={sectionStyles.header}>
        <h2 id="duplicates-heading" ref={headingRef} tabIndex={-1} className={sectionStyles.title}>
          Possible duplicates {candidates.data && expanded && <span className={sectionStyles.count}>({candidates.data.items.length})</span>}
        </h2>
        {!duplicateOf && !expanded && (
          <Button size="small" aria-expanded={false} aria-controls="duplicates-body" onPress={() => setRequestedFor(tenant.id)}>
            Check for duplicates
          </Button>
        )}
      </div>
      <Announcement message={announcement} onDismiss={() => setAnnouncement("")} />
      <div id="duplicates-body" className={styles.body}>
        {duplicateOf ? (
          <p className={styles.linked}>
            This tenant is a duplicate of{" "}
            <Link to="/tenants/$tenantId" params={{ tenantId: duplicateOf.id }}>
              {duplicateOf.name}
            </Link>
            . Its services are Duplicate/Invalid and it is worked with that tenant.
          </p>
        ) : !expanded ? (
          <p className={sectionStyles.muted}>Compares the TPID, the company name, its variants and abbreviations with every other tenant.</p>
        ) : candidates.isError ? (
          <ProblemPanel error={candidates.error} onRetry={() => void candidates.refetch()} retrying={candidates.isFetching} />
        ) : !candidates.data ? (
          <p role="status" className={sectionStyles.muted}>
            Looking for tenants with the same TPID or a similar name…
          </p>
        ) : (
          <>
            {checkDue && <p className={sectionStyles.muted}>The Gateway asks for this check before anyone is contacted.</p>}
            {candidates.data.items.length === 0 ? (
              <div className={sectionStyles.empty}>
                <p className={sectionStyles.emptyTitle}>No candidates: no tenant shares the TPID or a similar name.</p>
              </div>
            ) : (
              <ul className={styles.list} aria-label="Duplicate candidates, best first">
                {rankCandidates(candidates.data.items).map((candidate) => (
                  <CandidateItem key={candidate.id} tenant={tenant} candidate={candidate} canWrite={canWrite} onConfirmed={confirmed} />
                ))}
              </ul>
            )}
            {hiddenSentence(candidates.data.hidden) && <p className={styles.hidden}>{hiddenSentence(candidates.data.hidden)}</p>}
            {!canWrite && candidates.data.items.length > 0 && (
              <p className={sectionStyles.muted}>Read-only: only someone assigned to this tenant with edit access can confirm a duplicate.</p>
            )}
          </>
        )}
      </div>
    </section>
  );
}
