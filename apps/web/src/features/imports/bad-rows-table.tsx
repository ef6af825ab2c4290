import table from "../../components/record-table.module.css";
import { LISTED_BAD_ROWS } from "./imports.ts";
import styles from "./imports.module.css";

export type BadLine = { where: number | null; column?: string | null; message: string };

type BadRowsTableProps = { caption: string; whereLabel: "Row" | "Line"; items: BadLine[]; showColumn?: boolean };

/** Each bad row (or line) of a file with where it is and what is wrong: the first 200, and how many more there are. */
export function BadRowsTable({ caption, whereLabel, items, showColumn = true }: BadRowsTableProps) {
  const shown = items.slice(0, LISTED_BAD_ROWS);
  const more = items.length - shown.length;
  return (
    <div className={table.scroll}>
      <table className={table.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{whereLabel}</th>
            {showColumn && <th scope="col">Column</th>}
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((item, index) => (
            <tr key={index}>
              <td className={styles.number}>{item.where ?? (whereLabel === "Row" ? "header" : "file")}</td>
              {showColumn && <td>{item.column ?? "—"}</td>}
              <td>{item.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 && (
        <p className={styles.more}>
          and {more.toLocaleString("en")} more not shown; fix these and import again to see the rest.
        </p>
      )}
    </div>
  );
}
