import { useQuery } from "@tanstack/react-query";
import type { TDraft } from "@waymark/contracts";
import { useState } from "react";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { categoryLabel, draftsOfTenant, excerpt } from "./notes.ts";
import { draftsQuery, useDeleteDraft, usePublishDraft } from "./notes-queries.ts";
import styles from "./notes-section.module.css";

type DraftsPanelProps = {
  tenantId: string;
  restoredId: string | null;
  onRestore: (draft: TDraft) => void;
  onAnnounce: (message: string) => void;
  /** A draft left the list (published or deleted), so the editor no longer updates it. */
  onRemoved: (draftId: string) => void;
};

/** The person's drafts on this tenant: restore into the editor, publish as they are, or delete; with the limit of ten. */
export function DraftsPanel({ tenantId, restoredId, onRestore, onAnnounce, onRemoved }: DraftsPanelProps) {
  const drafts = useQuery(draftsQuery);
  const remove = useDeleteDraft();
  const publish = usePublishDraft(tenantId);
  const [failed, setFailed] = useState<{ id: string; error: unknown } | null>(null);
  const mine = draftsOfTenant(drafts.data?.items ?? [], tenantId);
  const total = drafts.data?.items.length ?? 0;
  const max = drafts.data?.max ?? 10;
  const elsewhere = total - mine.length;

  const act = (draft: TDraft, action: "publish" | "delete") => {
    setFailed(null);
    const name = `“${excerpt(draft.body, 50)}”`;
    const onError = (error: unknown) => setFailed({ id: draft.id, error });
    const done = (message: string) => {
      onRemoved(draft.id);
      onAnnounce(message);
    };
    if (action === "publish") publish.mutate(draft.id, { onSuccess: () => done(`Draft published as a note: ${name}.`), onError });
    else remove.mutate(draft.id, { onSuccess: () => done(`Draft deleted: ${name}.`), onError });
  };

  return (
    <section className={styles.drafts} aria-labelledby="drafts-heading">
      <h3 id="drafts-heading" className={styles.composerTitle}>
        My drafts here {drafts.data && <span className={styles.count}>({mine.length})</span>}
      </h3>
      {drafts.data && (
        <p className={total >= max ? styles.limit : styles.hint}>
          {total >= max
            ? `You keep ${total} of ${max} drafts, the most one person may: publish or delete one to save another.`
            : `${total} of ${max} drafts kept`}
          {elsewhere > 0 && ` (${elsewhere} on other tenants)`}.
        </p>
      )}
      {drafts.isError ? (
        <ProblemPanel error={drafts.error} onRetry={() => void drafts.refetch()} retrying={drafts.isFetching} />
      ) : !drafts.data ? (
        <p role="status" className={styles.hint}>Loading drafts…</p>
      ) : mine.length === 0 ? (
        <p className={styles.hint}>No drafts on this tenant. "Save as draft" keeps a half-written note here, private to you.</p>
      ) : (
        <ul className={styles.draftList} aria-label="My drafts on this tenant">
          {mine.map((draft) => (
            <li key={draft.id} className={styles.draft}>
              <p className={styles.draftTitle}>
                {categoryLabel(draft.category)}: {excerpt(draft.body, 70)}
              </p>
              <p className={styles.noteMeta}>
                Saved <time dateTime={draft.createdAt}>{formatDateTime(draft.createdAt)}</time>
                {draft.id === restoredId && " · in the editor"}
              </p>
              <div className={styles.noteActions}>
                <Button size="small" onPress={() => onRestore(draft)} aria-label={`Restore draft “${excerpt(draft.body, 40)}” into the editor`}>
                  Restore
                </Button>
                <Button size="small" onPress={() => act(draft, "publish")} isDisabled={publish.isPending} aria-label={`Publish draft “${excerpt(draft.body, 40)}”`}>
                  Publish
                </Button>
                <Button size="small" variant="quiet" onPress={() => act(draft, "delete")} isDisabled={remove.isPending} aria-label={`Delete draft “${excerpt(draft.body, 40)}”`}>
                  Delete
                </Button>
              </div>
              {failed?.id === draft.id && <ProblemPanel error={failed.error} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
