import type { Ref } from "react";
import { Button } from "../../components/button.tsx";
import { SearchBox } from "../../components/search-box.tsx";
import { SelectField, type SelectOption } from "../../components/select-field.tsx";
import { useCatalog } from "../catalogs/catalog-queries.ts";
import {
  DEFAULT_SORT, hasActiveFilters, OVERALL_STATUSES, PRIORITIES, REGIONS, SEGMENTS, TENANT_SORTS,
  type TenantFilterKey, type TenantSearch, type TenantSort,
} from "./tenant-search.ts";
import styles from "./tenant-toolbar.module.css";

const SORT_LABELS: Record<TenantSort, string> = {
  priority: "Priority, high first",
  "-priority": "Priority, low first",
  name: "Name, A to Z",
  "-name": "Name, Z to A",
  seats: "Seats, fewest first",
  "-seats": "Seats, most first",
  country: "Country, A to Z",
  "-country": "Country, Z to A",
  overallStatusDate: "Status date, oldest first",
  "-overallStatusDate": "Status date, newest first",
  createdAt: "Created, oldest first",
  "-createdAt": "Created, newest first",
};

const SORT_OPTIONS: SelectOption[] = TENANT_SORTS.map((sort) => ({ value: sort, label: SORT_LABELS[sort] }));

type FilterSpec = { key: TenantFilterKey; label: string; all: string; codes: readonly string[]; catalog: Parameters<typeof useCatalog>[0] };

export const FILTERS: FilterSpec[] = [
  { key: "region", label: "Region", all: "All regions", codes: REGIONS, catalog: "regions" },
  { key: "priority", label: "Priority", all: "All priorities", codes: PRIORITIES, catalog: "priorities" },
  { key: "segment", label: "Segment", all: "All segments", codes: SEGMENTS, catalog: "segments" },
  { key: "overallStatus", label: "Overall status", all: "All statuses", codes: OVERALL_STATUSES, catalog: "overallStatuses" },
];

type ToolbarProps = {
  search: TenantSearch;
  onChange: (patch: Partial<TenantSearch>) => void;
  onClear: () => void;
  searchRef: Ref<HTMLInputElement>;
};

export function TenantToolbar({ search, onChange, onClear, searchRef }: ToolbarProps) {
  return (
    <div className={styles.toolbar} role="search" aria-label="Filter tenants">
      <SearchBox
        label="Search"
        placeholder="Name, tenant GUID or TPID"
        value={search.q}
        onSearch={(q) => onChange({ q })}
        inputRef={searchRef}
        keyShortcut="/"
      />
      {FILTERS.map((filter) => (
        <FilterSelect key={filter.key} filter={filter} value={search[filter.key]} onChange={(value) => onChange({ [filter.key]: value })} />
      ))}
      {hasActiveFilters(search) && (
        <Button variant="quiet" size="small" className={styles.clear} onPress={onClear}>
          Clear filters
        </Button>
      )}
    </div>
  );
}

/** The keyboard route to sorting (column headers are not tab stops, to keep the grid one stop). */
export function TenantSortSelect({ sort, onChange }: { sort: TenantSort; onChange: (sort: TenantSort) => void }) {
  return (
    <SelectField
      label="Sort"
      labelPosition="side"
      options={SORT_OPTIONS}
      value={sort}
      onChange={(value) => onChange((value as TenantSort | undefined) ?? DEFAULT_SORT)}
    />
  );
}

function FilterSelect({ filter, value, onChange }: { filter: FilterSpec; value: string | undefined; onChange: (value: string | undefined) => void }) {
  const entries = useCatalog(filter.catalog);
  const options = filter.codes.map((code) => ({ value: code, label: entries.find((entry) => entry.code === code)?.label ?? code }));
  return <SelectField label={filter.label} emptyLabel={filter.all} options={options} value={value} onChange={onChange} />;
}
