import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { Button } from "../../components/button.tsx";
import { PageHeading } from "../../components/page-heading.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { SearchBox } from "../../components/search-box.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { ChoiceSelect } from "../../features/portfolio/choice-select.tsx";
import { ColumnsChooser } from "../../features/portfolio/columns-chooser.tsx";
import { ExportCsv } from "../../features/portfolio/export-csv.tsx";
import { FilterChips } from "../../features/portfolio/filter-chips.tsx";
import { PortfolioEmpty, PRIORITY_LABELS } from "../../features/portfolio/portfolio-empty.tsx";
import { PortfolioGrid } from "../../features/portfolio/portfolio-grid.tsx";
import { portfolioColumnsQuery, portfolioCountQuery, portfolioPageQuery, savedViewsQuery } from "../../features/portfolio/portfolio-queries.ts";
import {
  formatSort, hasActiveFilters, isEmptyState, parsePortfolioQuery, parseSort, parsePortfolioSearch, portfolioQuery, portfolioSearch, PRIORITIES, sanitiseState,
  type PortfolioState,
} from "../../features/portfolio/portfolio-state.ts";
import type { SavedView } from "../../features/portfolio/portfolio-types.ts";
import { ViewPicker } from "../../features/portfolio/view-picker.tsx";
import { PortfolioSwitch } from "../../features/portfolio-customers/portfolio-switch.tsx";
import { formatCount } from "../../lib/format.ts";
import { isTypingTarget } from "../../lib/keyboard.ts";
import toolbar from "../../features/portfolio/portfolio-toolbar.module.css";
import styles from "../../features/portfolio/portfolio-page.module.css";

const DEFAULT_SCOPE = "my_active";
const DEFAULT_DISPLAY = "overview";

function isInside(target: EventTarget | null, container: Element | null): boolean {
  return target instanceof Node && container !== null && container.contains(target);
}

