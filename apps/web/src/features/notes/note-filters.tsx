import type { ReactNode } from "react";
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

type NoteFiltersProps = {
  filter: TNoteListParams;
  onChange: (filter: TNoteListParams) => void;
  services: readonly SelectOption[];
  /** False where the hashtag is not a filter (full-text search reads "#tag" from its words). */
  withHashtag?: boolean;
  /** More filters of the same list (the notes library's age, author, next update), before "Clear filters". */
  children?: ReactNode;
  /** Whether any filter, these or the extra ones, is set; and clearing them all. */
  isFiltered?: boolean;
  onClear?: () => void;
};

export const hasFilters = (filter: TNoteListParams) => Boolean(filter.category || filter.service || filter.escalated || filter.hashtag);

/** The list's filters, sent to the server: category, service, escalated and a hashtag, and any a caller adds. */
export function NoteFilters({ filter, onChange, services, withHashtag = true, children, isFiltered = hasFilters(filter), onClear = () => onChange({}) }: NoteFiltersProps) {
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
      {withHashtag && <SearchBox label="Hashtag" value={filter.hashtag} placeholder="#Compete" onSearch={(hashtag) => set({ hashtag })} />}
      {children}
      {isFiltered && (
        <Button size="small" variant="quiet" onPress={onClear}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
