import styles from "./tenant-detail-page.module.css";

/** Why the tenant is read-only for this reader and what to do about it, under the header. */
export function ReadOnlyNotice({ explanation }: { explanation: string }) {
  return (
    <div role="note" aria-label="Read-only" className={styles.readOnly}>
      <p className={styles.readOnlyText}>
        <strong>Read-only.</strong> {explanation}
      </p>
    </div>
  );
}