export function PortfolioPage() {
  const search = useSearch({ from: "/app/portfolio" });
  const navigate = useNavigate({ from: "/portfolio" });
  const meta = useQuery(portfolioColumnsQuery);
  const views = useQuery(savedViewsQuery);
  const searchRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<HTMLTableElement>(null);

  const raw = parsePortfolioSearch(search);
  const state = meta.data ? sanitiseState(raw, meta.data) : raw;
  const columns = meta.data?.columns ?? [];
  const displays = meta.data?.displays ?? [];
  const display = displays.find((candidate) => candidate.code === (state.display ?? DEFAULT_DISPLAY)) ?? displays[0];
  const shownKeys = withName(state.cols ?? display?.columns ?? ["name"]);

  // Opening /portfolio with nothing in the URL opens my default view, once, on arrival.
  const arrivedEmpty = useRef(isEmptyState(raw) && !search.view);
  const defaultView = views.data?.items.find((view) => view.isDefault && view.mine);
  const waitingForDefault = arrivedEmpty.current && views.isPending;
  useEffect(() => {
    if (!arrivedEmpty.current || views.isPending) return;
    arrivedEmpty.current = false;
    if (defaultView) void navigate({ search: portfolioSearch(parsePortfolioQuery(defaultView.query), defaultView.id), replace: true });
  }, [views.isPending, defaultView, navigate]);

  const firstPage = useQuery({ ...portfolioPageQuery(state, 0), enabled: meta.isSuccess && !waitingForDefault, placeholderData: keepPreviousData });
  const baseline: PortfolioState = { scope: state.scope, display: state.display, filters: [], sort: [] };
  const baselineTotal = useQuery({ ...portfolioCountQuery(baseline), enabled: meta.isSuccess && hasActiveFilters(state) });

  const update = (next: PortfolioState, options: { replace?: boolean; view?: string | undefined } = {}) =>
    void navigate({ search: portfolioSearch(next, "view" in options ? options.view : search.view), replace: options.replace ?? false });
  const patch = (changes: Partial<PortfolioState>, replace = false) => update({ ...state, ...changes }, { replace });
  const clearFilters = () => patch({ q: undefined, priority: undefined, filters: [] });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (event.key === "/") {
        event.preventDefault();
        searchRef.current?.focus();
      } else if ((event.key === "j" || event.key === "k") && !isInside(event.target, gridRef.current)) {
        const row = gridRef.current?.querySelector<HTMLElement>('tbody tr[tabindex="0"]');
        if (row) {
          event.preventDefault();
          row.focus();
        }
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  const scopes = meta.data?.scopes ?? [];
  const scope = state.scope ?? DEFAULT_SCOPE;
  const scopeLabel = scopes.find((candidate) => candidate.code === scope)?.label ?? scope;
  const total = firstPage.data?.total;
  const openView = (view: SavedView) => update(parsePortfolioQuery(view.query), { view: view.id });
  const sortChoices = shownKeys.flatMap((key) => {
    const label = columns.find((column) => column.key === key)?.label ?? key;
    return [
      { value: key, label: `${label}, ascending` },
      { value: `-${key}`, label: `${label}, descending` },
    ];
  });
  const sort = state.sort.length > 0 ? state.sort : parseSort(meta.data?.defaultSort);
  const defaultSort = formatSort(parseSort(meta.data?.defaultSort));
  const firstSort = sort[0];

  const problem = meta.error ?? firstPage.error;
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <PageHeading className={styles.title}>Portfolio</PageHeading>
        <PortfolioSwitch current="tenants" />
        <ViewPicker
          displays={displays}
          state={state}
          viewId={search.view}
          onOpenView={openView}
          onOpenDisplay={(code) => update({ ...state, display: code === DEFAULT_DISPLAY ? undefined : code, cols: undefined }, { view: undefined })}
          onSaved={(view) => update(parsePortfolioQuery(view.query), { view: view.id, replace: true })}
        />
        <span className={styles.spacer} />
        <p className={styles.count} role="status" aria-live="polite">
          {total === undefined ? "" : hasActiveFilters(state) && baselineTotal.data !== undefined ? (
            <>
              <strong>{formatCount(total)}</strong> of {formatCount(baselineTotal.data)} tenants
            </>
          ) : (
            <>
              <strong>{formatCount(total)}</strong> {total === 1 ? "tenant" : "tenants"}
            </>
          )}
        </p>
        <ExportCsv state={state} />
      </header>
      <div className={toolbar.toolbar} role="search" aria-label="Filter tenants">
        <ChoiceSelect
          label="Scope"
          choices={scopes.map((candidate) => ({
            value: candidate.code,
            label: candidate.label,
            disabledWhy: candidate.available ? undefined : (candidate.why ?? "Not available to you."),
            description: candidate.description,
          }))}
          value={scope}
          onChange={(code) => patch({ scope: code === DEFAULT_SCOPE ? undefined : code })}
        />
        <SelectField
          label="Priority"
          options={PRIORITIES.map((code) => ({ value: code, label: meta.data?.priorities.find((entry) => entry.code === code)?.label ?? PRIORITY_LABELS[code] ?? code }))}
          value={state.priority ?? "all"}
          onChange={(code) => patch({ priority: code === "all" ? undefined : (PRIORITIES.find((candidate) => candidate === code) ?? undefined) })}
        />
        <SelectField
          label="Display"
          options={displays.map((candidate) => ({ value: candidate.code, label: candidate.label }))}
          value={display?.code}
          onChange={(code) => patch({ display: code === DEFAULT_DISPLAY ? undefined : code, cols: undefined })}
        />
        <SearchBox label="Search" placeholder="Name, tenant GUID, TPID or any shown text" value={state.q} onSearch={(q) => patch({ q }, true)} inputRef={searchRef} keyShortcut="/" />
        <SelectField
          label="Sort"
          options={sortChoices}
          value={firstSort ? `${firstSort.descending ? "-" : ""}${firstSort.column}` : undefined}
          onChange={(value) => value && patch({ sort: parseSort(value) })}
        />
        <ColumnsChooser columns={columns} shown={shownKeys} onChange={(cols) => patch({ cols: withName(cols) })} onReset={() => patch({ cols: undefined })} />
      </div>
      <div className={toolbar.toolbar}>
        <FilterChips columns={columns} filters={state.filters} onChange={(filters) => patch({ filters })} />
        {hasActiveFilters(state) && (
          <Button variant="quiet" size="small" className={toolbar.clear} onPress={clearFilters}>
            Clear filters
          </Button>
        )}
      </div>
      {problem ? (
        <div className={styles.state}>
          <ProblemPanel error={problem} onRetry={() => void (meta.error ? meta.refetch() : firstPage.refetch())} retrying={meta.isFetching || firstPage.isFetching} />
        </div>
      ) : total === undefined ? (
        <p className={styles.state} role="status">
          Loading tenants…
        </p>
      ) : total === 0 ? (
        <PortfolioEmpty
          state={state}
          scopeLabel={scopeLabel}
          columns={columns}
          onClear={clearFilters}
          onMyTenants={scope === "my" ? undefined : () => update({ ...state, scope: "my", q: undefined, priority: undefined, filters: [] })}
        />
      ) : (
        <PortfolioGrid key={portfolioQuery(state)} state={state} columnKeys={shownKeys} columns={columns} total={total} gridRef={gridRef} sort={sort} onSortChange={(next) => patch({ sort: formatSort(next) === defaultSort ? [] : next })} />
      )}
      <p className={styles.hint}>
        <kbd>/</kbd> search · <kbd>j</kbd> <kbd>k</kbd> or <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>A</kbd> assignments · click a header to sort, <kbd>Shift</kbd>+click
        to add a second sort
      </p>
    </div>
  );
}

/** The tenant name is always the first column: it is the row's link. */
function withName(keys: readonly string[]): string[] {
  return ["name", ...keys.filter((key) => key !== "name")];
}
