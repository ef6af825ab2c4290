import { useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { Button } from "../../components/button.tsx";
import { PageHeading } from "../../components/page-heading.tsx";
import { Pager } from "../../components/pager.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { SearchBox } from "../../components/search-box.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { catalogsQuery } from "../../features/catalogs/catalog-queries.ts";
import { ChoiceSelect } from "../../features/portfolio/choice-select.tsx";
import { portfolioColumnsQuery } from "../../features/portfolio/portfolio-queries.ts";
import { portfolioCustomersQuery } from "../../features/portfolio-customers/customers-queries.ts";
import {
  CUSTOMER_SCOPES, CUSTOMERS_PAGE_SIZE, type CustomersSearch, DEFAULT_CUSTOMER_SCOPE, nextSort, withChange,
} from "../../features/portfolio-customers/customers-search.ts";
import { CustomersTable } from "../../features/portfolio-customers/customers-table.tsx";
import { PortfolioSwitch } from "../../features/portfolio-customers/portfolio-switch.tsx";
import { formatCount } from "../../lib/format.ts";
import { isTypingTarget } from "../../lib/keyboard.ts";
import list from "../../components/list-page.module.css";
import toolbar from "../../features/portfolio/portfolio-toolbar.module.css";
import styles from "../../features/portfolio/portfolio-page.module.css";

const NOT_ALL = "You can read only what is assigned to you (or your partner organisation), so only your own customers apply.";

/** The Portfolio's Customers view (FTOP Portfolio View, Customers): my primary / assigned / all customers. */
export function PortfolioCustomersPage() {
  const search = useSearch({ from: "/app/portfolio/customers" });
  const navigate = useNavigate({ from: "/portfolio/customers" });
  const page = useQuery(portfolioCustomersQuery(search));
  const meta = useQuery(portfolioColumnsQuery);
  const catalogs = useQuery(catalogsQuery);
  const searchRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);

  // "All" is for readers of every tenant: the Portfolio's own "all" scope says whether this reader is one.
  const mayReadAll = meta.data?.scopes.find((scope) => scope.code === "all")?.available ?? false;
  const regions = catalogs.data?.regions ?? [];
  const regionLabel = (code: string) => regions.find((region) => region.code === code)?.label ?? code;
  const go = (next: CustomersSearch, replace = false) => void navigate({ search: next, replace });
  const change = (changes: Omit<CustomersSearch, "offset">, replace = false) => go(withChange(search, changes), replace);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (event.key === "/") {
        event.preventDefault();
        searchRef.current?.focus();
      } else if ((event.key === "j" || event.key === "k") && !(event.target instanceof Node && tableRef.current?.contains(event.target))) {
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

  const scope = search.scope ?? DEFAULT_CUSTOMER_SCOPE;
  const filtered = Boolean(search.q || search.region);
  const data = page.data;
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <PageHeading className={styles.title}>Portfolio</PageHeading>
        <PortfolioSwitch current="customers" />
        <span className={styles.spacer} />
        <p className={styles.count} role="status" aria-live="polite">
          {data === undefined ? "" : (
            <>
              <strong>{formatCount(data.total)}</strong> {data.total === 1 ? "customer" : "customers"}
            </>
          )}
        </p>
      </header>
      <div className={toolbar.toolbar} role="search" aria-label="Filter customers">
        <ChoiceSelect
          label="Scope"
          choices={CUSTOMER_SCOPES.map((candidate) => ({
            value: candidate.code,
            label: candidate.label,
            description: candidate.description,
            disabledWhy: candidate.code === "all" && !mayReadAll ? NOT_ALL : undefined,
          }))}
          value={scope}
          onChange={(code) => change({ scope: code === DEFAULT_CUSTOMER_SCOPE ? undefined : CUSTOMER_SCOPES.find((s) => s.code === code)?.code })}
        />
        <SearchBox label="Search" placeholder="Customer name or TPID" value={search.q} onSearch={(q) => change({ q }, true)} inputRef={searchRef} keyShortcut="/" />
        <SelectField
          label="Region"
          options={regions.map((region) => ({ value: region.code, label: region.label }))}
          value={search.region}
          emptyLabel="All regions"
          onChange={(region) => change({ region })}
        />
        {filtered && (
          <Button variant="quiet" size="small" className={toolbar.clear} onPress={() => change({ q: undefined, region: undefined })}>
            Clear filters
          </Button>
        )}
      </div>
      {page.error ? (
        <div className={styles.state}>
          <ProblemPanel error={page.error} onRetry={() => void page.refetch()} retrying={page.isFetching} />
        </div>
      ) : data === undefined ? (
        <p className={styles.state} role="status">
          Loading customers…
        </p>
      ) : data.total === 0 ? (
        <div className={styles.empty}>
          <p className={styles.emptyTitle}>No customers</p>
          <p>
            {filtered
              ? "None match the search or region. Clear the filters to see them all."
              : scope === "primary"
                ? "You are not primary on any customer or tenant. Choose My Assigned Customers to see every customer you work on."
                : "Nothing is assigned to you yet."}
          </p>
        </div>
      ) : (
        <>
          <div className={list.tableArea}>
            <CustomersTable
              tableRef={tableRef}
              items={data.items}
              total={data.total}
              offset={search.offset ?? 0}
              isBusy={page.isPlaceholderData}
              sort={search.sort}
              regionLabel={regionLabel}
              onSort={(column) => change({ sort: nextSort(search.sort, column) })}
            />
          </div>
          <Pager
            offset={search.offset ?? 0}
            pageSize={CUSTOMERS_PAGE_SIZE}
            shown={data.items.length}
            total={data.total}
            nothing="No customers"
            onOffsetChange={(offset) => go({ ...search, offset: offset === 0 ? undefined : offset })}
          />
        </>
      )}
      <p className={styles.hint}>
        <kbd>/</kbd> search · <kbd>j</kbd> <kbd>k</kbd> or <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>A</kbd> assignments · click a header to sort
      </p>
    </div>
  );
}
