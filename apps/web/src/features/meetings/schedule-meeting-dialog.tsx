import { useQuery } from "@tanstack/react-query";
import type { TCreateMeeting, TMeeting, TTenant } from "@waymark/contracts";
import { type FormEvent, useState } from "react";
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { TextField } from "../../components/text-field.tsx";
import { problemOf } from "../../lib/api.ts";
import { useSessionDraft } from "../../lib/session-draft-hook.ts";
import { SessionDraftNote } from "../../lib/session-draft-note.tsx";
import { draftMarked } from "../../lib/session-draft.ts";
import { useCatalog } from "../catalogs/catalog-queries.ts";
import { AttendeeFields, type Guest } from "./attendee-fields.tsx";
import { fieldErrorsOf, isTimeZone, meetingKindOption, type MeetingKindOption, zonedStart } from "./meetings.ts";
import { contactsQuery, useScheduleMeeting } from "./meetings-queries.ts";
import sectionStyles from "../../components/section.module.css";
import styles from "./meetings-section.module.css";

type ScheduleMeetingDialogProps = { tenant: TTenant; onScheduled: (meeting: TMeeting) => void };

type Form = {
  kind: string;
  title: string;
  date: string;
  time: string;
  duration: string;
  timeZone: string;
  repeat: string;
  occurrences: string;
  contactIds: string[];
  guests: Guest[];
};

const tomorrow = () => new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

function freshForm(kind: MeetingKindOption | undefined, timeZone: string): Form {
  return {
    kind: kind?.code ?? "",
    title: kind?.defaultTitle ?? "",
    date: tomorrow(),
    time: "10:00",
    duration: String(kind?.defaultDurationMinutes ?? 60),
    timeZone,
    repeat: "none",
    occurrences: "6",
    contactIds: [],
    guests: [],
  };
}

/** Problems the form can see before asking the server; the server's own rules come back as field errors. */
function localProblems(form: Form): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!form.kind) problems.kind = "Pick the kind of meeting.";
  if (!form.title.trim()) problems.title = "Give the meeting a title.";
  if (!isTimeZone(form.timeZone)) problems.timeZone = "Use an IANA time zone name, e.g. Europe/Berlin.";
  else if (!zonedStart(form.date, form.time, form.timeZone)) problems.startsAt = "Pick the date and the start time.";
  if (!/^\d+$/.test(form.duration)) problems.durationMinutes = "Say how many minutes it lasts, e.g. 60.";
  if (form.repeat !== "none" && !/^\d+$/.test(form.occurrences)) problems.recurrence = "Say how many meetings the series has.";
  if (form.guests.some((guest) => !guest.name.trim() || !guest.email.trim())) problems.attendees = "Give each added person a name and an e-mail address, or remove the row.";
  return problems;
}

