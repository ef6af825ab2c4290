import type { TService } from "@waymark/contracts";
import { SelectField } from "../../components/select-field.tsx";
import { TextField } from "../../components/text-field.tsx";
import { isBvdService, OUTCOMES, orderedSelection, type OutcomeForm, type OutcomeId, type ServiceCode } from "./bvd-outcome.ts";
import { CheckChoice, RadioChoice } from "./outcome-choice.tsx";
import styles from "./bvd-outcome.module.css";

type FieldsProps = { form: OutcomeForm; onChange: (patch: Partial<OutcomeForm>) => void; services: TService[] };

const ATTEMPTS = ["1", "2", "3"].map((n) => ({ value: n, label: `Attempt ${n}` }));

/** The outcome's own inputs appear under the choice, so only what that outcome needs is asked for. */
export function BvdOutcomeFields({ form, onChange, services }: FieldsProps) {
  const bvdServices = services.filter((service) => isBvdService(service.service));
  const others = services.filter((service) => service.service !== form.service);
  const label = (code: string) => services.find((service) => service.service === code)?.serviceLabel ?? code;
  const order = form.service ? [...form.serializedAfter.filter((code) => code !== form.service), form.service] : [];
  const delivered = form.outcome === "deploy_now" || form.outcome === "deploy";
  return (
    <div className={styles.fields}>
      <SelectField
        label="Service"
        options={bvdServices.map((service) => ({ value: service.service, label: service.serviceLabel }))}
        value={form.service}
        onChange={(value) => onChange({ service: value as ServiceCode | undefined, serializedAfter: [] })}
      />
      <RadioChoice
        label="Outcome"
        options={OUTCOMES.map((outcome) => ({ value: outcome.id, label: outcome.label }))}
        value={form.outcome}
        onChange={(value) => onChange({ outcome: value as OutcomeId })}
      />
      {delivered && (
        <div className={styles.pair}>
          <TextField label="Target date" type="date" value={form.targetDate} onChange={(targetDate) => onChange({ targetDate })} />
          <TextField
            label="Next action date"
            type="date"
            value={form.nextActionDate}
            onChange={(nextActionDate) => onChange({ nextActionDate })}
          />
        </div>
      )}
      {form.outcome === "deploy" && (
        <TextField
          label="Timeline note"
          description="Where the service sits in the customer's deployment timeline; it becomes the In Progress note."
          value={form.timelineNote}
          onChange={(timelineNote) => onChange({ timelineNote })}
        />
      )}
      {form.outcome === "declined" && (
        <>
          <TextField label="Reason" value={form.reason} onChange={(reason) => onChange({ reason })} />
          {others.length > 0 && (
            <CheckChoice
              label="Serialized after (optional)"
              description={
                order.length > 1
                  ? `Deployment order: ${order.map(label).join(" → ")}`
                  : "Tick the workloads the customer deploys first, in order."
              }
              options={others.map((service) => ({ value: service.service, label: service.serviceLabel }))}
              value={form.serializedAfter}
              onChange={(next) => onChange({ serializedAfter: orderedSelection(form.serializedAfter, next) })}
            />
          )}
        </>
      )}
      {form.outcome === "unanswered" && (
        <RadioChoice
          label="Attempt number"
          orientation="horizontal"
          options={ATTEMPTS}
          value={form.attemptNumber}
          onChange={(attemptNumber) => onChange({ attemptNumber })}
        />
      )}
    </div>
  );
}
