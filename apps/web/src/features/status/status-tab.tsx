import { useQuery } from "@tanstack/react-query";
import type { TTenant } from "@waymark/contracts";
import { Link } from "@tanstack/react-router";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { formatDate, formatDateTime } from "../../lib/format.ts";
import { findingsQuery } from "../findings/findings-queries.ts";
import { categoryLabel, excerpt } from "../notes/notes.ts";
import { notesQuery } from "../notes/notes-queries.ts";
import { OverallStatusText } from "../tenants/tenant-facts.tsx";
import { recentNotes, STATUS_TAB_NOTES, statusNoteAdvice } from "./status.ts";
import { StatusEditor } from "./status-editor.tsx";
import styles from "./status-tab.module.css";

const RECENT_DAYS = 30;
const SHOWN_NOTES = 5;

/** The tenant's overall status at a glance and its editor, then the notes of the last 30 days and the open findings. */
export function StatusTab({ tenant }: { tenant: TTenant }) {
  const notes = useQuery(notesQuery(tenant.id, { limit: STATUS_TAB_NOTES }));
  const findings = useQuery(findingsQuery(tenant.id, "open"));
  const now = new Date();
  const recent = notes.data ? recentNotes(notes.data.items, now, RECENT_DAYS) : [];
  const advice = notes.data ? statusNoteAdvice(tenant.overallStatus ?? "", notes.data.items, now) : null;
  const openFindings = findings.data?.items.length;

  return (
    <div className={styles.tab}>
      <section className={styles.block} aria-labelledby="overall-status-heading">
        <h2 id="overall-status-heading" className={styles.title}>
          Overall status
        </h2>
        <dl className={styles.facts}>
          <div className={styles.fact}>
            <dt>Overall status</dt>
            <dd>
              <OverallStatusText status={tenant.overallStatus} date={tenant.overallStatusDate} wrap />
            </dd>
          </div>
          <div className={styles.fact}>
            <dt>Engagement start</dt>
            <dd>{tenant.engagementStartDate ? formatDate(tenant.engagementStartDate) : <span className={styles.muted}>Not set</span>}</dd>
          </div>
          {tenant.enterpriseLevel !== null && (
            <div className={styles.fact}>
              <dt>Enterprise</dt>
              <dd>Enterprise customer, level {tenant.enterpriseLevel}</dd>
            </div>
          )}
        </dl>
        {advice && (
          <p id="overall-status-note" className={advice.tone === "due" ? styles.adviceDue : styles.advice}>
            <span aria-hidden="true">{advice.tone === "due" ? "⚠ " : "✓ "}</span>
            {advice.text}{" "}
            <Link to="/tenants/$tenantId" params={{ tenantId: tenant.id }} search={{ tab: "notes" }}>
              {tenant.access.canWrite ? "Write an Overall Status note in Notes" : "Open Notes"}
            </Link>
          </p>
        )}
        <StatusEditor tenant={tenant} />
      </section>

      <section className={styles.block} aria-labelledby="recent-notes-heading">
        <h2 id="recent-notes-heading" className={styles.title}>
          Notes of the last {RECENT_DAYS} days {notes.data && <span className={styles.count}>({recent.length})</span>}
        </h2>
        {notes.isError ? (
          <ProblemPanel error={notes.error} onRetry={() => void notes.refetch()} retrying={notes.isFetching} />
        ) : !notes.data ? (
          <p role="status" className={styles.muted}>
            Loading notes…
          </p>
        ) : recent.length === 0 ? (
          <p className={styles.muted}>No notes in the last {RECENT_DAYS} days.</p>
        ) : (
          <ul className={styles.list} aria-label={`Notes of the last ${RECENT_DAYS} days, newest first`}>
            {recent.slice(0, SHOWN_NOTES).map((note) => (
              <li key={note.id} className={styles.item}>
                <p className={styles.noteMeta}>
                  <strong>{categoryLabel(note.category)}</strong> · {note.authorName ?? (note.authorRuleId ? "Playbook rule" : "A former user")} ·{" "}
                  <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
                  {note.escalated && <span className={styles.escalated}>escalated</span>}
                </p>
                <p className={styles.noteBody}>{excerpt(note.body, 220)}</p>
              </li>
            ))}
          </ul>
        )}
        {recent.length > SHOWN_NOTES && (
          <p className={styles.muted}>
            {recent.length - SHOWN_NOTES} more in{" "}
            <Link to="/tenants/$tenantId" params={{ tenantId: tenant.id }} search={{ tab: "notes" }}>
              Notes
            </Link>
            .
          </p>
        )}
      </section>

      <section className={styles.block} aria-labelledby="open-findings-heading">
        <h2 id="open-findings-heading" className={styles.title}>
          Open findings
        </h2>
        {findings.isError ? (
          <ProblemPanel error={findings.error} onRetry={() => void findings.refetch()} retrying={findings.isFetching} />
        ) : (
          <p className={styles.findings}>
            {openFindings === undefined ? (
              <span role="status" className={styles.muted}>Counting open findings…</span>
            ) : (
              <Link to="/tenants/$tenantId" params={{ tenantId: tenant.id }} search={{ tab: "findings" }}>
                {openFindings === 0 ? "No open findings" : `${openFindings} open finding${openFindings === 1 ? "" : "s"}`}
              </Link>
            )}
          </p>
        )}
      </section>
    </div>
  );
}
