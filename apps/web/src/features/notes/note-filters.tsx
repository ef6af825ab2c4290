import { SearchBox } from "../../components/search-box.tsx";
import { SelectField, type SelectOption } from "../../components/select-field.tsx";
import { Button } from "../../components/button.tsx";
import type { TNoteListParams } from "../../lib/api.ts";
import { CATEGORY_OPTIONS, isCategory } from "./notes.ts";
import styles from "./notes-section.module.css";

const ESCALATED_OPTIONS = [
  { value: "true", label: "Escalated" },
  { value: "false", label: "Not escalated" },
];

type NoteFiltersProps = { filter: TNoteListParams; onChange: (filter: TNoteListParams) => void; services: readonly SelectOption[] };

export const hasFilters = (filter: TNoteListParams) => Boolean(filter.category || filter.service || filter.escalated || filter.hashtag);

/** The list's filters, sent to the server: category, service, escalated and a hashtag. */
export function NoteFilters({ filter, onChange, services }: NoteFiltersProps) {
  const set = (patch: Partial<TNoteListParams>) => {
    const next: TNoteListParams = { ...filter, ...patch };
    for (const key of Object.keys(next) as (keyof TNoteListParams)[]) if (next[key] === undefined) delete next[key];
    onChange(next);
  };
  return (
    <div className={styles.filters} role="group" aria-label="Filter notes">
      <SelectField label="Category" options={CATEGORY_OPTIONS} value={filter.category} emptyLabel="All categories"
        onChange={(value) => set({ category: isCategory(value) ? value : undefined })} />
      <SelectField label="Service" options={services} value={filter.service} emptyLabel="All services" onChange={(service) => set({ service })} />
      <SelectField label="Escalation" options={ESCALATED_OPTIONS} value={filter.escalated} emptyLabel="Any"
        onChange={(value) => set({ escalated: value === "true" || value === "false" ? value : undefined })} />
      <SearchBox label="Hashtag" value={filter.hashtag} placeholder="#Compete" onSearch={(hashtag) => set({ hashtag })} />
      {hasFilters(filter) && (
        <Button size="small" variant="quiet" onPress={() => onChange({})}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
