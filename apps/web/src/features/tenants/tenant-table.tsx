import type { TTenantSummary } from "@waymark/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useEffect, useRef, type KeyboardEvent, type MouseEvent, type Ref } from "react";
import { type RowKeys, useRowFocus } from "../../lib/row-focus.ts";
import { countryName, formatCount } from "../../lib/format.ts";
import { useLabeler } from "../catalogs/catalog-queries.ts";
import { OverallStatusText, PriorityText } from "./tenant-facts.tsx";
import { tenantQuery } from "./tenant-queries.ts";
import { columnSortState, nextSort, type TenantSort } from "./tenant-search.ts";
import styles from "./tenant-table.module.css";

type TenantTableProps = {
  tableRef?: Ref<HTMLTableElement>;
  items: TTenantSummary[];
  total: number;
  offset: number;
  sort: TenantSort;
  onSortChange: (sort: TenantSort) => void;
  isBusy: boolean;
};

type Column = { key: string; label: string; width?: number; sortField?: string; className?: string | undefined };

// Fixed widths (table-layout: fixed) keep layout cheap and stable across pages; the name takes what is left.
const COLUMNS: Column[] = [
  { key: "name", label: "Tenant", sortField: "name" },
  { key: "priority", label: "Priority", width: 150, sortField: "priority" },
  { key: "segment", label: "Segment", width: 92 },
  { key: "seats", label: "Seats", width: 88, sortField: "seats", className: styles.number },
  { key: "country", label: "Country", width: 72, sortField: "country" },
  { key: "region", label: "Region", width: 84 },
  { key: "status", label: "Overall status", width: 220, sortField: "overallStatusDate" },
  { key: "services", label: "Services", width: 76, className: styles.number },
];

const ROW_KEYS: RowKeys = {
  ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, PageDown: 10, PageUp: -10, Home: "first", End: "last",
};

// Coming back from a tenant puts focus on its row again, so triage continues with j/k where it left off.
let returnToTenantId: string | null = null;

/**
 * The tenant grid: one tab stop, the focused row moves with j/k and the arrow keys, Enter opens it.
 * Cells are plain text and links so a page of rows stays cheap to render.
 */
export function TenantTable({ tableRef, items, total, offset, sort, onSortChange, isBusy }: TenantTableProps) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const label = { segment: useLabeler("segments"), region: useLabeler("regions") };
  const { focusedIndex, setFocusedIndex, rowRefs, moveFocus } = useRowFocus(items.length, ROW_KEYS, Math.max(0, items.findIndex((t) => t.id === returnToTenantId)));
  const prefetchTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    if (returnToTenantId !== null && items[focusedIndex]?.id === returnToTenantId) rowRefs.current[focusedIndex]?.focus();
    returnToTenantId = null;
    // Only on mount: this is about arriving at the list, not about later changes.
  }, []);

  useEffect(() => () => clearTimeout(prefetchTimer.current), []);

  const open = (tenant: TTenantSummary) => {
    returnToTenantId = tenant.id;
    void navigate({ to: "/tenants/$tenantId", params: { tenantId: tenant.id } });
  };

  const onRowFocus = (index: number, tenant: TTenantSummary) => {
    setFocusedIndex(index);
    // Walking the list with j/k warms the detail page, but only for rows the user pauses on.
    clearTimeout(prefetchTimer.current);
    prefetchTimer.current = setTimeout(() => void queryClient.prefetchQuery(tenantQuery(tenant.id)), 250);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || moveFocus(event)) return;
    const tenant = items[focusedIndex];
    if (event.key === "Enter" && tenant && !(event.target instanceof HTMLAnchorElement)) {
      event.preventDefault();
      open(tenant);
    }
  };

  const onRowClick = (event: MouseEvent<HTMLTableRowElement>, tenant: TTenantSummary) => {
    // Links handle their own clicks (new tab, copy link); a text selection means the user is copying.
    if ((event.target as HTMLElement).closest("a") || window.getSelection()?.toString()) return;
    if (event.metaKey || event.ctrlKey) window.open(`/tenants/${tenant.id}`, "_blank", "noopener");
    else open(tenant);
  };

  return (
    <table
      ref={tableRef}
      role="grid"
      aria-label="Tenants"
      aria-readonly="true"
      aria-rowcount={total + 1}
      aria-busy={isBusy || undefined}
      className={`${styles.table} ${isBusy ? styles.busy : ""}`}
    >
      <thead>
        <tr aria-rowindex={1}>
          {COLUMNS.map((column) => {
            const state = column.sortField ? columnSortState(sort, column.sortField) : undefined;
            return (
              <th key={column.key} scope="col" aria-sort={state} className={column.className} style={{ width: column.width }}>
                {column.sortField ? (
                  // Not a tab stop: the table is one stop and the toolbar's Sort menu is the keyboard route.
                  <button
                    type="button"
                    tabIndex={-1}
                    className={styles.sortButton}
                    onClick={() => onSortChange(nextSort(sort, column.sortField ?? ""))}
                  >
                    {column.label}
                    <span aria-hidden="true" className={styles.sortIcon}>
                      {state === "ascending" ? "▲" : state === "descending" ? "▼" : ""}
                    </span>
                  </button>
                ) : (
                  column.label
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody onKeyDown={onKeyDown}>
        {items.map((tenant, index) => (
          <tr
            key={tenant.id}
            ref={(element) => {
              rowRefs.current[index] = element;
            }}
            tabIndex={index === focusedIndex ? 0 : -1}
            aria-rowindex={offset + index + 2}
            className={styles.row}
            onFocus={(event) => event.target === event.currentTarget && onRowFocus(index, tenant)}
            onClick={(event) => onRowClick(event, tenant)}
          >
            <td className={styles.nameCell}>
              <Link
                to="/tenants/$tenantId"
                params={{ tenantId: tenant.id }}
                tabIndex={-1}
                title={tenant.name}
                onClick={() => {
                  returnToTenantId = tenant.id;
                }}
                className={styles.name}
              >
                {tenant.name}
              </Link>
              {/* The customer name gives way before the TPID does. */}
              <span className={styles.subline}>
                <span className={styles.customer}>{tenant.customerName}</span>
                <span className={styles.tpid}>&nbsp;· TPID {tenant.tpid}</span>
              </span>
            </td>
            <td>
              <PriorityText {...tenant} />
            </td>
            <td>{label.segment(tenant.segment)}</td>
            <td className={`${styles.number} tabular`}>{formatCount(tenant.seats)}</td>
            <td>
              <abbr title={countryName(tenant.country)} className={styles.abbr}>
                {tenant.country}
              </abbr>
            </td>
            <td>{label.region(tenant.region)}</td>
            <td>
              <OverallStatusText status={tenant.overallStatus} date={tenant.overallStatusDate} />
            </td>
            <td className={`${styles.number} tabular`}>{tenant.serviceCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
