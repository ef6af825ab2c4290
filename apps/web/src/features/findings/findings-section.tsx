import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { TFinding, TTenant } from "@waymark/contracts";
import { useEffect, useRef, useState } from "react";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { useLabeler } from "../catalogs/catalog-queries.ts";
import { AcceptedFindings } from "./accepted-findings.tsx";
import { acceptButtonId, FindingItem } from "./finding-item.tsx";
import { displayOrder, groupByService, neighbourOf, ruleKey, ruleSentences } from "./findings.ts";
import { findingRulesQuery, findingsQuery, useRefreshFindings } from "./findings-queries.ts";
import styles from "./findings-section.module.css";
import { Announcement } from "../../components/announcement.tsx";

/** Focus waits for the removed finding to leave the list, then goes to its neighbour (or the heading when none is left). */
type FocusRequest = { removedId: string; target: string | null };

/**
 * What the playbooks ask a person to look at or decide on this tenant: data-quality gaps and prompts for a role,
 * grouped by service with the tenant-level ones first. Each can be accepted as it stands, with a reason.
 */
export function FindingsSection({ tenant, canWrite }: { tenant: TTenant; canWrite: boolean }) {
  const queryClient = useQueryClient();
  const open = useQuery(findingsQuery(tenant.id, "open"));
  const rules = useQuery(findingRulesQuery(tenant.id));
  const refresh = useRefreshFindings(tenant.id);
  const serviceCatalogLabel = useLabeler("services");
  const [announcement, setAnnouncement] = useState("");
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const serviceLabel = (code: string | null) =>
    code === null ? "Whole tenant" : (tenant.services.find((service) => service.service === code)?.serviceLabel ?? serviceCatalogLabel(code));
  const groups = groupByService(open.data?.items ?? [], tenant.services.map((service) => service.service));
  const ordered = displayOrder(groups);
  const sentences = ruleSentences(rules.data?.items ?? []);

  useEffect(() => {
    if (!focusRequest || ordered.some((finding) => finding.id === focusRequest.removedId)) return;
    const next = focusRequest.target === null ? null : document.getElementById(acceptButtonId(focusRequest.target));
    (next ?? headingRef.current)?.focus();
    setFocusRequest(null);
  });

  const accepted = (finding: TFinding) => {
    setFocusRequest({ removedId: finding.id, target: neighbourOf(ordered, finding.id) });
    setAnnouncement(`Accepted as it stands and moved to Accepted findings: “${finding.message}”`);
  };

  // After a conflict the finding is no longer open; once the refreshed list drops it, focus moves on as after an accept.
  const reloadAfterConflict = async (findingId: string) => {
    const finding = ordered.find((candidate) => candidate.id === findingId);
    setFocusRequest({ removedId: findingId, target: neighbourOf(ordered, findingId) });
    await refresh();
    const stillOpen = queryClient.getQueryData(findingsQuery(tenant.id, "open").queryKey)?.items.some((item) => item.id === findingId);
    if (stillOpen) setFocusRequest((current) => (current?.removedId === findingId ? null : current));
    else if (finding) setAnnouncement(`The findings are up to date. No longer open (accepted or closed meanwhile): “${finding.message}”`);
  };

  return (
    <section className={styles.section} aria-labelledby="findings-heading">
      <div className={styles.header}>
        <h2 id="findings-heading" ref={headingRef} tabIndex={-1} className={styles.title}>
          Findings {open.data && <span className={styles.count}>({ordered.length} open)</span>}
        </h2>
      </div>
      <Announcement message={announcement} onDismiss={() => setAnnouncement("")} />
      {open.isError ? (
        <ProblemPanel error={open.error} onRetry={() => void open.refetch()} retrying={open.isFetching} />
      ) : !open.data ? (
        <p role="status" className={styles.muted}>
          Loading findings…
        </p>
      ) : ordered.length === 0 ? (
        <div className={styles.empty}>
          <p className={styles.emptyTitle}>No findings: nothing the playbooks need from a person right now.</p>
          <p className={styles.muted}>When a rule finds a gap in the data or a decision for a role, it is listed here with why.</p>
        </div>
      ) : (
        <div className={styles.groups}>
          {groups.map((group) => {
            const headingId = `findings-group-${group.service ?? "tenant"}`;
            return (
              <div key={group.service ?? ""} className={styles.group}>
                <h3 id={headingId} className={styles.groupTitle}>
                  {serviceLabel(group.service)} <span className={styles.count}>({group.findings.length})</span>
                </h3>
                <ul className={styles.list} aria-labelledby={headingId}>
                  {group.findings.map((finding) => (
                    <FindingItem
                      key={finding.id}
                      tenantId={tenant.id}
                      finding={finding}
                      rule={finding.ruleId ? sentences.get(ruleKey(finding.service, finding.ruleId)) : undefined}
                      canAccept={canWrite}
                      onAccepted={accepted}
                      onReload={reloadAfterConflict}
                    />
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      )}
      {rules.isError && open.data && ordered.length > 0 && (
        <p className={styles.muted}>The rules' sentences could not be loaded; each finding still names its rule.</p>
      )}
      <AcceptedFindings tenantId={tenant.id} serviceLabel={serviceLabel} />
    </section>
  );
}
