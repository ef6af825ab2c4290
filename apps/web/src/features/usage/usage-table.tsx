import { formatCount, formatDate } from "../../lib/format.ts";
import { formatPercent, type UsageDay } from "./usage.ts";
import styles from "./usage-section.module.css";

type UsageTableProps = { caption: string; shown: readonly UsageDay[] };

/** The chart's numbers as a table, newest day first: the accessible alternative to the chart. */
export function UsageTable({ caption, shown }: UsageTableProps) {
  return (
    // It scrolls, so it is a tab stop: a keyboard reaches the older days with the arrow keys.
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-label={caption}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col" className={styles.number}>
              Active users
            </th>
            <th scope="col" className={styles.number}>
              Entitlements
            </th>
            <th scope="col" className={styles.number}>
              AU %
            </th>
          </tr>
        </thead>
        <tbody>
          {[...shown].reverse().map((day) => (
            <tr key={day.day}>
              <th scope="row">{formatDate(day.day)}</th>
              <td className={styles.number}>{formatCount(day.activeUsers)}</td>
              <td className={styles.number}>{formatCount(day.entitlements)}</td>
              <td className={styles.number}>{formatPercent(day.activeUsersPercent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
