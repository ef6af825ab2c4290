import { formatDate } from "../../lib/format.ts";
import styles from "./notes-section.module.css";

/** A note's next action: "Next action due 3 Dec 2026, owner you: call the IT lead". */
export function NextAction({ text, date, owner }: { text: string; date: string | null; owner?: string | null }) {
  return (
    <p className={styles.nextAction}>
      <strong>Next action</strong>
      {date && (
        <>
          {" "}
          due <time dateTime={date}>{formatDate(date)}</time>
        </>
      )}
      {owner && `, owner ${owner}`}: {text}
    </p>
  );
}
