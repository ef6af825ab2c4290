import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { PageHeading } from "../../components/page-heading.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { TenantEmptyState } from "../../features/tenants/tenant-empty-state.tsx";
import { Pager } from "../../components/pager.tsx";
import { tenantListQuery } from "../../features/tenants/tenant-queries.ts";
import { DEFAULT_SORT, PAGE_SIZE, validateTenantSearch, type TenantSearch } from "../../features/tenants/tenant-search.ts";
import { TenantTable } from "../../features/tenants/tenant-table.tsx";
import { TenantSortSelect, TenantToolbar } from "../../features/tenants/tenant-toolbar.tsx";
import { isTypingTarget } from "../../lib/keyboard.ts";
import styles from "../../components/list-page.module.css";

function isInside(target: EventTarget | null, container: Element | null): boolean {
  return target instanceof Node && container !== null && container.contains(target);
}

export function TenantsPage() {
  const search = useSearch({ from: "/app/tenants" });
  const navigate = useNavigate({ from: "/tenants" });
  const list = useQuery(tenantListQuery(search));
  const searchRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const areaRef = useRef<HTMLDivElement>(null);
  const offset = search.offset ?? 0;

  // Any change to what is listed starts again at the first page; only paging itself moves the offset.
  // Starting from the validated params drops unknown ones from the URL on the first change.
  const update = (patch: Partial<TenantSearch>) =>
    void navigate({
      search: (previous) => ({ ...validateTenantSearch(previous), ...patch, offset: "offset" in patch ? patch.offset || undefined : undefined }),
      replace: "q" in patch,
    });
  const clear = () => void navigate({ search: { sort: search.sort } });
  const sort = search.sort ?? DEFAULT_SORT;
  const setSort = (next: typeof sort) => update({ sort: next === DEFAULT_SORT ? undefined : next });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (event.key === "/") {
        event.preventDefault();
        searchRef.current?.focus();
      } else if ((event.key === "j" || event.key === "k") && !isInside(event.target, tableRef.current)) {
        // From elsewhere on the page, j/k enters the grid at its focused row; inside it the grid moves itself.
        const row = tableRef.current?.querySelector<HTMLElement>('tbody tr[tabindex="0"]');
        if (row) {
          event.preventDefault();
          row.focus();
        }
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  const data = list.data;
  const listKey = JSON.stringify([search.q, search.region, search.priority, search.segment, search.overallStatus, search.sort, offset]);

  // A new page or a new filter starts at the top of the list, not where the previous one was scrolled to.
  // Not on arrival: the list may just have scrolled to the row the user came back to.
  const shownKey = useRef(listKey);
  useEffect(() => {
    if (shownKey.current === listKey) return;
    shownKey.current = listKey;
    areaRef.current?.scrollTo({ top: 0 });
  }, [listKey]);

  const problem = list.isError && (
    <div className={styles.state}>
      <ProblemPanel error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
    </div>
  );

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <PageHeading className={styles.title}>Tenants</PageHeading>
        <span className={styles.spacer} />
        <TenantSortSelect sort={sort} onChange={setSort} />
        {data && (
          <Pager nothing="No tenants" offset={offset} pageSize={PAGE_SIZE} shown={data.items.length} total={data.total} onOffsetChange={(next) => update({ offset: next })} />
        )}
      </header>
      <TenantToolbar search={search} onChange={update} onClear={clear} searchRef={searchRef} />
      <div ref={areaRef} className={styles.tableArea}>
        {!data ? (
          problem || (
            <p className={styles.state} role="status">
              Loading tenants…
            </p>
          )
        ) : (
          <>
            {problem}
            {data.items.length > 0 ? (
              <TenantTable
                key={listKey}
                tableRef={tableRef}
                items={data.items}
                total={data.total}
                offset={data.offset}
                sort={sort}
                onSortChange={setSort}
                isBusy={list.isPlaceholderData}
              />
            ) : (
              <TenantEmptyState search={search} total={data.total} onClear={clear} onFirstPage={() => update({ offset: 0 })} />
            )}
          </>
        )}
      </div>
      <p className={styles.hint}>
        <kbd>/</kbd> search · <kbd>j</kbd> <kbd>k</kbd> or <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open
      </p>
    </div>
  );
}
