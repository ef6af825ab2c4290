import type { TService, TTenant } from "@waymark/contracts";
import { type FormEvent, useId, useState } from "react";
import { Button } from "../../components/button.tsx";
import { ApiError } from "../../lib/api.ts";
import { useSessionDraft } from "../../lib/session-draft-hook.ts";
import { SessionDraftNote } from "../../lib/session-draft-note.tsx";
import { useCatalog } from "../catalogs/catalog-queries.ts";
import {
  type Decision,
  type MigrationDraft,
  migrationBody,
  migrationDraftKey,
  migrationDraftOf,
  type MigrationSessionDraft,
  migrationSessionStart,
  newScenario,
  reviveMigrationDraft,
  sameMigration,
  scenarioMeterText,
  type ScenarioDraft,
} from "./migration-draft.ts";
import { useFreshService, useSetMigration } from "./services-queries.ts";
import styles from "./split-editor.module.css";
import { SaveOutcome } from "./save-outcome.tsx";

type MigrationFormProps = { tenant: TTenant; service: TService; version: number; onVersion: (version: number) => void };

/** Data Migration: whether Microsoft migrates the data, and if so the scenarios adding up to the In Progress count; if not, why. */
export function MigrationForm({ tenant, service, version, onVersion }: MigrationFormProps) {
  const freshService = useFreshService(tenant.id, service.id);
  const headingId = useId();
  const meterId = useId();
  const types = useCatalog("migrationTypes").filter((entry) => Array.isArray(entry.services) && entry.services.includes(service.service));
  const reasons = useCatalog("migrationRejectionReasons");
  // Kept in the tab while typed, so a page reload loses nothing; the values it started from travel along.
  const session = useSessionDraft<MigrationSessionDraft>(migrationDraftKey(tenant.id, service.id), migrationSessionStart(service.migration), {
    isEmpty: (value) => sameMigration(value.form, value.base),
    revive: reviveMigrationDraft,
  });
  const draft = session.value.form;
  const [notice, setNotice] = useState<string | null>(null);
  const save = useSetMigration(tenant.id, service.id);
  const stale = save.error instanceof ApiError && save.error.status === 409;
  const inProgress = service.migration.inProgressEntitlements;
  const set = (patch: Partial<MigrationDraft>) => session.set((current) => ({ ...current, form: { ...current.form, ...patch } }));
  const setScenario = (index: number, patch: Partial<ScenarioDraft>) =>
    set({ scenarios: draft.scenarios.map((scenario, at) => (at === index ? { ...scenario, ...patch } : scenario)) });
  const unused = types.find((entry) => !draft.scenarios.some((scenario) => scenario.migrationType === entry.code));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setNotice(null);
    save.mutate(migrationBody(draft, version), {
      onSuccess: (saved) => {
        onVersion(saved.version);
        session.clear(migrationSessionStart(saved.migration));
        setNotice(`Saved the ${saved.serviceLabel} data migration.`);
      },
    });
  };
  const reload = async () => {
    const current = await freshService();
    save.reset();
    if (!current) return;
    onVersion(current.version);
    setNotice("Reloaded: what you typed is kept; save to apply it to the service as it is now.");
  };

  const discard = () => {
    session.clear(migrationSessionStart(service.migration));
    setNotice(null);
    save.reset();
  };
  // Brought back after a reload while someone saved another migration: saving replaces it, so say so.
  const changedMeanwhile = session.restored && !sameMigration(session.value.base, migrationDraftOf(service.migration));

  return (
    <form className={styles.delivery} aria-labelledby={headingId} onSubmit={submit}>
      <h3 id={headingId} className={styles.subTitle}>
        Data migration of {service.serviceLabel}
      </h3>
      <SessionDraftNote draft={session} onDiscard={discard} />
      {changedMeanwhile && (
        <p role="status" className={styles.notice}>
          The saved data migration changed since you typed this; what you typed is kept; save to replace it.
        </p>
      )}
      <div className={styles.fields}>
        <label className={styles.field}>
          Microsoft performing the migration?
          <select value={draft.decision} onChange={(event) => set({ decision: event.target.value as Decision })} className={styles.input}>
            <option value="undecided">Not decided</option>
            <option value="yes">Yes</option>
            <option value="no">No</option>
          </select>
        </label>
        {draft.decision === "no" && (
          <>
            <label className={styles.field}>
              Why not
              <select value={draft.rejectionReason} onChange={(event) => set({ rejectionReason: event.target.value })} className={styles.input}>
                <option value="">Choose a reason</option>
                {reasons.map((entry) => (
                  <option key={entry.code} value={entry.code}>
                    {entry.label}
                  </option>
                ))}
              </select>
            </label>
            <label className={styles.field}>
              Rejection note
              <input value={draft.rejectionNote} maxLength={2000} onChange={(event) => set({ rejectionNote: event.target.value })} className={styles.input} />
            </label>
          </>
        )}
        {draft.decision === "yes" && (
          <>
            <label className={styles.field}>
              Migration start
              <input type="date" value={draft.startDate} onChange={(event) => set({ startDate: event.target.value })} className={styles.input} />
            </label>
            <label className={styles.field}>
              Migration end
              <input type="date" value={draft.endDate} onChange={(event) => set({ endDate: event.target.value })} className={styles.input} />
            </label>
          </>
        )}
      </div>
      {draft.decision === "yes" && (
        <>
          <p id={meterId} role="status" className={styles.meter}>
            {scenarioMeterText(draft.scenarios, inProgress)}
          </p>
          <ul className={styles.scenarios} aria-describedby={meterId} aria-label="Migration scenarios">
            {draft.scenarios.map((scenario, index) => (
              <li key={scenario.key} className={styles.fields}>
                <label className={styles.field}>
                  Scenario {index + 1} type
                  <select value={scenario.migrationType} onChange={(event) => setScenario(index, { migrationType: event.target.value })} className={styles.input}>
                    {types.map((entry) => (
                      <option key={entry.code} value={entry.code}>
                        {entry.label}
                      </option>
                    ))}
                  </select>
                </label>
                <label className={styles.field}>
                  Scenario {index + 1} entitlements
                  <input inputMode="numeric" value={scenario.count} onChange={(event) => setScenario(index, { count: event.target.value })} className={`${styles.input} ${styles.count}`} />
                </label>
                <label className={styles.field}>
                  Scenario {index + 1} estimated date
                  <input type="date" value={scenario.estimatedMigrationDate} onChange={(event) => setScenario(index, { estimatedMigrationDate: event.target.value })} className={styles.input} />
                </label>
                <Button size="small" variant="quiet" onPress={() => set({ scenarios: draft.scenarios.filter((_, at) => at !== index) })}>
                  Remove scenario {index + 1}
                </Button>
              </li>
            ))}
          </ul>
          {unused && (
            <div>
              <Button size="small" onPress={() => set({ scenarios: [...draft.scenarios, newScenario(unused.code)] })}>
                Add migration scenario
              </Button>
            </div>
          )}
        </>
      )}
      <div>
        <Button type="submit" size="small" isDisabled={save.isPending || stale}>
          {save.isPending ? "Saving…" : "Save data migration"}
        </Button>
      </div>
      <SaveOutcome stale={stale} error={save.error} notice={notice} onReload={() => void reload()} />
    </form>
  );
}
