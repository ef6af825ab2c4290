import { useQuery } from "@tanstack/react-query";
import type { TDraft, TNote, TTenant } from "@waymark/contracts";
import { useState } from "react";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import type { TNoteListParams } from "../../lib/api.ts";
import { sameDraft } from "../../lib/session-draft.ts";
import { useSessionDraft } from "../../lib/session-draft-hook.ts";
import { SessionDraftNote } from "../../lib/session-draft-note.tsx";
import { useLabeler } from "../catalogs/catalog-queries.ts";
import { DraftsPanel } from "./drafts-panel.tsx";
import { type ComposerState, newComposer, NoteComposer } from "./note-composer.tsx";
import { hasFilters, NoteFilters } from "./note-filters.tsx";
import { NoteItem } from "./note-item.tsx";
import { emptyForm, excerpt, formFrom } from "./notes.ts";
import { draftsQuery, notesQuery } from "./notes-queries.ts";
import styles from "./notes-section.module.css";
import { Announcement } from "../../components/announcement.tsx";
import { TaskPrefillOffer } from "./task-prefill-offer.tsx";
import { useTaskPrefill } from "./use-task-prefill.ts";

/**
 * The tenant's notes: write, edit as new versions, keep drafts, and read the latest notes with filters. A reader who
 * may not change the tenant (`canWrite` false) only reads them.
 */
export function NotesSection({ tenant, canWrite }: { tenant: TTenant; canWrite: boolean }) {
  const [filter, setFilter] = useState<TNoteListParams>({});
  // The editor's content is kept in the tab until saved, so a page reload loses nothing typed (a category alone is not kept).
  const composerDraft = useSessionDraft<ComposerState>(`note:${tenant.id}`, newComposer(), { isEmpty: untouchedComposer });
  const composer = composerDraft.value;
  const setComposer = composerDraft.set;
  const [announcement, setAnnouncement] = useState("");
  const notes = useQuery(notesQuery(tenant.id, filter));
  const drafts = useQuery({ ...draftsQuery, enabled: canWrite });
  const catalogServiceLabel = useLabeler("services");
  const services = tenant.services.map((service) => ({ value: service.service, label: service.serviceLabel }));
  const serviceLabel = (code: string) => services.find((service) => service.value === code)?.label ?? catalogServiceLabel(code);
  const items = notes.data?.items ?? [];

  const focusComposer = () => requestAnimationFrame(() => document.getElementById("note-composer-title")?.closest("form")?.querySelector("textarea")?.focus());

  const edit = (note: TNote) => {
    setComposer({ form: formFrom(note), editing: note, draftId: null });
    setAnnouncement(`Editing the ${excerpt(note.body, 40)} note in the editor above.`);
    focusComposer();
  };

  const restore = (draft: TDraft) => {
    setComposer({ form: formFrom(draft), editing: null, draftId: draft.id });
    setAnnouncement(`Draft restored into the editor: “${excerpt(draft.body, 50)}”.`);
    focusComposer();
  };

  const prefill = useTaskPrefill({
    tenant,
    canWrite,
    composer,
    setComposer,
    drafts: drafts.data,
    draftsSettled: drafts.data !== undefined || drafts.isError,
    announce: setAnnouncement,
    focusComposer,
  });

  const removed = (draftId: string) => setComposer((current) => (current.draftId === draftId ? { ...current, draftId: null } : current));

  return (
    <section className={styles.section} aria-labelledby="notes-heading">
      <div className={styles.header}>
        <h2 id="notes-heading" tabIndex={-1} className={styles.title}>
          Notes {notes.data && <span className={styles.count}>({items.length}{hasFilters(filter) ? " matching" : ""})</span>}
        </h2>
      </div>
      <Announcement message={announcement} onDismiss={() => setAnnouncement("")} />
      {prefill.offer !== null && <TaskPrefillOffer taskId={prefill.offer} onUse={prefill.acceptOffer} onIgnore={prefill.ignoreOffer} />}
      {canWrite && <SessionDraftNote draft={composerDraft} onDiscard={() => composerDraft.clear(newComposer())} />}
      {canWrite ? (
        <div className={styles.workspace}>
          <NoteComposer tenant={tenant} state={composer} onChange={setComposer} drafts={drafts.data} onAnnounce={setAnnouncement} />
          <DraftsPanel tenantId={tenant.id} restoredId={composer.draftId} onRestore={restore} onAnnounce={setAnnouncement} onRemoved={removed} />
        </div>
      ) : (
        <p className={styles.hint}>Read-only: you can read this tenant's notes but not write or edit them.</p>
      )}
      <h3 className={styles.listTitle}>Latest notes, newest first</h3>
      <NoteFilters filter={filter} onChange={setFilter} services={services} />
      {notes.isError ? (
        <ProblemPanel error={notes.error} onRetry={() => void notes.refetch()} retrying={notes.isFetching} />
      ) : !notes.data ? (
        <p role="status" className={styles.hint}>
          Loading notes…
        </p>
      ) : items.length === 0 ? (
        <div className={styles.empty}>
          <p className={styles.emptyTitle}>{hasFilters(filter) ? "No note matches these filters." : "No notes on this tenant yet."}</p>
          {hasFilters(filter) ? (
            <Button size="small" onPress={() => setFilter({})}>
              Clear filters
            </Button>
          ) : (
            <p className={styles.hint}>{canWrite ? "Notes written above are listed here, newest first." : "Notes are listed here, newest first, once someone writes one."}</p>
          )}
        </div>
      ) : (
        <ul className={styles.notes} aria-label="Notes" aria-busy={notes.isFetching}>
          {items.map((note) => (
            <NoteItem key={note.id} tenantId={tenant.id} note={note} serviceLabel={serviceLabel} isEditing={composer.editing?.id === note.id} onEdit={canWrite ? edit : undefined} />
          ))}
        </ul>
      )}
    </section>
  );
}

function untouchedComposer(composer: ComposerState): boolean {
  return composer.editing === null && composer.draftId === null && sameDraft({ ...composer.form, category: "" }, { ...emptyForm(), category: "" });
}
