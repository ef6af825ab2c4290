import type { TContact } from "@waymark/contracts";
import { Checkbox, CheckboxGroup, Label } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import { TextField } from "../../components/text-field.tsx";
import sectionStyles from "../../components/section.module.css";
import styles from "./meetings-section.module.css";

export type Guest = { key: number; name: string; email: string };

type AttendeeFieldsProps = {
  contacts: TContact[] | undefined;
  contactIds: string[];
  onContactIds: (ids: string[]) => void;
  guests: Guest[];
  onGuests: (guests: Guest[]) => void;
  error: string | undefined;
};

let nextGuestKey = 1;

/** The tenant's contacts with an e-mail address to tick, and anyone else by name and e-mail. */
export function AttendeeFields({ contacts, contactIds, onContactIds, guests, onGuests, error }: AttendeeFieldsProps) {
  const invitable = (contacts ?? []).filter((contact) => contact.email);
  const withoutEmail = (contacts ?? []).length - invitable.length;
  const change = (key: number, patch: Partial<Guest>) => onGuests(guests.map((guest) => (guest.key === key ? { ...guest, ...patch } : guest)));

  return (
    <fieldset className={styles.group}>
      <legend className={styles.groupLabel}>Attendees</legend>
      {contacts === undefined ? (
        <p className={sectionStyles.muted}>Loading the tenant's contacts…</p>
      ) : invitable.length === 0 ? (
        <p className={sectionStyles.muted}>No contact of this tenant has an e-mail address; add people by name and e-mail below.</p>
      ) : (
        <CheckboxGroup className={styles.group} value={contactIds} onChange={onContactIds} isInvalid={Boolean(error)}>
          <Label className={sectionStyles.muted}>The tenant's contacts</Label>
          {invitable.map((contact) => (
            <Checkbox key={contact.id} value={contact.id} className={styles.choice}>
              <span aria-hidden="true" className={styles.checkMark} />
              {contact.name} ({contact.email}){contact.role ? `, ${contact.role}` : ""}
            </Checkbox>
          ))}
        </CheckboxGroup>
      )}
      {withoutEmail > 0 && (
        <p className={sectionStyles.muted}>
          {withoutEmail} {withoutEmail === 1 ? "contact has" : "contacts have"} no e-mail address and cannot be invited.
        </p>
      )}
      {guests.map((guest, index) => (
        <div key={guest.key} className={styles.guestRow}>
          <TextField label={`Name of person ${index + 1}`} value={guest.name} onChange={(name) => change(guest.key, { name })} />
          <TextField label={`E-mail of person ${index + 1}`} type="email" value={guest.email} onChange={(email) => change(guest.key, { email })} />
          <Button size="small" variant="quiet" onPress={() => onGuests(guests.filter((other) => other.key !== guest.key))}>
            Remove person {index + 1}
          </Button>
        </div>
      ))}
      <div>
        <Button size="small" onPress={() => onGuests([...guests, { key: nextGuestKey++, name: "", email: "" }])}>
          Add a person by e-mail
        </Button>
      </div>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
