import type { TService } from "@waymark/contracts";
import type { TCatalogEntry } from "../../lib/api.ts";
import styles from "./split-notes.module.css";

type SplitNotesProps = { split: TService["split"]; l1Statuses: TCatalogEntry[] };

/** Each split row's Entitlement Status Note under the split, labelled with its L1 (notes also sit on 0-count rows). */
export function SplitNotes({ split, l1Statuses }: SplitNotesProps) {
  const noted = split.filter((row) => row.notes && row.notes.trim() !== "");
  if (noted.length === 0) return null;
  const label = (code: string) => l1Statuses.find((entry) => entry.code === code)?.label ?? code;
  return (
    <ul className={styles.notes} aria-label="Entitlement status notes">
      {noted.map((row) => (
        <li key={row.id} className={styles.note}>
          <span className={styles.l1}>{label(row.l1)}:</span> <span>{row.notes}</span>
        </li>
      ))}
    </ul>
  );
}
