import { Button } from "../../components/button.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { type CatalogName, useCatalog } from "../catalogs/catalog-queries.ts";
import { PersonFilter } from "./person-filter.tsx";
import { type FilterKey, hasFilters, FILTER_KEYS, type ReportsSearch } from "./reports-search.ts";
import styles from "./reports.module.css";

const SELECTS: readonly { key: Exclude<FilterKey, "manager" | "fm">; label: string; catalog: CatalogName; all: string }[] = [
  { key: "region", label: "Region", catalog: "regions", all: "All regions" },
  { key: "team", label: "Team", catalog: "assignmentFunctionTabs", all: "All teams" },
  { key: "engagementStatus", label: "Engagement status", catalog: "overallStatuses", all: "Any status" },
  { key: "scenario", label: "Scenario", catalog: "engagementScenarios", all: "All scenarios" },
  { key: "serviceStatus", label: "Service status", catalog: "serviceStatuses", all: "Any service status" },
  { key: "service", label: "Service", catalog: "services", all: "All services" },
  { key: "priority", label: "Priority", catalog: "priorities", all: "All priorities" },
  { key: "segment", label: "Segment", catalog: "segments", all: "All segments" },
];

function CatalogSelect({ spec, value, onChange }: { spec: (typeof SELECTS)[number]; value: string | undefined; onChange: (value: string | undefined) => void }) {
  const options = useCatalog(spec.catalog).map((entry) => ({ value: entry.code, label: entry.label }));
  return <SelectField label={spec.label} options={options} value={value} emptyLabel={spec.all} onChange={onChange} />;
}

type FilterBarProps = { search: ReportsSearch; onChange: (patch: Partial<ReportsSearch>) => void };

/** The filters every report takes; each change goes to the URL. */
export function FilterBar({ search, onChange }: FilterBarProps) {
  return (
    <div className={styles.filters} role="group" aria-label="Report filters">
      {SELECTS.map((spec) => (
        <CatalogSelect key={spec.key} spec={spec} value={search[spec.key]} onChange={(value) => onChange({ [spec.key]: value })} />
      ))}
      <PersonFilter label="Manager (RM)" value={search.manager} onChange={(manager) => onChange({ manager })} />
      <PersonFilter label="FastTrack Manager (FM)" value={search.fm} onChange={(fm) => onChange({ fm })} />
      {hasFilters(search) && (
        <Button size="small" variant="quiet" onPress={() => onChange(Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined])))}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
