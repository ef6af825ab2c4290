import table from "../../components/record-table.module.css";
import { formatBytes } from "./csv-file.ts";
import type { ChosenFile } from "./file-picker.tsx";
import styles from "./imports.module.css";

/** The chosen file's name, size and row count, and its first rows as the browser read them. */
export function FileSummary({ chosen, unit = "rows" }: { chosen: ChosenFile; unit?: string }) {
  const { file, rows, header, first } = chosen;
  return (
    <div className={styles.summary}>
      <p className={styles.fileLine} data-testid="chosen-file">
        <strong>{file.name}</strong> · {formatBytes(file.size)} · {rows.toLocaleString("en")} {rows === 1 ? unit.replace(/s$/, "") : unit}
      </p>
      {header.length > 0 && (
        <div className={table.scroll}>
          <table className={table.table}>
            <caption className={styles.caption}>
              The first {Math.min(first.length, rows)} of {rows.toLocaleString("en")} {unit}
            </caption>
            <thead>
              <tr>
                {header.map((name, index) => (
                  <th key={index} scope="col">
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {first.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {header.map((_name, index) => (
                    <td key={index}>{row[index] ?? ""}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
