import type { TCustomerOverviewContact } from "@waymark/contracts";
import { Link } from "@tanstack/react-router";
import sectionStyles from "../../components/section.module.css";
import { contactGroups } from "./customer-view.ts";
import styles from "./customer.module.css";

/** The customer's contacts: those recorded for the whole customer and those of its tenants, by type. */
export function CustomerContacts({ contacts }: { contacts: TCustomerOverviewContact[] }) {
  return (
    <section className={sectionStyles.section} aria-labelledby="customer-contacts">
      <div className={sectionStyles.header}>
        <h2 id="customer-contacts" className={sectionStyles.title}>
          Contacts <span className={sectionStyles.count}>{contacts.length}</span>
        </h2>
        <span className={sectionStyles.muted}>Add or change contacts on a tenant's Contacts tab.</span>
      </div>
      {contacts.length === 0 ? (
        <div className={sectionStyles.empty}>
          <p className={sectionStyles.emptyTitle}>No contacts yet</p>
          <p className={sectionStyles.muted}>Open one of the tenants and add contacts on its Contacts tab ("whole customer" records them here).</p>
        </div>
      ) : (
        contactGroups(contacts).map((group) => (
          <div key={group.type} className={styles.contactGroup}>
            <h3 className={styles.groupTitle}>{group.title}</h3>
            <ul className={sectionStyles.list}>
              {group.contacts.map((contact) => (
                <li key={contact.id} className={`${sectionStyles.item} ${styles.contact}`}>
                  <span className={styles.contactName}>{contact.name}</span>
                  <span className={styles.muted}>
                    {[contact.role, contact.email, contact.phone].filter(Boolean).join(" · ") || "No role, e-mail or phone recorded"}
                  </span>
                  <span className={styles.muted}>
                    {contact.tenant ? (
                      <>
                        Tenant:{" "}
                        <Link to="/tenants/$tenantId" params={{ tenantId: contact.tenant.id }}>
                          {contact.tenant.name}
                        </Link>
                      </>
                    ) : (
                      "Whole customer"
                    )}
                    {contact.doNotCall && <span className={styles.doNotCall}> · Do not call</span>}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
