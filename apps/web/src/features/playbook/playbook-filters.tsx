import type { TTenant } from "@waymark/contracts";
import { SegmentedChoice } from "../../components/segmented-choice.tsx";
import { SearchBox } from "../../components/search-box.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { useCatalog } from "../catalogs/catalog-queries.ts";
import type { PhaseCode, PlaybookFilters } from "./playbook-view.ts";
import { taskRoleLabel } from "./task-roles.ts";
import styles from "./playbook-filters.module.css";

type PlaybookFiltersProps = {
  tenant: TTenant;
  filters: PlaybookFilters;
  onChange: (next: PlaybookFilters) => void;
  /** The task roles on the tenant's tasks, for the role filter. */
  roles: readonly string[];
  /** The signed-in person's task roles on this tenant; empty: "Mine" shows every role. */
  mine: readonly string[];
  phases: readonly { code: PhaseCode; label: string; count: number }[];
  /** The phase shown: the one chosen, else the first with a task. */
  phase: PhaseCode | undefined;
};

const MINE = "mine";

/** FTOP's Playbook filters: service, role (default: mine), status, search; then the phases as a segmented control. */
export function PlaybookFiltersBar({ tenant, filters, onChange, roles, mine, phases, phase }: PlaybookFiltersProps) {
  const statuses = useCatalog("taskStatuses");
  const mineLabel = mine.length > 0 ? `Mine (${mine.map(taskRoleLabel).join(", ")})` : "Mine (no role here: all roles)";
  return (
    <div className={styles.filters}>
      <div className={styles.row} role="group" aria-label="Playbook filters">
        <SelectField
          label="Service"
          emptyLabel="All services"
          value={filters.service}
          options={[{ value: "tenant", label: "Tenant-wide tasks" }, ...tenant.services.map((s) => ({ value: s.service, label: s.serviceLabel }))]}
          onChange={(service) => onChange({ ...filters, service })}
        />
        <SelectField
          label="Role"
          value={filters.role ?? MINE}
          options={[{ value: MINE, label: mineLabel }, { value: "all", label: "All roles" }, ...roles.map((role) => ({ value: role, label: taskRoleLabel(role) }))]}
          onChange={(role) => onChange({ ...filters, role: role === MINE ? undefined : role })}
        />
        <SelectField
          label="Status"
          emptyLabel="Any status"
          value={filters.status}
          options={statuses.map((s) => ({ value: s.code, label: s.label }))}
          onChange={(status) => onChange({ ...filters, status })}
        />
        <SearchBox label="Search tasks" placeholder="Task id, name, process or step" value={filters.q} onSearch={(q) => onChange({ ...filters, q })} />
      </div>
      {phases.length > 0 && phase && (
        <SegmentedChoice
          label="Phase"
          value={phase}
          onChange={(next) => onChange({ ...filters, phase: next })}
          options={phases.map((entry) => ({
            value: entry.code,
            label: (
              <>
                {entry.label} <span className={styles.count}>({entry.count})</span>
              </>
            ),
          }))}
        />
      )}
    </div>
  );
}
