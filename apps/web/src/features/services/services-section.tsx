import type { TService, TTenant } from "@waymark/contracts";
import { Fragment, useId, useState } from "react";
import { Button } from "../../components/button.tsx";
import { formatCount, formatDate } from "../../lib/format.ts";
import { useHasSessionDraft } from "../../lib/session-draft-hook.ts";
import { draftMarked } from "../../lib/session-draft.ts";
import { useCatalog } from "../catalogs/catalog-queries.ts";
import { adoptionIndicators } from "./adoption.ts";
import { L1Split } from "./l1-split-bar.tsx";
import { summarizeSplit } from "./l1-split.ts";
import { ActiveUsage } from "./services-table.tsx";
import { groupServices, migrationSummary, stageText, targetDateOf } from "./service-summary.ts";
import { deliveryDraftKey } from "./delivery-draft.ts";
import { DeliveryForm } from "./delivery-form.tsx";
import { migrationDraftKey } from "./migration-draft.ts";
import { MigrationForm } from "./migration-form.tsx";
import { splitDraftKey } from "./split-draft.ts";
import { SplitEditor, SplitRowsReadOnly } from "./split-editor.tsx";
import { SplitNotes } from "./split-notes.tsx";
import sectionStyles from "../../components/section.module.css";
import styles from "./services-section.module.css";

const FAMILY_LABELS: Record<string, string> = { office365: "Office 365", ems: "EMS", windows: "Windows" };
const COLUMNS = 8;

type ServicesSectionProps = { tenant: TTenant; canWrite: boolean };

