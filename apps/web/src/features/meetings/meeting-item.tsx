import type { TMeeting } from "@waymark/contracts";
import facts from "../../components/facts.module.css";
import { meetingsApi } from "../../lib/api.ts";
import { CancelMeetingDialog } from "./cancel-meeting-dialog.tsx";
import { meetingStatusWord, meetingWhen, recurrenceText } from "./meetings.ts";
import styles from "./meetings-section.module.css";

type MeetingItemProps = {
  tenantId: string;
  meeting: TMeeting;
  kindLabel: string;
  /** The tenant's time zone: every time on the page is read in it. */
  timeZone: string;
  canWrite: boolean;
  onCancelled: (meeting: TMeeting) => void;
};

export function MeetingItem({ tenantId, meeting, kindLabel, timeZone, canWrite, onCancelled }: MeetingItemProps) {
  const titleId = `meeting-title-${meeting.id}`;
  const cancelled = meeting.status === "cancelled";
  return (
    <li className={[styles.item, cancelled && styles.cancelled].filter(Boolean).join(" ")} aria-labelledby={titleId}>
      <p className={styles.meetingLine}>
        <span id={titleId} className={styles.meetingTitle}>
          {meeting.title}
        </span>
        <span className={styles.kind}>{kindLabel}</span>
        <span className={styles.status} data-status={meeting.status}>
          {meetingStatusWord(meeting.status)}
        </span>
      </p>
      <dl className={facts.facts}>
        <div className={facts.fact}>
          <dt>When</dt>
          <dd>
            <time dateTime={meeting.startsAt}>{meetingWhen(meeting.startsAt, meeting.durationMinutes, timeZone)}</time>
          </dd>
        </div>
        <div className={facts.fact}>
          <dt>Repeats</dt>
          <dd>{recurrenceText(meeting.recurrence)}</dd>
        </div>
        <div className={facts.fact}>
          <dt>Attendees</dt>
          <dd>{meeting.attendees.length === 0 ? "nobody invited yet" : meeting.attendees.map((a) => `${a.name} (${a.email})`).join(", ")}</dd>
        </div>
        {meeting.organizer && (
          <div className={facts.fact}>
            <dt>Organizer</dt>
            <dd>{meeting.organizer.name}</dd>
          </div>
        )}
        {meeting.timeZone !== timeZone && (
          <div className={facts.fact}>
            <dt>Invitation time zone</dt>
            <dd>{meeting.timeZone}</dd>
          </div>
        )}
      </dl>
      <div className={styles.actions}>
        <a href={meetingsApi.invitationUrl(meeting.id)} download={`${meeting.title}.ics`} aria-describedby={titleId}>
          {cancelled ? "Download cancellation (.ics)" : "Download invitation (.ics)"}
        </a>
        {canWrite && !cancelled && <CancelMeetingDialog tenantId={tenantId} meeting={meeting} describedBy={titleId} onCancelled={onCancelled} />}
      </div>
    </li>
  );
}
