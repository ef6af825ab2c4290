import { Button } from "./button.tsx";
import styles from "./announcement.module.css";

type AnnouncementProps = { message: string; onDismiss: () => void };

/** The outcome of a section's last action, announced politely and dismissable; nothing shows when there is none. */
export function Announcement({ message, onDismiss }: AnnouncementProps) {
  return (
    <div className={message ? styles.notice : styles.noticeEmpty}>
      <p role="status" aria-live="polite" className={styles.noticeText}>
        {message}
      </p>
      {message && (
        <Button variant="quiet" size="small" onPress={onDismiss}>
          Dismiss
        </Button>
      )}
    </div>
  );
}