/** The Services tab: services grouped by family, each row's split, usage, dates, delivery, adoption and migration; a row opens its L1 split. */
export function ServicesSection({ tenant, canWrite }: ServicesSectionProps) {
  const headingId = useId();
  const catalog = useCatalog("services");
  // Panels the user opened or closed; the others start open when something typed waits in them (after a reload).
  const [chosen, setChosen] = useState<ReadonlyMap<string, boolean>>(new Map());
  const choose = (serviceId: string, open: boolean) => setChosen((current) => new Map(current).set(serviceId, open));
  const groups = groupServices(tenant.services, catalog, FAMILY_LABELS);

  return (
    <section className={sectionStyles.section} aria-labelledby={headingId}>
      <div className={sectionStyles.header}>
        <h2 id={headingId} className={sectionStyles.title}>
          Services <span className={sectionStyles.count}>({tenant.services.length})</span>
        </h2>
      </div>
      {!canWrite && <p className={sectionStyles.muted}>Read-only: you can read the L1 splits here but not change them.</p>}
      {tenant.services.length === 0 ? (
        <p className={sectionStyles.muted}>This tenant has no services yet.</p>
      ) : (
        <div className={styles.scroll}>
          <table className={styles.table} aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">Service</th>
                <th scope="col">Stage</th>
                <th scope="col" className={styles.number}>
                  Entitlements
                </th>
                <th scope="col">L1 split</th>
                <th scope="col" className={styles.number}>
                  Active users
                </th>
                <th scope="col">Dates</th>
                <th scope="col">Delivery and data migration</th>
                <th scope="col">Adoption (DIBS / SSAT)</th>
              </tr>
            </thead>
            {groups.map((group) => (
              <tbody key={group.family}>
                <tr className={styles.group}>
                  <th scope="colgroup" colSpan={COLUMNS}>
                    {group.label}
                  </th>
                </tr>
                {group.services.map((service) => (
                  <ServiceRows
                    key={service.id}
                    tenant={tenant}
                    service={service}
                    canWrite={canWrite}
                    chosenOpen={chosen.get(service.id)}
                    onToggle={(open) => choose(service.id, open)}
                  />
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </section>
  );
}

type ServiceRowsProps = { tenant: TTenant; service: TService; canWrite: boolean; chosenOpen: boolean | undefined; onToggle: (open: boolean) => void };

/** Whether any of the service panel's forms keeps something typed in this tab. */
function useHasServiceDraft(tenantId: string, serviceId: string): boolean {
  const split = useHasSessionDraft(splitDraftKey(tenantId, serviceId));
  const delivery = useHasSessionDraft(deliveryDraftKey(tenantId, serviceId));
  const migration = useHasSessionDraft(migrationDraftKey(tenantId, serviceId));
  return split || delivery || migration;
}

function ServiceRows({ tenant, service, canWrite, chosenOpen, onToggle }: ServiceRowsProps) {
  const panelId = useId();
  const hasDraft = useHasServiceDraft(tenant.id, service.id) && canWrite;
  // Opened for a draft, the panel stays open once the draft is saved, so the "Saved …" line is still seen.
  const [openedForDraft, setOpenedForDraft] = useState(false);
  if (hasDraft && !openedForDraft) setOpenedForDraft(true);
  const isOpen = chosenOpen ?? openedForDraft;
  const catalog = useCatalog("services");
  const l1Statuses = useCatalog("l1Statuses");
  const serviceStatuses = useCatalog("serviceStatuses");
  const scenarios = useCatalog("engagementScenarios");
  const entry = catalog.find((candidate) => candidate.code === service.service);
  const scenario = scenarios.find((candidate) => candidate.code === service.engagementScenario);
  const indicators = adoptionIndicators(service, tenant, {
    family: typeof entry?.family === "string" ? entry.family : undefined,
    dibsTrack: scenario?.dibsTrack as "css" | "ftp" | null | undefined,
  });
  const target = targetDateOf(service);
  const action = canWrite ? "Edit split" : "Split details";

  return (
    <Fragment>
      <tr>
        <th scope="row" className={styles.service}>
          {service.serviceLabel}
          <Button
            size="small"
            className={styles.toggle}
            aria-expanded={isOpen}
            aria-controls={isOpen ? panelId : undefined}
            aria-label={draftMarked(`${action} of ${service.serviceLabel}`, hasDraft)}
            onPress={() => onToggle(!isOpen)}
          >
            <span aria-hidden="true">{isOpen ? "▾ " : "▸ "}</span>
            {action}
            {hasDraft && " (draft)"}
          </Button>
        </th>
        <td className={styles.stage}>
          {stageText(service.serviceStatus, serviceStatuses)}
          <span className={styles.muted}>{service.daysInStatus === 1 ? "1 day" : `${service.daysInStatus} days`} in stage</span>
        </td>
        <td className={`${styles.number} tabular`}>
          {formatCount(service.effectiveEntitlements)}
          {service.entitlementOverride !== null && <span className={styles.muted}>override; {formatCount(service.totalEntitlements)} purchased</span>}
        </td>
        <td>
          <L1Split parts={summarizeSplit(service.split, l1Statuses)} effective={service.effectiveEntitlements} />
          <SplitNotes split={service.split} l1Statuses={l1Statuses} />
        </td>
        <td className={`${styles.number} tabular`}>
          <ActiveUsage usage={service.usage} />
        </td>
        <td>
          <dl className={styles.dates}>
            <dt>Target</dt>
            <dd>{target ? formatDate(target) : "none"}</dd>
            <dt>Next action</dt>
            <dd>{service.nextActionDate ? formatDate(service.nextActionDate) : "none"}</dd>
            <dt>Engagement start</dt>
            <dd>{service.engagementStartDate ? formatDate(service.engagementStartDate) : "none"}</dd>
          </dl>
        </td>
        <td>
          <dl className={styles.facts}>
            <dt>Delivery</dt>
            <dd>{scenario?.label ?? service.engagementScenario}</dd>
            <dt>Migration</dt>
            <dd>
              {migrationSummary(service.migration, entry?.migrationEligible === true)}
              {service.migration.warning && <span className={styles.warning}>{service.migration.warning}</span>}
            </dd>
          </dl>
        </td>
        <td>
          {indicators.length === 0 ? (
            <span className={styles.muted}>None required for this scenario</span>
          ) : (
            <ul className={styles.indicators}>
              {indicators.map((indicator) => (
                <li key={indicator.name} className={indicator.complete ? styles.complete : styles.missing}>
                  <span aria-hidden="true">{indicator.complete ? "✓ " : "! "}</span>
                  {indicator.text}
                </li>
              ))}
            </ul>
          )}
        </td>
      </tr>
      {isOpen && (
        <tr className={styles.panelRow}>
          <td colSpan={COLUMNS}>
            <div className={styles.panel}>
              {canWrite ? (
                <WritablePanel tenant={tenant} service={service} id={panelId} migrationEligible={entry?.migrationEligible === true} />
              ) : (
                <div id={panelId}>
                  <SplitRowsReadOnly service={service} />
                </div>
              )}
            </div>
          </td>
        </tr>
      )}
    </Fragment>
  );
}

type WritablePanelProps = { tenant: TTenant; service: TService; id: string; migrationEligible: boolean };

/** The panel's forms share the service version, so saving one does not make the others stale. */
function WritablePanel({ tenant, service, id, migrationEligible }: WritablePanelProps) {
  const [version, setVersion] = useState(service.version);
  return (
    <>
      <SplitEditor tenant={tenant} service={service} id={id} version={version} onVersion={setVersion} />
      <DeliveryForm tenant={tenant} service={service} version={version} onVersion={setVersion} />
      {migrationEligible && <MigrationForm tenant={tenant} service={service} version={version} onVersion={setVersion} />}
    </>
  );
}
