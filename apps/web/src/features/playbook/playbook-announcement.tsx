import { Button } from "../../components/button.tsx";
import type { RecordedEvent } from "./playbook-queries.ts";
import styles from "./playbook-section.module.css";

const EVENT_TITLES: Readonly<Record<string, string>> = {
  "playbook.started": "BVD started",
  "bvd.delivered": "BVD delivered",
  "bvd.declined": "BVD declined",
  "bvd.attempt_unanswered": "Unanswered attempt recorded",
};

type AnnouncementProps = { recorded: RecordedEvent | null; serviceLabel: (code: string | null) => string; onDismiss: () => void };

/**
 * What the rules did, as their own sentences. The polite live region is always in the page so screen readers
 * announce each new result; the Dismiss button sits outside it so it is not read out.
 */
export function PlaybookAnnouncement({ recorded, serviceLabel, onDismiss }: AnnouncementProps) {
  const effects = recorded?.result.effects ?? [];
  const title = recorded
    ? `${recorded.event.service ? `${serviceLabel(recorded.event.service)}: ` : ""}${EVENT_TITLES[recorded.event.type] ?? recorded.event.type}`
    : "";
  return (
    <div className={recorded ? styles.toast : styles.toastEmpty}>
      <div role="status" aria-live="polite" className={styles.toastBody}>
        {recorded && (
          <>
            <strong>{title}</strong>
            {effects.length === 0 ? (
              <p className={styles.toastNote}>Nothing changed: the playbook had already applied this.</p>
            ) : (
              <ul className={styles.toastList}>
                {[...new Set(effects.map((effect) => effect.explanation.why))].map((why) => (
                  <li key={why}>{why}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      {recorded && (
        <Button variant="quiet" size="small" onPress={onDismiss}>
          Dismiss
        </Button>
      )}
    </div>
  );
}
