import { useQueries, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type Ref } from "react";
import { type RowKeys, useRowFocus } from "../../lib/row-focus.ts";
import { AssignmentsButton } from "../assignments/assignments-button.tsx";
import { AssignmentsDialog, type AssignmentsRecord } from "../assignments/assignments-dialog.tsx";
import { tenantQuery } from "../tenants/tenant-queries.ts";
import { cellText, columnWidth } from "./portfolio-cells.ts";
import type { ColumnMeta } from "./portfolio-filters.ts";
import { PAGE_SIZE, portfolioPageQuery } from "./portfolio-queries.ts";
import { refreshPortfolioLists } from "./portfolio-refresh.ts";
import { toggleSort, type PortfolioState, type SortKey } from "./portfolio-state.ts";
import type { PortfolioRow } from "./portfolio-types.ts";
import styles from "./portfolio-grid.module.css";

const ROW_HEIGHT = 36;
/** The action column, pinned left of the tenant column (the css pins the tenant column at the same offset). */
const ACTION_WIDTH = 44;
const ROW_KEYS: RowKeys = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, PageDown: 20, PageUp: -20, Home: "first", End: "last" };

type GridProps = {
  state: PortfolioState;
  columnKeys: string[];
  columns: readonly ColumnMeta[];
  total: number;
  /** The sort in force: the URL's, or the server's default when the URL has none. */
  sort: SortKey[];
  onSortChange: (sort: SortKey[]) => void;
  gridRef?: Ref<HTMLTableElement>;
};

const nameOf = (row: PortfolioRow) => (typeof row.cells.name === "string" ? row.cells.name : "");

// Coming back from a tenant puts focus on its row again, so triage continues where it left off.
let returnTo: { query: string; index: number } | null = null;

/**
 * The server-driven grid: only the rows in view are rendered, and they are fetched 100 at a time as the window moves.
 * One tab stop: the focused row moves with j/k and the arrow keys, Enter opens it; Tab reaches the row's assignment
 * button, and A opens the focused row's assignments.
 */
