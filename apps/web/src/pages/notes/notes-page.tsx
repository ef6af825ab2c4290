import { useNavigate, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { Announcement } from "../../components/announcement.tsx";
import { PageHeading } from "../../components/page-heading.tsx";
import { LatestNotes } from "../../features/notes-library/latest-notes.tsx";
import { LibraryFilters } from "../../features/notes-library/library-filters.tsx";
import { type LibrarySearch, type LibraryView, viewOf, withSearch } from "../../features/notes-library/library-search.ts";
import { MyDrafts } from "../../features/notes-library/my-drafts.tsx";
import { SearchNotes } from "../../features/notes-library/search-notes.tsx";
import { SegmentedChoice } from "../../components/segmented-choice.tsx";
import page from "../../components/reading-page.module.css";

const VIEWS = [
  { value: "latest", label: "Latest notes" },
  { value: "search", label: "Search" },
  { value: "drafts", label: "My drafts" },
] as const satisfies readonly { value: LibraryView; label: string }[];

/** Notes across tenants: the latest, a full-text search, and the reader's drafts. Everything shown is in the URL. */
export function NotesPage() {
  const search = useSearch({ from: "/app/notes" });
  const navigate = useNavigate({ from: "/notes" });
  const [announcement, setAnnouncement] = useState("");
  const view = viewOf(search);
  const go = (next: LibrarySearch) => void navigate({ search: next });
  const setView = (next: LibraryView) => go(withSearch(search, { view: next === "latest" ? undefined : next }));

  return (
    <div className={page.page}>
      <header className={page.header}>
        <PageHeading className={page.title}>Notes</PageHeading>
        <SegmentedChoice label="Show" options={VIEWS} value={view} onChange={setView} />
      </header>
      <Announcement message={announcement} onDismiss={() => setAnnouncement("")} />
      {view === "latest" && (
        <>
          <LibraryFilters view={view} search={search} onChange={go} />
          <LatestNotes search={search} />
        </>
      )}
      {view === "search" && (
        <SearchNotes search={search} onSearch={(q) => go(withSearch(search, { q }))} filters={<LibraryFilters view={view} search={search} onChange={go} />} />
      )}
      {view === "drafts" && <MyDrafts onAnnounce={setAnnouncement} />}
    </div>
  );
}
