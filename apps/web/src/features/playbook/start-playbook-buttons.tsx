import { useState } from "react";
import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { SelectField } from "../../components/select-field.tsx";
import type { BVD_SERVICES } from "./bvd-outcome.ts";
import { type RecordedEvent, useRecordPlaybookEvent } from "./playbook-queries.ts";
import styles from "./playbook-section.module.css";

type StartButtonsProps = {
  tenantId: string;
  services: readonly (typeof BVD_SERVICES)[number][];
  /** The BVD applies to a Low priority tenant only when the customer is new or re-engaging (seeds 000/001). */
  lowPriority: boolean;
  onRecorded: (recorded: RecordedEvent) => void;
};

const LOW_PRIORITY_REASONS = [
  { value: "newCustomer", label: "New customer (very early in the engagement)" },
  { value: "reengaging", label: "Re-engaging on additional workloads" },
];

/** "Start OneDrive BVD" / "Start SharePoint BVD" for each BVD service the tenant has and has not started. */
export function StartPlaybookButtons({ tenantId, services, lowPriority, onRecorded }: StartButtonsProps) {
  const start = useRecordPlaybookEvent(tenantId, onRecorded);
  const [reason, setReason] = useState<string | undefined>();
  if (services.length === 0) return null;
  const pending = start.isPending ? start.variables.service : undefined;
  const needsReason = lowPriority && reason === undefined;
  return (
    <div className={styles.startGroup}>
      {lowPriority && (
        <SelectField
          label="Low priority: the BVD applies because the customer is"
          options={LOW_PRIORITY_REASONS}
          value={reason}
          onChange={setReason}
          emptyLabel="Choose…"
        />
      )}
      {services.map((bvd) => (
        <Button
          key={bvd.code}
          isDisabled={start.isPending || needsReason}
          onPress={() => start.mutate({ type: "playbook.started", service: bvd.code, ...(reason ? { data: { [reason]: true } } : {}) })}
        >
          {pending === bvd.code ? "Starting…" : bvd.start}
        </Button>
      ))}
      {start.isError && <ProblemPanel error={start.error} />}
    </div>
  );
}
