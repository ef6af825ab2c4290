import { useQuery } from "@tanstack/react-query";
import type { TTenant } from "@waymark/contracts";
import { useState } from "react";
import { Announcement } from "../../components/announcement.tsx";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { ReferralDialog } from "../referrals/referral-dialog.tsx";
import { type PickedPartner, PartnerPicker } from "./partner-picker.tsx";
import { linkedPartners, yesNo } from "./partners.ts";
import { tenantPartnersQuery, useLinkPartner } from "./partners-queries.ts";
import { RemovePartnerDialog } from "./remove-partner-dialog.tsx";
import sectionStyles from "../../components/section.module.css";
import tableStyles from "../../components/record-table.module.css";
import styles from "./partners-section.module.css";

type PartnersSectionProps = { tenant: TTenant; canWrite: boolean };

/** The partner organisations working with the tenant ("No Partner Identified" when none), and referrals to partners. */
export function PartnersSection({ tenant, canWrite }: PartnersSectionProps) {
  const partners = useQuery(tenantPartnersQuery(tenant.id));
  const link = useLinkPartner(tenant.id);
  const [picked, setPicked] = useState<PickedPartner | null>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const [pickError, setPickError] = useState<string | undefined>();
  const [announcement, setAnnouncement] = useState("");
  const linked = linkedPartners(partners.data);

  const add = () => {
    if (!picked) {
      setPickError("Pick a partner organisation from the list first.");
      return;
    }
    setPickError(undefined);
    const name = picked.name;
    link.mutate(picked.id, {
      onSuccess: () => {
        setAnnouncement(`${name} was added to ${tenant.name}.`);
        setPicked(null);
        setPickerKey((key) => key + 1);
      },
    });
  };

  return (
    <section className={sectionStyles.section} aria-labelledby="partners-heading">
      <div className={sectionStyles.header}>
        <h2 id="partners-heading" className={sectionStyles.title}>
          Partners {partners.data && <span className={sectionStyles.count}>({linked.length})</span>}
        </h2>
        {canWrite && <ReferralDialog tenant={tenant} />}
      </div>
      <Announcement message={announcement} onDismiss={() => setAnnouncement("")} />
      {partners.isError ? (
        <ProblemPanel error={partners.error} onRetry={() => void partners.refetch()} retrying={partners.isFetching} />
      ) : !partners.data ? (
        <p role="status" className={sectionStyles.muted}>
          Loading partners…
        </p>
      ) : (
        <div className={tableStyles.scroll}>
          <table className={tableStyles.table} aria-labelledby="partners-heading">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">MPN ID</th>
                <th scope="col">FRP member</th>
                <th scope="col">Wants assistance</th>
                {canWrite && linked.length > 0 && <th scope="col">Actions</th>}
              </tr>
            </thead>
            <tbody>
              {partners.data.items.map((item) => (
                <tr key={item.partnerId ?? "none"} className={item.partnerId ? undefined : styles.placeholder}>
                  <th scope="row">{item.name}</th>
                  <td>{item.mpnId}</td>
                  <td>{item.partnerId ? yesNo(item.frpMember) : ""}</td>
                  <td>{item.partnerId ? yesNo(item.desiresAssistance) : ""}</td>
                  {canWrite && linked.length > 0 && (
                    <td>
                      {item.partnerId && (
                        <RemovePartnerDialog
                          tenantId={tenant.id}
                          tenantName={tenant.name}
                          partner={{ partnerId: item.partnerId, name: item.name }}
                          onRemoved={setAnnouncement}
                        />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canWrite && (
        <div className={styles.addRow}>
          <div className={styles.picker}>
            <PartnerPicker
              key={pickerKey}
              label="Add a partner"
              partner={picked}
              onChange={(partner) => {
                setPicked(partner);
                setPickError(undefined);
                link.reset();
              }}
              error={pickError}
              isDisabled={link.isPending}
            />
          </div>
          <div className={styles.addButton}>
            <Button onPress={add} isDisabled={link.isPending}>
              {link.isPending ? "Adding…" : "Add partner"}
            </Button>
          </div>
        </div>
      )}
      {link.isError && <ProblemPanel error={link.error} />}
    </section>
  );
}
