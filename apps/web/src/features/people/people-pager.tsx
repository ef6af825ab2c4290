import { Button } from "../../components/button.tsx";
import { formatCount } from "../../lib/format.ts";
import styles from "./people-toolbar.module.css";

type PeoplePagerProps = { offset: number; pageSize: number; shown: number; total: number; onOffsetChange: (offset: number) => void };

export function PeoplePager({ offset, pageSize, shown, total, onOffsetChange }: PeoplePagerProps) {
  return (
    <div className={styles.pager}>
      {/* Polite, so a new count after a search is announced without stealing focus. */}
      <span role="status" aria-live="polite" className={`${styles.summary} tabular`}>
        {total === 0 ? "No accounts" : shown === 0 ? `None on this page of ${formatCount(total)}` : `Showing ${formatCount(offset + 1)}–${formatCount(offset + shown)} of ${formatCount(total)}`}
      </span>
      <Button size="small" isDisabled={offset === 0} onPress={() => onOffsetChange(Math.max(0, offset - pageSize))}>
        Previous
      </Button>
      <Button size="small" isDisabled={offset + pageSize >= total} onPress={() => onOffsetChange(offset + pageSize)}>
        Next
      </Button>
    </div>
  );
}
