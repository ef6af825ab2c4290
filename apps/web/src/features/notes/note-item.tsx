import type { TNote } from "@waymark/contracts";
import { Button } from "../../components/button.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { NoteHistory } from "./note-history.tsx";
import { categoryLabel } from "./notes.ts";
import styles from "./notes-section.module.css";
import { NextAction } from "./next-action.tsx";
import facts from "../../components/facts.module.css";

type NoteItemProps = {
  tenantId: string;
  note: TNote;
  serviceLabel: (code: string) => string;
  isEditing: boolean;
  /** Absent when the reader may not edit notes: no Edit button then. */
  onEdit: ((note: TNote) => void) | undefined;
};

/** One note, latest version: category, services, task, author and date, hashtags, next action and escalation as text. */
export function NoteItem({ tenantId, note, serviceLabel, isEditing, onEdit }: NoteItemProps) {
  const headingId = `note-${note.id}`;
  return (
    <li className={styles.note} aria-labelledby={headingId}>
      <div className={styles.noteHeader}>
        <h3 id={headingId} className={styles.noteCategory}>
          {categoryLabel(note.category)}
        </h3>
        {note.escalated && (
          <span className={styles.escalated}>
            <span aria-hidden="true">⚑ </span>Escalated
          </span>
        )}
        <span className={styles.noteMeta}>
          {note.authorName ?? (note.authorRuleId ? "Playbook rule" : "A former user")} ·{" "}
          <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
          {note.supersedesNoteId && " · edited"}
        </span>
      </div>
      <dl className={facts.facts}>
        <div className={facts.fact}>
          <dt>Services</dt>
          <dd>{note.services.length > 0 ? note.services.map(serviceLabel).join(", ") : "Whole tenant"}</dd>
        </div>
        {note.taskId !== null && (
          <div className={facts.fact}>
            <dt>Task</dt>
            <dd className="tabular">{note.taskId}</dd>
          </div>
        )}
        {note.hashtags.length > 0 && (
          <div className={facts.fact}>
            <dt>Hashtags</dt>
            <dd>{note.hashtags.join(" ")}</dd>
          </div>
        )}
      </dl>
      <p className={styles.noteBody}>{note.body}</p>
      {note.nextAction && <NextAction text={note.nextAction} date={note.nextActionDate} />}
      <NoteHistory tenantId={tenantId} note={note}>
        {onEdit && (
          <Button size="small" onPress={() => onEdit(note)} isDisabled={isEditing} aria-describedby={headingId}>
            {isEditing ? "Editing above" : "Edit"}
          </Button>
        )}
      </NoteHistory>
    </li>
  );
}
