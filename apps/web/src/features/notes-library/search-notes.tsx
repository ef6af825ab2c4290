import { useQuery } from "@tanstack/react-query";
import type { TNoteSearchResult } from "@waymark/contracts";
import type { ReactNode } from "react";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { SearchBox } from "../../components/search-box.tsx";
import section from "../../components/section.module.css";
import { formatCount } from "../../lib/format.ts";
import { useLabeler } from "../catalogs/catalog-queries.ts";
import { useCurrentUser } from "../session/session-queries.ts";
import notes from "../notes/notes-section.module.css";
import { noteSearchQuery } from "./library-queries.ts";
import { LibraryNote } from "./library-note.tsx";
import { isSystemNote, type LibrarySearch } from "./library-search.ts";
import { onListKeys } from "./list-keys.ts";
import styles from "./notes-library.module.css";

type SearchNotesProps = { search: LibrarySearch; onSearch: (q: string | undefined) => void; filters: ReactNode };

/** Full-text search over the notes of every tenant the reader may read, ranked, with the matched words marked. */
export function SearchNotes({ search, onSearch, filters }: SearchNotesProps) {
  const result = useQuery(noteSearchQuery(search));
  const serviceLabel = useLabeler("services");
  const me = useCurrentUser();
  const now = new Date();
  return (
    <>
      <SearchBox label="Search notes" value={search.q} placeholder='Words, "a phrase", -not, OR, #hashtag' onSearch={(q) => onSearch(q || undefined)} />
      <p className={section.muted}>Web search syntax: words must all appear, "quoted phrases" exactly, -word excludes, OR between alternatives; #Compete finds the hashtag.</p>
      {filters}
      {!search.q ? (
        <p className={section.muted}>Type what to look for.</p>
      ) : result.isError ? (
        <ProblemPanel error={result.error} onRetry={() => void result.refetch()} retrying={result.isFetching} />
      ) : !result.data ? (
        <p role="status" className={section.muted}>Searching…</p>
      ) : (
        <Results result={result.data} systemOnly={search.author === "system"} render={(items) => (
          <ul className={notes.notes} aria-label="Matching notes" aria-busy={result.isFetching} onKeyDown={onListKeys}>
            {items.map((note) => <LibraryNote key={note.id} note={note} serviceLabel={serviceLabel} myId={me?.id} now={now} />)}
          </ul>
        )} />
      )}
    </>
  );
}

type Item = TNoteSearchResult["items"][number];

function Results({ result, systemOnly, render }: { result: TNoteSearchResult; systemOnly: boolean; render: (items: Item[]) => ReactNode }) {
  const items = systemOnly ? result.items.filter(isSystemNote) : result.items;
  const total = `${formatCount(result.total)}${result.totalIsExact ? "" : "+"}`;
  return (
    <>
      <p role="status" className={section.muted}>
        {result.total === 1 ? "1 note matches" : `${total} notes match`}
        {result.order === "relevance" ? ", best first" : ", newest first (too many to rank)"}
        {items.length < result.total && `; showing ${items.length}`}.
      </p>
      {result.facets.tenant.length > 0 && (
        <ul className={styles.facets} aria-label="Matches by tenant">
          {result.facets.tenant.map((facet) => <li key={facet.value}>{facet.label}: {facet.count}</li>)}
        </ul>
      )}
      {items.length === 0 ? (
        <div className={section.empty}><p className={section.emptyTitle}>No note matches. Try fewer words or another spelling.</p></div>
      ) : (
        render(items)
      )}
    </>
  );
}
