import type { TContact, TTenant } from "@waymark/contracts";
import { ConsentsDialog } from "./consents-dialog.tsx";
import { ContactDialog } from "./contact-dialog.tsx";
import { type ContactType, levelWord, roleLabelOf } from "./contacts.ts";
import { RemoveContactDialog } from "./remove-contact-dialog.tsx";
import tableStyles from "../../components/record-table.module.css";
import styles from "./contacts-section.module.css";

type ContactsTableProps = { tenant: TTenant; type: ContactType; contacts: TContact[]; canWrite: boolean; labelledBy: string; onChanged: (message: string) => void };

const yesNo = (value: boolean) => (value ? "Yes" : "No");

/** One type's contacts; the columns that only mean something for that type show for it alone. */
export function ContactsTable({ tenant, type, contacts, canWrite, labelledBy, onChanged }: ContactsTableProps) {
  const customer = type === "customer";
  return (
    <div className={tableStyles.scroll}>
      <table className={tableStyles.table} aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">{roleLabelOf(type)}</th>
            <th scope="col">E-mail</th>
            <th scope="col">Phone</th>
            <th scope="col">Engaged</th>
            {customer && <th scope="col">Do not call</th>}
            {customer && <th scope="col">Survey eligible</th>}
            {!customer && <th scope="col">Partner</th>}
            <th scope="col">Level</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((contact) => (
            <tr key={contact.id}>
              <th scope="row">
                {contact.name}
                {contact.synced && (
                  <span className={styles.badge} title="Comes from the upstream sync">
                    Synced
                  </span>
                )}
                {contact.awaitingCustomerStep && (
                  <span className={styles.badge} title="Kept aside until the Gateway's Contact Customer step puts it on the record">
                    Awaiting Contact Customer step
                  </span>
                )}
              </th>
              <td>{contact.role}</td>
              <td>{contact.email ?? <span className={styles.reason}>No e-mail</span>}</td>
              <td>{contact.phone}</td>
              <td>{yesNo(contact.isEngaged)}</td>
              {customer && (
                <td>
                  {contact.doNotCall ? <span className={styles.warn}>Do not call</span> : "No"}
                  {contact.doNotCall && contact.doNotCallReason && <span className={styles.reason}>{contact.doNotCallReason}</span>}
                </td>
              )}
              {customer && (
                <td>
                  {yesNo(contact.surveyEligible)}
                  {contact.surveyEligible && (
                    <span className={styles.reason}>{[contact.surveyLanguage, contact.country, contact.servicesDeployed.join(", ")].filter(Boolean).join(" · ")}</span>
                  )}
                </td>
              )}
              {!customer && <td>{contact.partner?.name}</td>}
              <td>{levelWord(contact)}</td>
              <td>
                <div className={styles.actions}>
                  {canWrite && <ContactDialog tenant={tenant} contact={contact} onSaved={onChanged} />}
                  <ConsentsDialog tenantId={tenant.id} contact={contact} canWrite={canWrite} />
                  {canWrite && <RemoveContactDialog tenantId={tenant.id} contact={contact} onRemoved={onChanged} />}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
