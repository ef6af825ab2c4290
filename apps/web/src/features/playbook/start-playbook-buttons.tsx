import { Button } from "../../components/button.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import type { BVD_SERVICES } from "./bvd-outcome.ts";
import { type RecordedEvent, useRecordPlaybookEvent } from "./playbook-queries.ts";
import styles from "./playbook-section.module.css";

type StartButtonsProps = {
  tenantId: string;
  services: readonly (typeof BVD_SERVICES)[number][];
  onRecorded: (recorded: RecordedEvent) => void;
};

/** "Start OneDrive BVD" / "Start SharePoint BVD" for each BVD service the tenant has and has not started. */
export function StartPlaybookButtons({ tenantId, services, onRecorded }: StartButtonsProps) {
  const start = useRecordPlaybookEvent(tenantId, onRecorded);
  if (services.length === 0) return null;
  const pending = start.isPending ? start.variables.service : undefined;
  return (
    <div className={styles.startGroup}>
      {services.map((bvd) => (
        <Button
          key={bvd.code}
          isDisabled={start.isPending}
          onPress={() => start.mutate({ type: "playbook.started", service: bvd.code })}
        >
          {pending === bvd.code ? "Starting…" : bvd.start}
        </Button>
      ))}
      {start.isError && <ProblemPanel error={start.error} />}
    </div>
  );
}
