import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import type { TDraft } from "@waymark/contracts";
import { useState } from "react";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import section from "../../components/section.module.css";
import { formatDateTime } from "../../lib/format.ts";
import { categoryLabel, excerpt } from "../notes/notes.ts";
import { draftsQuery, useDeleteDraft } from "../notes/notes-queries.ts";
import notes from "../notes/notes-section.module.css";
import { onListKeys } from "./list-keys.ts";
import { tenantTab } from "./tenant-link.ts";
import styles from "./notes-library.module.css";

/** The reader's drafts on every tenant: finish one on its tenant's notes (restore it there), or discard it. */
export function MyDrafts({ onAnnounce }: { onAnnounce: (message: string) => void }) {
  const drafts = useQuery(draftsQuery);
  const discard = useDeleteDraft();
  const [failed, setFailed] = useState<{ id: string; error: unknown } | null>(null);
  if (drafts.isError) return <ProblemPanel error={drafts.error} onRetry={() => void drafts.refetch()} retrying={drafts.isFetching} />;
  if (!drafts.data) return <p role="status" className={section.muted}>Loading your drafts…</p>;
  const { items, max } = drafts.data;

  const remove = (draft: TDraft) => {
    setFailed(null);
    discard.mutate(draft.id, {
      onSuccess: () => onAnnounce(`Draft discarded: “${excerpt(draft.body, 50)}” on ${draft.tenantName}.`),
      onError: (error) => setFailed({ id: draft.id, error }),
    });
  };

  return (
    <>
      <p className={section.muted}>
        {items.length} of {max} drafts kept{items.length >= max ? ": the most one person may; finish or discard one to save another" : ""}. Drafts are private to you.
      </p>
      {items.length === 0 ? (
        <div className={section.empty}>
          <p className={section.emptyTitle}>No drafts.</p>
          <p className={section.muted}>"Save as draft" in a tenant's Notes keeps a half-written note here.</p>
        </div>
      ) : (
        <ul className={notes.notes} aria-label="My drafts" onKeyDown={onListKeys}>
          {items.map((draft) => {
            const titleId = `library-draft-${draft.id}`;
            return (
              <li key={draft.id} className={`${notes.note} ${styles.note}`} aria-labelledby={titleId}>
                <h2 id={titleId} className={notes.noteCategory}>
                  {draft.tenantName} · {categoryLabel(draft.category)}
                </h2>
                <p className={notes.noteBody}>{draft.body ? excerpt(draft.body, 200) : "(nothing written yet)"}</p>
                <p className={notes.noteMeta}>
                  Saved <time dateTime={draft.createdAt}>{formatDateTime(draft.createdAt)}</time>
                </p>
                <div className={notes.noteActions}>
                  <Link to="/tenants/$tenantId" params={{ tenantId: draft.tenantId }} search={tenantTab("notes")} hash="notes-heading" aria-describedby={titleId}>
                    Finish on {draft.tenantName}'s notes
                  </Link>
                  <Button size="small" variant="quiet" onPress={() => remove(draft)} isDisabled={discard.isPending} aria-label={`Discard draft “${excerpt(draft.body, 40)}” on ${draft.tenantName}`}>
                    Discard
                  </Button>
                </div>
                {failed?.id === draft.id && <ProblemPanel error={failed.error} />}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
