import { useQuery } from "@tanstack/react-query";
import type { TNote } from "@waymark/contracts";
import { type ReactNode, useState } from "react";
import { Disclosure, DisclosurePanel } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { categoryLabel } from "./notes.ts";
import { noteHistoryQuery } from "./notes-queries.ts";
import styles from "./notes-section.module.css";

type NoteHistoryProps = { tenantId: string; note: TNote; children?: ReactNode };

/** Every version of a note, oldest first, loaded when opened; `children` are actions shown before its toggle. */
export function NoteHistory({ tenantId, note, children }: NoteHistoryProps) {
  const [expanded, setExpanded] = useState(false);
  const history = useQuery({ ...noteHistoryQuery(tenantId, note.id), enabled: expanded });
  const versions = history.data?.items ?? [];

  return (
    <Disclosure className={styles.history} isExpanded={expanded} onExpandedChange={setExpanded}>
      <div className={styles.noteActions}>
        {children}
        <Button slot="trigger" variant="quiet" size="small">
          <span aria-hidden="true" className={styles.chevron}>
            {expanded ? "▾" : "▸"}
          </span>
          History
        </Button>
      </div>
      <DisclosurePanel className={styles.historyPanel}>
        {history.isError ? (
          <ProblemPanel error={history.error} onRetry={() => void history.refetch()} retrying={history.isFetching} />
        ) : !history.data ? (
          <p role="status" className={styles.hint}>
            Loading the note's versions…
          </p>
        ) : (
          <ol className={styles.versions} aria-label={`Versions of the ${categoryLabel(note.category)} note, oldest first`}>
            {versions.map((version, index) => (
              <li key={version.id} className={styles.version}>
                <p className={styles.noteMeta}>
                  Version {index + 1}
                  {version.id === note.id ? " (current)" : ""} · {version.authorName ?? "A former user"} ·{" "}
                  <time dateTime={version.createdAt}>{formatDateTime(version.createdAt)}</time>
                  {version.escalated ? " · Escalated" : ""}
                </p>
                <p className={styles.noteBody}>{version.body}</p>
              </li>
            ))}
          </ol>
        )}
      </DisclosurePanel>
    </Disclosure>
  );
}
