import { useQuery } from "@tanstack/react-query";
import type { TNote } from "@waymark/contracts";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { noteHistoryQuery, useRefreshNotes } from "./notes-queries.ts";
import styles from "./notes-section.module.css";

type ConflictPanelProps = { tenantId: string; noteId: string; error: unknown; onReapply: (latest: TNote) => void };

/** The note was edited meanwhile: shows the current version beside the person's own text, which stays in the form. */
export function ConflictPanel({ tenantId, noteId, error, onReapply }: ConflictPanelProps) {
  const history = useQuery({ ...noteHistoryQuery(tenantId, noteId), staleTime: 0 });
  const refresh = useRefreshNotes(tenantId);
  const latest = history.data?.items.at(-1);

  const reapply = async () => {
    await refresh();
    if (latest) onReapply(latest);
  };

  return (
    <ProblemPanel error={error}>
      <p className={styles.panelNote}>
        <strong>Edited meanwhile.</strong> Your text is still in the form.
      </p>
      {history.isError ? (
        <ProblemPanel error={history.error} onRetry={() => void history.refetch()} retrying={history.isFetching} />
      ) : !latest ? (
        <p className={styles.hint}>Loading the current version…</p>
      ) : (
        <>
          <p className={styles.panelNote}>
            The current version, by {latest.authorName ?? "a former user"} on <time dateTime={latest.createdAt}>{formatDateTime(latest.createdAt)}</time>:
          </p>
          <blockquote className={styles.quote}>{latest.body}</blockquote>
          <Button size="small" onPress={() => void reapply()}>
            Reload and re-apply my edit
          </Button>
        </>
      )}
    </ProblemPanel>
  );
}
