import { useQuery } from "@tanstack/react-query";
import type { TMeeting, TTenant } from "@waymark/contracts";
import { useState } from "react";
import { Announcement } from "../../components/announcement.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { useLabeler } from "../catalogs/catalog-queries.ts";
import { MeetingItem } from "./meeting-item.tsx";
import { meetingWhen, splitMeetings } from "./meetings.ts";
import { meetingsQuery } from "./meetings-queries.ts";
import { ScheduleMeetingDialog } from "./schedule-meeting-dialog.tsx";
import sectionStyles from "../../components/section.module.css";
import styles from "./meetings-section.module.css";

type MeetingsSectionProps = { tenant: TTenant; canWrite: boolean };

/** Kickoff, governance reviews and checkpoints: upcoming first, then past, each with its invitation to download. */
export function MeetingsSection({ tenant, canWrite }: MeetingsSectionProps) {
  const meetings = useQuery(meetingsQuery(tenant.id));
  const kindLabel = useLabeler("meetingKinds");
  const [announcement, setAnnouncement] = useState("");
  const { upcoming, past } = splitMeetings(meetings.data?.items ?? [], new Date());
  const item = (meeting: TMeeting) => (
    <MeetingItem
      key={meeting.id}
      tenantId={tenant.id}
      meeting={meeting}
      kindLabel={kindLabel(meeting.kind)}
      timeZone={tenant.timeZone}
      canWrite={canWrite}
      onCancelled={(cancelled) => setAnnouncement(`Cancelled “${cancelled.title}”; the attendees get a cancellation by e-mail.`)}
    />
  );

  return (
    <section className={sectionStyles.section} aria-labelledby="meetings-heading">
      <div className={sectionStyles.header}>
        <h2 id="meetings-heading" className={sectionStyles.title}>
          Meetings {meetings.data && <span className={sectionStyles.count}>({upcoming.length} upcoming)</span>}
        </h2>
        {canWrite && (
          <ScheduleMeetingDialog
            tenant={tenant}
            onScheduled={(meeting) =>
              setAnnouncement(
                `Scheduled “${meeting.title}” for ${meetingWhen(meeting.startsAt, meeting.durationMinutes, tenant.timeZone)}; ${meeting.attendees.length} ${meeting.attendees.length === 1 ? "attendee gets" : "attendees get"} the invitation.`,
              )
            }
          />
        )}
      </div>
      <Announcement message={announcement} onDismiss={() => setAnnouncement("")} />
      {meetings.isError ? (
        <ProblemPanel error={meetings.error} onRetry={() => void meetings.refetch()} retrying={meetings.isFetching} />
      ) : !meetings.data ? (
        <p role="status" className={sectionStyles.muted}>
          Loading meetings…
        </p>
      ) : upcoming.length + past.length === 0 ? (
        <div className={sectionStyles.empty}>
          <p className={sectionStyles.emptyTitle}>No meetings yet.</p>
          <p className={sectionStyles.muted}>
            {canWrite ? "Schedule the kickoff once the customer answers; governance reviews and checkpoints may repeat." : "The tenant's FastTrack Manager schedules them."}
          </p>
        </div>
      ) : (
        <>
          <h3 id="meetings-upcoming" className={styles.groupTitle}>
            Upcoming ({upcoming.length})
          </h3>
          {upcoming.length === 0 ? (
            <p className={sectionStyles.muted}>Nothing scheduled ahead.</p>
          ) : (
            <ul className={styles.list} aria-labelledby="meetings-upcoming">
              {upcoming.map(item)}
            </ul>
          )}
          {past.length > 0 && (
            <>
              <h3 id="meetings-past" className={styles.groupTitle}>
                Past ({past.length})
              </h3>
              <ul className={styles.list} aria-labelledby="meetings-past">
                {past.map(item)}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
