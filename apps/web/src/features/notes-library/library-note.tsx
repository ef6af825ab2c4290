import { Link } from "@tanstack/react-router";
import type { TNote } from "@waymark/contracts";
import { formatDateTime } from "../../lib/format.ts";
import { categoryLabel } from "../notes/notes.ts";
import notes from "../notes/notes-section.module.css";
import { NextAction } from "../notes/next-action.tsx";
import facts from "../../components/facts.module.css";
import { headlineParts, isRecent, ownerText } from "./library-search.ts";
import { tenantTab } from "./tenant-link.ts";
import styles from "./notes-library.module.css";

type LibraryNoteProps = {
  note: TNote & { tenantName: string; headline?: string };
  serviceLabel: (code: string) => string;
  myId: string | undefined;
  now: Date;
};

/** One note across tenants: whose tenant, what, who and when, Recent and Escalated in words, and a way to its tenant's notes. */
export function LibraryNote({ note, serviceLabel, myId, now }: LibraryNoteProps) {
  const headingId = `library-note-${note.id}`;
  const owner = ownerText(note.nextActionOwnerId, myId);
  return (
    <li className={`${notes.note} ${styles.note}`} aria-labelledby={headingId} data-note-id={note.id}>
      <div className={notes.noteHeader}>
        <h2 id={headingId} className={notes.noteCategory}>
          <Link to="/tenants/$tenantId" params={{ tenantId: note.tenantId }} search={tenantTab("notes")} hash="notes-heading" className={styles.tenant}>
            {note.tenantName}
          </Link>
          <span aria-hidden="true"> · </span>
          {categoryLabel(note.category)}
        </h2>
        {isRecent(note.createdAt, now) && (
          <span className={styles.badge}>
            <span aria-hidden="true">● </span>Recent
          </span>
        )}
        {note.escalated && (
          <span className={notes.escalated}>
            <span aria-hidden="true">⚑ </span>Escalated
          </span>
        )}
        <span className={notes.noteMeta}>
          {note.authorName ?? (note.authorRuleId ? "System message (playbook rule)" : "A former user")} ·{" "}
          <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
        </span>
      </div>
      <dl className={facts.facts}>
        <div className={facts.fact}>
          <dt>Services</dt>
          <dd>{note.services.length > 0 ? note.services.map(serviceLabel).join(", ") : "Whole tenant"}</dd>
        </div>
        {note.hashtags.length > 0 && (
          <div className={facts.fact}>
            <dt>Hashtags</dt>
            <dd>{note.hashtags.join(" ")}</dd>
          </div>
        )}
      </dl>
      {note.headline ? (
        <p className={`${notes.noteBody} ${styles.headline}`}>
          {headlineParts(note.headline).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
        </p>
      ) : (
        <p className={notes.noteBody}>{note.body}</p>
      )}
      {note.nextAction && <NextAction text={note.nextAction} date={note.nextActionDate} owner={owner} />}
      <Link to="/tenants/$tenantId" params={{ tenantId: note.tenantId }} search={tenantTab("notes")} hash="notes-heading" className={styles.open} aria-describedby={headingId}>
        Open the tenant's notes
      </Link>
    </li>
  );
}
