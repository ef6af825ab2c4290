import { useQuery } from "@tanstack/react-query";
import type { TAuditEvent } from "@waymark/contracts";
import { useState } from "react";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { useCatalog, useLabeler } from "../catalogs/catalog-queries.ts";
import { taskRoleLabel } from "../playbook/task-roles.ts";
import { SelectField } from "../../components/select-field.tsx";
import { actionOptions, actionPhrase, actorLabel, actorOptions, fieldChanges, type HistoryFilter, relativeTime, type ValueLabeler } from "./history.ts";
import { historyQuery } from "./history-queries.ts";
import styles from "./history-section.module.css";

const PAGE = 50;
/** The most the server returns in one answer. */
const MAX = 1000;

type HistorySectionProps = {
  tenantId: string;
  /** The type and actor filters; the tenant page keeps them in the URL. Without them the section filters on its own. */
  filter?: HistoryFilter;
  onFilterChange?: (filter: HistoryFilter) => void;
};

/** The tenant's audit trail, newest first: who changed what, when, from what to what, and why; filtered by type and actor. */
export function HistorySection({ tenantId, filter: controlled, onFilterChange }: HistorySectionProps) {
  const [limit, setLimit] = useState(PAGE);
  const [own, setOwn] = useState<HistoryFilter>({});
  const filter = controlled ?? own;
  const setFilter = (next: HistoryFilter) => {
    setLimit(PAGE);
    (onFilterChange ?? setOwn)(next);
  };
  const history = useQuery(historyQuery(tenantId, limit, filter));
  const items = history.data?.items ?? [];
  const hasMore = items.length >= limit && limit < MAX;
  const now = new Date();
  const labelValue = useValueLabeler();
  const filtered = Boolean(filter.action || filter.actor);
  const facets = history.data?.facets;
  const actions = actionOptions(facets?.actions ?? []);
  const actors = actorOptions(facets?.actors ?? []);
  // A filter from a link keeps its entry even before (or without) the facets that name it.
  if (filter.action && !actions.some((option) => option.value === filter.action)) actions.push({ value: filter.action, label: actionPhrase(filter.action) });
  if (filter.actor && !actors.some((option) => option.value === filter.actor)) actors.push({ value: filter.actor, label: "The chosen actor" });

  return (
    <section className={styles.section} aria-labelledby="history-heading">
      <div className={styles.header}>
        <h2 id="history-heading" className={styles.title}>
          History {history.data && <span className={styles.count}>({items.length}{hasMore ? "+" : ""})</span>}
        </h2>
        <div className={styles.filters} role="group" aria-label="Filter history">
          <SelectField label="Type" labelPosition="side" options={actions} value={filter.action} emptyLabel="All types" onChange={(action) => setFilter({ ...filter, action })} />
          <SelectField label="Actor" labelPosition="side" options={actors} value={filter.actor} emptyLabel="Everyone" onChange={(actor) => setFilter({ ...filter, actor })} />
          {filtered && (
            <Button size="small" variant="quiet" onPress={() => setFilter({})}>
              Clear filters
            </Button>
          )}
        </div>
      </div>
      {history.isError ? (
        <ProblemPanel error={history.error} onRetry={() => void history.refetch()} retrying={history.isFetching} />
      ) : !history.data ? (
        <p role="status" className={styles.muted}>
          Loading history…
        </p>
      ) : items.length === 0 && filtered ? (
        <div className={styles.empty}>
          <p className={styles.emptyTitle}>
            No entries {filter.action ? `of type “${actions.find((o) => o.value === filter.action)?.label ?? filter.action}”` : ""}
            {filter.action && filter.actor ? " " : ""}
            {filter.actor ? `by ${actors.find((o) => o.value === filter.actor)?.label ?? "the chosen actor"}` : ""}.
          </p>
          <Button size="small" onPress={() => setFilter({})}>
            Clear filters
          </Button>
        </div>
      ) : items.length === 0 ? (
        <div className={styles.empty}>
          <p className={styles.emptyTitle}>Nothing recorded on this tenant yet.</p>
          <p className={styles.muted}>Every change by a person or a playbook rule is listed here, newest first.</p>
        </div>
      ) : (
        <>
          <ol className={styles.list} aria-label="History, newest first" aria-busy={history.isFetching}>
            {items.map((event) => (
              <HistoryEntry key={event.id} event={event} now={now} labelValue={labelValue} />
            ))}
          </ol>
          <p role="status" className={styles.muted}>
            {hasMore ? `Showing the latest ${items.length} entries` : `All ${items.length} entries shown`}
            {filtered ? " that match the filters." : "."}
          </p>
          {hasMore && (
            <Button onPress={() => setLimit((current) => Math.min(current + PAGE, MAX))} isDisabled={history.isFetching} className={styles.more}>
              {history.isFetching ? "Loading more…" : `Show ${PAGE} more`}
            </Button>
          )}
        </>
      )}
    </section>
  );
}

/** Roles, services and statuses in words; assignment roles ("fm") and task roles ("fasttrack_manager") share the key "role". */
function useValueLabeler(): ValueLabeler {
  const assignmentRoles = useCatalog("assignmentRoles");
  const service = useLabeler("services");
  const statuses = [...useCatalog("taskStatuses"), ...useCatalog("serviceStatuses")];
  const overallStatus = useLabeler("overallStatuses");
  return (key, value) => {
    if (key === "role") return assignmentRoles.find((entry) => entry.code === value)?.label ?? taskRoleLabel(value);
    if (key === "service") return service(value);
    // Task and service status effects both say "status"; the codes of the two lists do not overlap.
    if (key === "status") return statuses.find((entry) => entry.code === value)?.label;
    if (key === "overallStatus") return overallStatus(value);
    return undefined;
  };
}

function HistoryEntry({ event, now, labelValue }: { event: TAuditEvent; now: Date; labelValue: ValueLabeler }) {
  const changes = fieldChanges(event.before, event.after, labelValue);
  return (
    <li className={styles.entry}>
      <p className={styles.line}>
        <strong className={styles.what}>{actionPhrase(event.action)}</strong>
        <span className={styles.meta}>
          {" "}
          by {actorLabel(event)} · <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time> ({relativeTime(event.occurredAt, now)})
        </span>
      </p>
      {changes.length > 0 && (
        <ul className={styles.changes} aria-label="Changed fields">
          {changes.map((change) => (
            <li key={change.field}>
              {change.field}: {change.before} <span aria-hidden="true">→</span>
              <span className="visually-hidden">changed to</span> {change.after}
            </li>
          ))}
        </ul>
      )}
      {event.reason && <p className={styles.reason}>Reason: {event.reason}</p>}
    </li>
  );
}
