import type { TCustomer } from "@waymark/contracts";
import { Link, useNavigate } from "@tanstack/react-router";
import { useQueryClient } from "@tanstack/react-query";
import { type KeyboardEvent, type Ref, useState } from "react";
import { formatCount } from "../../lib/format.ts";
import { type RowKeys, useRowFocus } from "../../lib/row-focus.ts";
import { AssignmentsButton } from "../assignments/assignments-button.tsx";
import { AssignmentsDialog, type AssignmentsRecord } from "../assignments/assignments-dialog.tsx";
import { refreshPortfolioLists } from "../portfolio/portfolio-refresh.ts";
import { type CustomerSort, type SortableColumn, sortDirectionOf } from "./customers-search.ts";
import styles from "./customers-table.module.css";

const ROW_KEYS: RowKeys = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, Home: "first", End: "last" };
const ARROWS = { ascending: "▲", descending: "▼", none: "" } as const;

type CustomersTableProps = {
  tableRef?: Ref<HTMLTableElement>;
  items: TCustomer[];
  total: number;
  offset: number;
  isBusy: boolean;
  sort: CustomerSort | undefined;
  regionLabel: (code: string) => string;
  onSort: (column: SortableColumn) => void;
};

/**
 * Customers, one tab stop: j/k and the arrows move the focused row, Enter opens the customer; Tab reaches the row's
 * assignment button, and A opens the focused row's customer-level assignments.
 */
export function CustomersTable({ tableRef, items, total, offset, isBusy, sort, regionLabel, onSort }: CustomersTableProps) {
  const { focusedIndex, setFocusedIndex, rowRefs, moveFocus } = useRowFocus(items.length, ROW_KEYS);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [assignmentsOf, setAssignmentsOf] = useState<AssignmentsRecord | null>(null);
  const openAssignments = (customer: TCustomer) => setAssignmentsOf({ kind: "customer", id: customer.id, name: customer.name });

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || moveFocus(event)) return;
    const customer = items[focusedIndex];
    if (event.key === "Enter" && customer && event.target instanceof HTMLTableRowElement) {
      event.preventDefault();
      void navigate({ to: "/customers/$customerId", params: { customerId: customer.id } });
    } else if ((event.key === "a" || event.key === "A") && customer && !event.shiftKey) {
      event.preventDefault();
      // From the button, so that closing the dialog puts focus back on it.
      rowRefs.current[focusedIndex]?.querySelector<HTMLButtonElement>(`.${styles.actionCell} button`)?.focus();
      openAssignments(customer);
    }
  };

  const header = (column: SortableColumn, label: string, width?: number) => {
    const direction = sortDirectionOf(sort, column);
    return (
      <th scope="col" aria-sort={direction} style={width ? { width } : undefined}>
        <button type="button" className={styles.sortButton} onClick={() => onSort(column)}>
          {label}
          <span aria-hidden="true" className={styles.arrow}>
            {ARROWS[direction]}
          </span>
        </button>
      </th>
    );
  };

  return (
    <>
      <table ref={tableRef} aria-label="Customers" aria-rowcount={total + 1} aria-busy={isBusy || undefined} className={`${styles.table} ${isBusy ? styles.busy : ""}`}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className={styles.actionCell}>
              <span className="visually-hidden">Actions</span>
            </th>
            {header("name", "Customer")}
            {header("tpid", "TPID", 120)}
            {header("region", "Region", 110)}
            <th scope="col" style={{ width: 110 }}>
              Tenants
            </th>
            <th scope="col" style={{ width: 100 }}>
              Blocked
            </th>
            <th scope="col">Winner tenant</th>
            <th scope="col">Primary FM</th>
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {items.map((customer, index) => {
            const visible = customer.visibleTenantCount ?? customer.tenantCount;
            const blocked = customer.blockedTenantCount ?? 0;
            return (
              <tr
                key={customer.id}
                ref={(element) => {
                  rowRefs.current[index] = element;
                }}
                tabIndex={index === focusedIndex ? 0 : -1}
                aria-rowindex={offset + index + 2}
                className={styles.row}
                onFocus={() => setFocusedIndex(index)}
              >
                <td className={styles.actionCell}>
                  <AssignmentsButton name={customer.name} isTooltipSuppressed={assignmentsOf !== null} isTabStop={index === focusedIndex} onPress={() => openAssignments(customer)} />
                </td>
                <td>
                  <Link to="/customers/$customerId" params={{ customerId: customer.id }} className={styles.name} tabIndex={-1}>
                    {customer.name}
                  </Link>
                </td>
                <td className="tabular">{customer.tpid}</td>
                <td>{regionLabel(customer.region)}</td>
                <td className="tabular" title={visible === customer.tenantCount ? undefined : `${formatCount(customer.tenantCount)} in all; you see ${formatCount(visible)}`}>
                  {formatCount(visible)}
                  {visible !== customer.tenantCount && <span className={styles.muted}> of {formatCount(customer.tenantCount)}</span>}
                </td>
                <td className="tabular">{blocked > 0 ? <span className={styles.blocked}>⚠ {formatCount(blocked)}</span> : <span className={styles.muted}>0</span>}</td>
                <td className={styles.clip}>{customer.winnerTenantName ?? <span className={styles.muted}>none set</span>}</td>
                <td className={styles.clip}>{customer.primaryFmName ?? <span className={styles.muted}>none</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <AssignmentsDialog record={assignmentsOf} onClose={() => setAssignmentsOf(null)} onChanged={() => void refreshPortfolioLists(queryClient)} />
    </>
  );
}
