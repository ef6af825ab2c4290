import type { TService, TTenant, TUpdateService } from "@waymark/contracts";
import { type FormEvent, useId, useState } from "react";
import { Button } from "../../components/button.tsx";
import { ApiError } from "../../lib/api.ts";
import { useSessionDraft } from "../../lib/session-draft-hook.ts";
import { SessionDraftNote } from "../../lib/session-draft-note.tsx";
import { useCatalog } from "../catalogs/catalog-queries.ts";
import { type DeliveryDraft, deliveryDraftKey, deliveryDraftOf, type DeliverySessionDraft, deliverySessionStart, sameDelivery } from "./delivery-draft.ts";
import { useFreshService, useUpdateService } from "./services-queries.ts";
import styles from "./split-editor.module.css";
import { SaveOutcome } from "./save-outcome.tsx";

type DeliveryFormProps = { tenant: TTenant; service: TService; version: number; onVersion: (version: number) => void };

/** Delivery: who leads the engagement (scenario), when it started and the next action date; one PATCH with the version read. */
export function DeliveryForm({ tenant, service, version, onVersion }: DeliveryFormProps) {
  const freshService = useFreshService(tenant.id, service.id);
  const headingId = useId();
  const scenarios = useCatalog("engagementScenarios");
  // Kept in the tab while typed, so a page reload loses nothing; the values it started from travel along.
  const draft = useSessionDraft<DeliverySessionDraft>(deliveryDraftKey(tenant.id, service.id), deliverySessionStart(service), {
    isEmpty: (value) => sameDelivery(value.form, value.base),
  });
  const { scenario, startDate, nextAction } = draft.value.form;
  const set = (patch: Partial<DeliveryDraft>) => draft.set((current) => ({ ...current, form: { ...current.form, ...patch } }));
  const setScenario = (value: string) => set({ scenario: value });
  const setStartDate = (value: string) => set({ startDate: value });
  const setNextAction = (value: string) => set({ nextAction: value });
  const [notice, setNotice] = useState<string | null>(null);
  const save = useUpdateService(tenant.id, service.id);
  const stale = save.error instanceof ApiError && save.error.status === 409;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setNotice(null);
    const body: TUpdateService = {
      version,
      engagementScenario: scenario as TUpdateService["engagementScenario"],
      engagementStartDate: startDate || null,
      nextActionDate: nextAction || null,
    };
    save.mutate(body, {
      onSuccess: (saved) => {
        onVersion(saved.version);
        draft.clear(deliverySessionStart(saved));
        setNotice(`Saved the ${saved.serviceLabel} delivery.`);
      },
    });
  };
  const reload = async () => {
    const current = await freshService();
    save.reset();
    if (!current) return;
    onVersion(current.version);
    setNotice("Reloaded: your delivery values are kept; save to apply them to the service as it is now.");
  };

  const discard = () => {
    draft.clear(deliverySessionStart(service));
    setNotice(null);
    save.reset();
  };
  const changedMeanwhile = draft.restored && !sameDelivery(draft.value.base, deliveryDraftOf(service));

  return (
    <form className={styles.delivery} aria-labelledby={headingId} onSubmit={submit}>
      <h3 id={headingId} className={styles.subTitle}>
        Delivery of {service.serviceLabel}
      </h3>
      <SessionDraftNote draft={draft} onDiscard={discard} />
      {changedMeanwhile && (
        <p role="status" className={styles.notice}>
          The saved delivery changed since you typed this; what you typed is kept; save to replace it.
        </p>
      )}
      <div className={styles.fields}>
        <label className={styles.field}>
          Engagement scenario
          <select value={scenario} onChange={(event) => setScenario(event.target.value)} className={styles.input}>
            {scenarios.length === 0 && <option value={scenario}>{scenario}</option>}
            {scenarios.map((entry) => (
              <option key={entry.code} value={entry.code}>
                {entry.label}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          Engagement start date
          <input type="date" value={startDate} onChange={(event) => setStartDate(event.target.value)} className={styles.input} />
        </label>
        <label className={styles.field}>
          Next action date
          <input type="date" value={nextAction} onChange={(event) => setNextAction(event.target.value)} className={styles.input} />
        </label>
        <Button type="submit" size="small" isDisabled={save.isPending || stale}>
          {save.isPending ? "Saving…" : "Save delivery"}
        </Button>
      </div>
      <SaveOutcome stale={stale} error={save.error} notice={notice} onReload={() => void reload()} />
    </form>
  );
}