export function PortfolioGrid({ state, columnKeys, columns, total, sort: activeSort, onSortChange, gridRef }: GridProps) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const scrollRef = useRef<HTMLDivElement>(null);
  const query = JSON.stringify(state);
  const initial = returnTo?.query === query ? Math.min(returnTo.index, Math.max(total - 1, 0)) : 0;
  const { focusedIndex, setFocusedIndex, rowRefs, moveFocus } = useRowFocus(total, ROW_KEYS, initial);
  const wantsFocus = useRef(false);
  const prefetchTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [assignmentsOf, setAssignmentsOf] = useState<AssignmentsRecord | null>(null);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // The sticky header sits inside the scroller, above the rows.
    scrollPaddingStart: ROW_HEIGHT,
    initialOffset: initial * ROW_HEIGHT,
  });
  const windowRows = virtualizer.getVirtualItems();

  const pages = useMemo(() => {
    const first = Math.floor((windowRows[0]?.index ?? 0) / PAGE_SIZE);
    const last = Math.floor((windowRows[windowRows.length - 1]?.index ?? 0) / PAGE_SIZE);
    return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
  }, [windowRows]);
  const results = useQueries({ queries: pages.map((page) => portfolioPageQuery(state, page)) });
  const rowAt = (index: number): PortfolioRow | undefined => {
    const page = Math.floor(index / PAGE_SIZE);
    const data = results[pages.indexOf(page)]?.data ?? queryClient.getQueryData(portfolioPageQuery(state, page).queryKey);
    return data?.items[index - page * PAGE_SIZE];
  };

  const byKey = new Map(columns.map((column) => [column.key, column]));
  const template = [`${ACTION_WIDTH}px`, ...columnKeys.map((key) => `${columnWidth(byKey.get(key), key)}px`)].join(" ");

  useEffect(() => {
    if (returnTo?.query === query) rowRefs.current[focusedIndex]?.focus();
    returnTo = null;
    // Only on arrival: this is about coming back to the list.
  }, []);

  useEffect(() => () => clearTimeout(prefetchTimer.current), []);

  // A key moved the focus to a row that may not be rendered yet: scroll it into the window, then focus it.
  useEffect(() => {
    if (!wantsFocus.current) return;
    virtualizer.scrollToIndex(focusedIndex, { align: "auto" });
    const element = rowRefs.current[focusedIndex];
    if (element) {
      wantsFocus.current = false;
      element.focus({ preventScroll: true });
    }
  });

  const open = (row: PortfolioRow, index: number) => {
    returnTo = { query, index };
    void navigate({ to: "/tenants/$tenantId", params: { tenantId: row.id } });
  };

  const openAssignments = (row: PortfolioRow) => setAssignmentsOf({ kind: "tenant", id: row.id, name: nameOf(row) });

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (moveFocus(event)) {
      wantsFocus.current = true;
      return;
    }
    const row = rowAt(focusedIndex);
    // Enter on the row opens the tenant; on the row's link or button it is theirs.
    if (event.key === "Enter" && row && event.target instanceof HTMLTableRowElement) {
      event.preventDefault();
      open(row, focusedIndex);
    } else if ((event.key === "a" || event.key === "A") && row && !event.shiftKey) {
      event.preventDefault();
      // From the button, so that closing the dialog puts focus back on it.
      rowRefs.current[focusedIndex]?.querySelector<HTMLButtonElement>(`.${styles.actionCell} button`)?.focus();
      openAssignments(row);
    }
  };

  const onRowFocus = (index: number, row: PortfolioRow | undefined) => {
    setFocusedIndex(index);
    clearTimeout(prefetchTimer.current);
    if (row) prefetchTimer.current = setTimeout(() => void queryClient.prefetchQuery(tenantQuery(row.id)), 250);
  };

  const onRowClick = (event: MouseEvent<HTMLTableRowElement>, row: PortfolioRow | undefined, index: number) => {
    if (!row || (event.target as HTMLElement).closest("a, button") || window.getSelection()?.toString()) return;
    if (event.metaKey || event.ctrlKey) window.open(`/tenants/${row.id}`, "_blank", "noopener");
    else open(row, index);
  };

  const sortOf = (key: string) => activeSort.findIndex((sort) => sort.column === key);

  return (
    <div ref={scrollRef} className={styles.scroller}>
      <table ref={gridRef} role="grid" aria-label="Tenants" aria-readonly="true" aria-rowcount={total + 1} aria-colcount={columnKeys.length + 1} className={styles.grid}>
        <thead className={styles.head}>
          <tr role="row" aria-rowindex={1} className={styles.headRow} style={{ gridTemplateColumns: template }}>
            <th role="columnheader" scope="col" aria-colindex={1} className={`${styles.headCell} ${styles.actionCell}`}>
              <span className={styles.visuallyHidden}>Actions</span>
            </th>
            {columnKeys.map((key, column) => {
              const meta = byKey.get(key);
              const position = sortOf(key);
              const sort = activeSort[position];
              const direction = sort ? (sort.descending ? "descending" : "ascending") : undefined;
              return (
                <th
                  key={key}
                  role="columnheader"
                  scope="col"
                  aria-colindex={column + 2}
                  // Only the first sort key is announced as the sort; later keys say so in text.
                  aria-sort={position === 0 ? direction : undefined}
                  title={meta?.description}
                  className={`${styles.headCell} ${key === "name" ? styles.pinned : ""} ${meta?.type === "number" ? styles.number : ""}`}
                >
                  <button
                    type="button"
                    tabIndex={-1}
                    className={styles.sortButton}
                    onClick={(event) => onSortChange(toggleSort(activeSort, key, event.shiftKey))}
                  >
                    {meta?.label ?? key}
                    {sort && (
                      <span className={styles.sortIcon}>
                        <span aria-hidden="true">{sort.descending ? "▼" : "▲"}</span>
                        {activeSort.length > 1 && <span className={styles.sortOrder}>{position + 1}</span>}
                        {position > 0 && <span className={styles.visuallyHidden}>, sort key {position + 1}, {direction}</span>}
                      </span>
                    )}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody role="rowgroup" className={styles.body} style={{ height: virtualizer.getTotalSize() }} onKeyDown={onKeyDown}>
          {windowRows.map((item) => {
            const row = rowAt(item.index);
            return (
              <tr
                key={item.index}
                role="row"
                ref={(element) => {
                  rowRefs.current[item.index] = element;
                }}
                aria-rowindex={item.index + 2}
                tabIndex={item.index === focusedIndex ? 0 : -1}
                className={styles.row}
                style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)` }}
                onFocus={(event) => (event.target === event.currentTarget ? onRowFocus(item.index, row) : setFocusedIndex(item.index))}
                onClick={(event) => onRowClick(event, row, item.index)}
              >
                {row && (
                  <td role="gridcell" aria-colindex={1} className={`${styles.cell} ${styles.actionCell}`}>
                    <AssignmentsButton name={nameOf(row)} isTooltipSuppressed={assignmentsOf !== null} isTabStop={item.index === focusedIndex} onPress={() => openAssignments(row)} />
                  </td>
                )}
                {row ? (
                  columnKeys.map((key, column) => {
                    const meta = byKey.get(key);
                    const text = cellText(meta, row, key);
                    return (
                      <td key={key} role="gridcell" aria-colindex={column + 2} className={`${styles.cell} ${key === "name" ? styles.pinned : ""} ${meta?.type === "number" ? styles.number : ""}`} title={text}>
                        {key === "name" ? (
                          <Link to="/tenants/$tenantId" params={{ tenantId: row.id }} tabIndex={-1} className={styles.name} onClick={() => (returnTo = { query, index: item.index })}>
                            {text || "(no name)"}
                          </Link>
                        ) : (
                          text
                        )}
                      </td>
                    );
                  })
                ) : (
                  <td role="gridcell" aria-colindex={1} className={`${styles.cell} ${styles.loading}`}>
                    Loading…
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <AssignmentsDialog record={assignmentsOf} onClose={() => setAssignmentsOf(null)} onChanged={() => void refreshPortfolioLists(queryClient)} />
    </div>
  );
}
