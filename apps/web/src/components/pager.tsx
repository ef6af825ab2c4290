import { formatCount } from "../lib/format.ts";
import { Button } from "./button.tsx";
import styles from "./pager.module.css";

type PagerProps = {
  offset: number;
  pageSize: number;
  shown: number;
  total: number;
  /** What the list holds, for the empty state: "No tenants". */
  nothing: string;
  onOffsetChange: (offset: number) => void;
};

/** "Showing 51–100 of 1,234" with Previous and Next, for a server-paged list. */
export function Pager({ offset, pageSize, shown, total, nothing, onOffsetChange }: PagerProps) {
  return (
    <div className={styles.pager}>
      {/* Polite, so a new count after a search or filter is announced without stealing focus. */}
      <span role="status" aria-live="polite" className={`${styles.summary} tabular`}>
        {total === 0
          ? nothing
          : shown === 0
            ? `None on this page of ${formatCount(total)}`
            : `Showing ${formatCount(offset + 1)}–${formatCount(offset + shown)} of ${formatCount(total)}`}
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
