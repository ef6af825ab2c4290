import { useQuery } from "@tanstack/react-query";
import type { TTenant } from "@waymark/contracts";
import { useState } from "react";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { BvdOutcomeDialog } from "./bvd-outcome-dialog.tsx";
import { BVD_SERVICES } from "./bvd-outcome.ts";
import { PlaybookAnnouncement } from "./playbook-announcement.tsx";
import { StartPlaybookButtons } from "./start-playbook-buttons.tsx";
import { type RecordedEvent, tasksQuery } from "./playbook-queries.ts";
import { PlaybookTasksTable } from "./playbook-tasks-table.tsx";
import styles from "./playbook-section.module.css";

/** The tenant's playbook tasks with their explanations, and the BVD events an FM records (only when `canWrite`). */
export function PlaybookSection({ tenant, canWrite }: { tenant: TTenant; canWrite: boolean }) {
  const tasks = useQuery(tasksQuery(tenant.id));
  const [recorded, setRecorded] = useState<RecordedEvent | null>(null);
  const items = tasks.data?.items ?? [];
  const serviceLabel = (code: string | null) =>
    code === null ? "All services" : (tenant.services.find((service) => service.service === code)?.serviceLabel ?? code);
  const bvdServices = BVD_SERVICES.filter((bvd) => tenant.services.some((service) => service.service === bvd.code));
  const unstarted = bvdServices.filter((bvd) => !items.some((task) => task.service === bvd.code));
  const lowPriority = tenant.effectivePriority === "low";

  return (
    <section className={styles.section} aria-labelledby="playbook-heading">
      <div className={styles.header}>
        <h2 id="playbook-heading" className={styles.title}>
          Playbook {tasks.data && <span className={styles.count}>({items.length})</span>}
        </h2>
        {canWrite && tasks.data && items.length > 0 && (
          <StartPlaybookButtons tenantId={tenant.id} services={unstarted} lowPriority={lowPriority} onRecorded={setRecorded} />
        )}
        {canWrite && bvdServices.length > 0 && <BvdOutcomeDialog tenantId={tenant.id} services={tenant.services} onRecorded={setRecorded} />}
      </div>
      <PlaybookAnnouncement recorded={recorded} serviceLabel={serviceLabel} onDismiss={() => setRecorded(null)} />
      {tasks.isError ? (
        <ProblemPanel error={tasks.error} onRetry={() => void tasks.refetch()} retrying={tasks.isFetching} />
      ) : !tasks.data ? (
        <p role="status" className={styles.muted}>
          Loading playbook tasks…
        </p>
      ) : items.length === 0 ? (
        <div className={styles.empty}>
          <p className={styles.emptyTitle}>No playbook tasks yet</p>
          <p className={styles.muted}>
            {bvdServices.length > 0
              ? canWrite
                ? "Start a BVD playbook to create its tasks; each task then says which rule set it and why."
                : "No BVD playbook has been started here; someone who may change the tenant starts one."
              : "The BVD playbooks cover OneDrive and SharePoint, and this tenant has neither service."}
          </p>
          {canWrite && <StartPlaybookButtons tenantId={tenant.id} services={bvdServices} lowPriority={lowPriority} onRecorded={setRecorded} />}
        </div>
      ) : (
        <PlaybookTasksTable tasks={items} serviceLabel={serviceLabel} />
      )}
    </section>
  );
}
