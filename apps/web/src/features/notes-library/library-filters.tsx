import type { TNoteListParams } from "../../lib/api.ts";
import { SelectField } from "../../components/select-field.tsx";
import { useCatalog } from "../catalogs/catalog-queries.ts";
import { NoteFilters } from "../notes/note-filters.tsx";
import { activeFilterCount, AGES, AUTHORS, type LibrarySearch, type LibraryView, NEXT_UPDATES, withSearch } from "./library-search.ts";

const AGE_LABELS: Record<(typeof AGES)[number], string> = { "0-30": "0–30 days ago", "30-60": "30–60 days ago", "60-90": "60–90 days ago" };
const AUTHOR_LABELS: Record<(typeof AUTHORS)[number], string> = { me: "Me (my notes)", system: "System messages" };
const NEXT_UPDATE_LABELS: Record<(typeof NEXT_UPDATES)[number], string> = { week: "Within a week", month: "Within a month", quarter: "Within a quarter" };
const optionsOf = <T extends string>(labels: Record<T, string>) => (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));

type LibraryFiltersProps = { view: LibraryView; search: LibrarySearch; onChange: (search: LibrarySearch) => void };

/** The tenant notes' filters (category, service, escalation, hashtag) plus the library's own: age, author, next update. */
export function LibraryFilters({ view, search, onChange }: LibraryFiltersProps) {
  const services = useCatalog("services").map((entry) => ({ value: entry.code, label: entry.label }));
  const listFilter: TNoteListParams = { category: search.category, service: search.service, escalated: search.escalated, hashtag: search.hashtag };
  const set = (patch: Partial<LibrarySearch>) => onChange(withSearch(search, patch));
  const pick = <T extends string>(allowed: readonly T[], value: string | undefined) => allowed.find((option) => option === value);
  return (
    <NoteFilters
      filter={listFilter}
      services={services}
      withHashtag={view === "latest"}
      onChange={(next) => set({ category: next.category, service: next.service, escalated: next.escalated, hashtag: next.hashtag })}
      isFiltered={activeFilterCount(search) > 0}
      onClear={() => onChange(withSearch({ view: search.view, q: search.q }, {}))}
    >
      {view === "latest" && (
        <SelectField label="Written" options={optionsOf(AGE_LABELS)} value={search.age} emptyLabel="Any time" onChange={(value) => set({ age: pick(AGES, value) })} />
      )}
      {view === "search" && (
        <SelectField label="Next update" options={optionsOf(NEXT_UPDATE_LABELS)} value={search.nextUpdate} emptyLabel="Any date"
          onChange={(value) => set({ nextUpdate: pick(NEXT_UPDATES, value) })} />
      )}
      <SelectField label="Written by" options={optionsOf(AUTHOR_LABELS)} value={search.author} emptyLabel="Anyone" onChange={(value) => set({ author: pick(AUTHORS, value) })} />
    </NoteFilters>
  );
}
