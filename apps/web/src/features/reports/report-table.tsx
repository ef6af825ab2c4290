import { Link } from "@tanstack/react-router";
import { Button } from "../../components/button.tsx";
import table from "../../components/record-table.module.css";
import type { Column, Labels, Row } from "./report-types.ts";
import { cellText } from "./report-text.ts";
import type { ReportsSearch } from "./reports-search.ts";
import styles from "./reports.module.css";

type ReportTableProps = { caption: string; columns: readonly Column[]; rows: readonly Row[]; labels: Labels; onDrill: (patch: Partial<ReportsSearch>) => void };

function Cell({ column, row, labels, onDrill }: { column: Column; row: Row; labels: Labels; onDrill: ReportTableProps["onDrill"] }) {
  const text = cellText(column, row, labels);
  if (column.tenantId) return <Link to="/tenants/$tenantId" params={{ tenantId: column.tenantId(row) }}>{text}</Link>;
  if (column.drill && row[column.key] !== 0) {
    const drill = column.drill;
    return (
      <Button size="small" variant="quiet" className={styles.drill} aria-label={`${text} ${column.label.toLowerCase()}: list them`} onPress={() => onDrill(drill(row))}>
        {text}
      </Button>
    );
  }
  return <>{text}</>;
}

/** The rows of a report table, captioned; the first column heads each row. */
export function ReportTable({ caption, columns, rows, labels, onDrill }: ReportTableProps) {
  return (
    <div className={table.scroll}>
      <table className={table.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? styles.number : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {columns.map((column, at) => {
                const cell = <Cell column={column} row={row} labels={labels} onDrill={onDrill} />;
                const className = column.numeric ? `${styles.number} tabular` : undefined;
                return at === 0 ? (
                  <th key={column.key} scope="row" className={className}>
                    {cell}
                  </th>
                ) : (
                  <td key={column.key} className={className}>
                    {cell}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
