import { Button } from "../../components/button.tsx";
import { formatCount } from "../../lib/format.ts";
import styles from "./tenant-pager.module.css";

type PagerProps = { offset: number; pageSize: number; shown: number; total: number; onOffsetChange: (offset: number) => void };

export function TenantPager({ offset, pageSize, shown, total, onOffsetChange }: PagerProps) {
  const first = shown === 0 ? 0 : offset + 1;
  const last = offset + shown;
  return (
    <div className={styles.pager}>
      {/* Polite, so a new count after a search or filter is announced without stealing focus. */}
      <span role="status" aria-live="polite" className={`${styles.summary} tabular`}>
        {total === 0
          ? "No tenants"
          : shown === 0
            ? `None on this page of ${formatCount(total)}`
            : `Showing ${formatCount(first)}–${formatCount(last)} of ${formatCount(total)}`}
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
