import { useQuery } from "@tanstack/react-query";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import section from "../../components/section.module.css";
import { useLabeler } from "../catalogs/catalog-queries.ts";
import { useCurrentUser } from "../session/session-queries.ts";
import notes from "../notes/notes-section.module.css";
import { latestNotesQuery } from "./library-queries.ts";
import { LibraryNote } from "./library-note.tsx";
import { activeFilterCount, isSystemNote, LATEST_LIMIT, type LibrarySearch } from "./library-search.ts";
import { onListKeys } from "./list-keys.ts";

/** The newest notes of every tenant the reader may read, newest first, filtered as the URL says. */
export function LatestNotes({ search }: { search: LibrarySearch }) {
  const latest = useQuery(latestNotesQuery(search));
  const serviceLabel = useLabeler("services");
  const me = useCurrentUser();
  const now = new Date();
  if (latest.isError) return <ProblemPanel error={latest.error} onRetry={() => void latest.refetch()} retrying={latest.isFetching} />;
  if (!latest.data) return <p role="status" className={section.muted}>Loading the latest notes…</p>;
  const items = search.author === "system" ? latest.data.items.filter(isSystemNote) : latest.data.items;
  return (
    <>
      <p role="status" className={section.muted}>
        {items.length === 1 ? "1 note" : `${items.length} notes`}
        {activeFilterCount(search) > 0 ? " matching the filters" : ""}, newest first
        {latest.data.items.length >= LATEST_LIMIT && ` (the newest ${LATEST_LIMIT}; narrow the filters to see older ones)`}
        {search.author === "system" && " — system messages among the newest notes"}.
      </p>
      {items.length === 0 ? (
        <div className={section.empty}>
          <p className={section.emptyTitle}>{activeFilterCount(search) > 0 ? "No note matches these filters." : "No notes yet on the tenants you may read."}</p>
        </div>
      ) : (
        <ul className={notes.notes} aria-label="Latest notes" aria-busy={latest.isFetching} onKeyDown={onListKeys}>
          {items.map((note) => <LibraryNote key={note.id} note={note} serviceLabel={serviceLabel} myId={me?.id} now={now} />)}
        </ul>
      )}
    </>
  );
}