/** "Schedule a meeting": the kind sets the title and length; the attendees get the iCalendar invitation by e-mail. */
export function ScheduleMeetingDialog({ tenant, onScheduled }: ScheduleMeetingDialogProps) {
  const kinds = useCatalog("meetingKinds").map(meetingKindOption);
  const contacts = useQuery(contactsQuery(tenant.id));
  const [isOpen, setOpen] = useState(false);
  const draft = useSessionDraft<Form>(`schedule-meeting:${tenant.id}`, freshForm(kinds[0], tenant.timeZone), {
    // Untouched while it is what the chosen kind starts with (the kinds may load after the first render).
    isEmpty: (value) => JSON.stringify(value) === JSON.stringify(freshForm(kinds.find((entry) => entry.code === value.kind), tenant.timeZone)),
    // Guest rows are numbered from 1 again after a reload: restored rows take negative keys so new rows never collide.
    revive: (value) => ({ ...value, guests: value.guests.map((guest, index) => ({ ...guest, key: -(index + 1) })) }),
  });
  const form = draft.value;
  const setForm = draft.set;
  const [titleEdited, setTitleEdited] = useState(false);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const schedule = useScheduleMeeting(tenant.id);
  const kind = kinds.find((entry) => entry.code === form.kind);
  const set = (patch: Partial<Form>) => setForm((current) => ({ ...current, ...patch }));
  const serverProblems = schedule.error ? fieldErrorsOf(problemOf(schedule.error)) : {};
  const shown = { ...serverProblems, ...problems };

  const openChange = (open: boolean) => {
    if (schedule.isPending) return;
    if (open) {
      schedule.reset();
      setProblems({});
      setTitleEdited(false);
      draft.begin(freshForm(kinds[0], tenant.timeZone));
    }
    setOpen(open);
  };
  const chooseKind = (code: string | undefined) => {
    const chosen = kinds.find((entry) => entry.code === code);
    if (!chosen) return;
    set({
      kind: chosen.code,
      duration: String(chosen.defaultDurationMinutes),
      ...(titleEdited || form.title !== (kind?.defaultTitle ?? "") ? {} : { title: chosen.defaultTitle }),
      ...(chosen.mayRecur ? {} : { repeat: "none" }),
    });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (schedule.isPending) return;
    const found = localProblems(form);
    setProblems(found);
    schedule.reset();
    const startsAt = zonedStart(form.date, form.time, form.timeZone);
    if (Object.keys(found).length > 0 || !startsAt || !kind) return;
    schedule.mutate(
      {
        kind: kind.code as TCreateMeeting["kind"],
        title: form.title.trim(),
        startsAt,
        durationMinutes: Number(form.duration),
        timeZone: form.timeZone.trim(),
        recurrence: form.repeat === "none" ? null : { everyWeeks: Number(form.repeat), occurrences: Number(form.occurrences) },
        location: null,
        agenda: null,
        attendees: [
          ...form.contactIds.map((contactId) => ({ contactId })),
          ...form.guests.map((guest) => ({ name: guest.name.trim(), email: guest.email.trim() })),
        ],
      },
      {
        onSuccess: (meeting) => {
          draft.clear();
          setOpen(false);
          onScheduled(meeting);
        },
      },
    );
  };
  const repeatOptions = [
    { value: "none", label: "Does not repeat" },
    ...(kind?.cadenceWeeks ?? []).map((weeks) => ({ value: String(weeks), label: weeks === 1 ? "Every week" : `Every ${weeks} weeks` })),
  ];
  const unplaced = schedule.error && Object.keys(serverProblems).every((field) => !["kind", "title", "startsAt", "durationMinutes", "timeZone", "recurrence", "attendees"].includes(field));

  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={openChange}>
      <Button variant="primary" isDisabled={kinds.length === 0}>
        {draftMarked("Schedule a meeting…", draft.hasDraft)}
      </Button>
      <ModalOverlay className={styles.overlay} isDismissable={!schedule.isPending}>
        <Modal className={styles.modal}>
          <Dialog className={styles.dialog}>
            {({ close }) => (
              <form onSubmit={submit} className={styles.form} noValidate>
                <Heading slot="title" className={styles.dialogTitle}>
                  Schedule a meeting
                </Heading>
                <p className={styles.intro}>Each attendee gets the invitation by e-mail; it can also be downloaded once the meeting is scheduled.</p>
                <SessionDraftNote draft={draft} />
                <SelectField label="Kind" options={kinds.map((entry) => ({ value: entry.code, label: entry.label }))} value={form.kind || undefined} onChange={chooseKind} />
                {shown.kind && <p className={styles.error}>{shown.kind}</p>}
                <TextField
                  label="Title"
                  value={form.title}
                  onChange={(title) => {
                    setTitleEdited(true);
                    set({ title });
                  }}
                  error={shown.title}
                />
                <div className={styles.pair}>
                  <TextField label="Date" type="date" value={form.date} onChange={(date) => set({ date })} error={shown.startsAt} />
                  <TextField label="Start time" type="time" value={form.time} onChange={(time) => set({ time })} />
                </div>
                <div className={styles.pair}>
                  <TextField label="Duration (minutes)" inputMode="numeric" value={form.duration} onChange={(duration) => set({ duration })} error={shown.durationMinutes} />
                  <TextField
                    label="Time zone"
                    description={form.timeZone === tenant.timeZone ? "The tenant's time zone" : `The tenant's is ${tenant.timeZone}`}
                    value={form.timeZone}
                    onChange={(timeZone) => set({ timeZone })}
                    error={shown.timeZone}
                  />
                </div>
                {kind?.mayRecur ? (
                  <div className={styles.pair}>
                    <SelectField label="Repeats" options={repeatOptions} value={form.repeat} onChange={(repeat) => set({ repeat: repeat ?? "none" })} />
                    {form.repeat !== "none" && (
                      <TextField label="Number of meetings" inputMode="numeric" value={form.occurrences} onChange={(occurrences) => set({ occurrences })} error={shown.recurrence} />
                    )}
                  </div>
                ) : (
                  kind && <p className={sectionStyles.muted}>A {kind.label.toLowerCase()} happens once.</p>
                )}
                {!kind?.mayRecur && shown.recurrence && <p className={styles.error}>{shown.recurrence}</p>}
                <AttendeeFields
                  contacts={contacts.data?.items}
                  contactIds={form.contactIds}
                  onContactIds={(contactIds) => set({ contactIds })}
                  guests={form.guests}
                  onGuests={(guests) => set({ guests })}
                  error={shown.attendees}
                />
                {contacts.isError && <ProblemPanel error={contacts.error} onRetry={() => void contacts.refetch()} retrying={contacts.isFetching} />}
                {unplaced ? (
                  <ProblemPanel error={schedule.error} />
                ) : (
                  schedule.isError && (
                    <p role="alert" className={styles.error}>
                      The meeting was not scheduled: see what to fix at the fields above.
                    </p>
                  )
                )}
                <div className={styles.dialogActions}>
                  <Button
                    onPress={() => {
                      draft.clear();
                      close();
                    }}
                    isDisabled={schedule.isPending}
                  >
                    Cancel
                  </Button>
                  <Button type="submit" variant="primary" isDisabled={schedule.isPending}>
                    {schedule.isPending ? "Scheduling…" : "Schedule meeting"}
                  </Button>
                </div>
              </form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
