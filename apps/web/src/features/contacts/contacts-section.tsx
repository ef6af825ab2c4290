import { useQuery } from "@tanstack/react-query";
import type { TTenant } from "@waymark/contracts";
import { useState } from "react";
import { Tab, TabList, TabPanel, Tabs } from "react-aria-components";
import { Announcement } from "../../components/announcement.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { ContactDialog } from "./contact-dialog.tsx";
import { CONTACT_TABS, type ContactType, contactsOfType } from "./contacts.ts";
import { tenantContactsQuery } from "./contacts-queries.ts";
import { ContactsTable } from "./contacts-table.tsx";
import sectionStyles from "../../components/section.module.css";
import styles from "./contacts-section.module.css";

type ContactsSectionProps = { tenant: TTenant; canWrite: boolean };

/** The tenant's people by type (customer, partner, Microsoft account team), with what each agreed to. */
export function ContactsSection({ tenant, canWrite }: ContactsSectionProps) {
  const contacts = useQuery(tenantContactsQuery(tenant.id));
  const [type, setType] = useState<ContactType>("customer");
  const [announcement, setAnnouncement] = useState("");
  const items = contacts.data?.items ?? [];

  return (
    <section className={sectionStyles.section} aria-labelledby="contacts-heading">
      <div className={sectionStyles.header}>
        <h2 id="contacts-heading" className={sectionStyles.title}>
          Contacts {contacts.data && <span className={sectionStyles.count}>({items.length})</span>}
        </h2>
        {canWrite && <ContactDialog key={type} tenant={tenant} type={type} onSaved={setAnnouncement} />}
      </div>
      <Announcement message={announcement} onDismiss={() => setAnnouncement("")} />
      {contacts.isError ? (
        <ProblemPanel error={contacts.error} onRetry={() => void contacts.refetch()} retrying={contacts.isFetching} />
      ) : !contacts.data ? (
        <p role="status" className={sectionStyles.muted}>
          Loading contacts…
        </p>
      ) : (
        <Tabs selectedKey={type} onSelectionChange={(key) => setType(key as ContactType)}>
          <TabList aria-label="Contact type" className={styles.tabList}>
            {CONTACT_TABS.map((tab) => (
              <Tab key={tab.type} id={tab.type} className={styles.tab}>
                {tab.label} ({contactsOfType(items, tab.type).length})
              </Tab>
            ))}
          </TabList>
          {CONTACT_TABS.map((tab) => {
            const ofType = contactsOfType(items, tab.type);
            return (
              <TabPanel key={tab.type} id={tab.type} className={styles.panel}>
                {ofType.length === 0 ? (
                  <div className={sectionStyles.empty}>
                    <p className={sectionStyles.emptyTitle}>No {tab.label.toLowerCase()} contacts.</p>
                    <p className={sectionStyles.muted}>
                      {canWrite ? `Add one with “Add contact…”; the type is set to ${tab.label}.` : "The tenant's FastTrack Manager records them."}
                    </p>
                  </div>
                ) : (
                  <ContactsTable tenant={tenant} type={tab.type} contacts={ofType} canWrite={canWrite} labelledBy="contacts-heading" onChanged={setAnnouncement} />
                )}
              </TabPanel>
            );
          })}
        </Tabs>
      )}
    </section>
  );
}
