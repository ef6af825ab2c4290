import { useQuery } from "@tanstack/react-query";
import type { TTenant } from "@waymark/contracts";
import { useState } from "react";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { formatDate } from "../../lib/format.ts";
import { useLabeler } from "../catalogs/catalog-queries.ts";
import { SegmentedChoice } from "../../components/segmented-choice.tsx";
import { eventTitle, groupByDay, type Labels, ruleOutcomes, SIMULATION_BOUNDS, SIMULATION_DAY_CHOICES } from "./simulation.ts";
import { simulationQuery } from "./simulation-queries.ts";
import sectionStyles from "../../components/section.module.css";
import styles from "./simulation-section.module.css";

const DAY_OPTIONS = SIMULATION_DAY_CHOICES.map((days) => ({ value: String(days), label: String(days) }));

/** What the playbooks would do on their own in the next N business days: the waits that run out and what follows. */
export function SimulationSection({ tenant }: { tenant: TTenant }) {
  const [days, setDays] = useState<number>(SIMULATION_BOUNDS.default);
  const simulation = useQuery(simulationQuery(tenant.id, days));
  const service = useLabeler("services");
  const taskStatus = useLabeler("taskStatuses");
  const serviceStatus = useLabeler("serviceStatuses");
  const role = useLabeler("fastTrackRoles");
  const assignmentRole = useLabeler("assignmentRoles");
  const labels: Labels = { service, taskStatus, serviceStatus, role, assignmentRole };
  const data = simulation.data;
  const groups = data ? groupByDay(data.steps) : [];

  return (
    <section className={sectionStyles.section} aria-labelledby="simulation-heading">
      <div className={sectionStyles.header}>
        <h2 id="simulation-heading" className={sectionStyles.title}>
          Simulate {data && <span className={sectionStyles.count}>({data.steps.length} {data.steps.length === 1 ? "step" : "steps"})</span>}
        </h2>
        <SegmentedChoice label="Business days ahead" options={DAY_OPTIONS} value={String(days)} onChange={(value) => setDays(Number(value))} />
      </div>
      <p className={sectionStyles.muted}>
        What happens in the next {days} business days if nobody acts
        {data && `: ${formatDate(data.from)} to ${formatDate(data.to)}, in ${tenant.name}'s calendar (${data.country}, ${data.timeZone})`}. Nothing is
        changed by looking.
      </p>
      <p role="status" className={styles.loadingNote}>
        {simulation.isFetching ? "Simulating…" : ""}
      </p>
      {simulation.isError ? (
        <ProblemPanel error={simulation.error} onRetry={() => void simulation.refetch()} retrying={simulation.isFetching} />
      ) : !data ? null : groups.length === 0 ? (
        <div className={sectionStyles.empty}>
          <p className={sectionStyles.emptyTitle}>Nothing happens by itself in that time.</p>
          <p className={sectionStyles.muted}>No wait runs out by {formatDate(data.to)}; anything next needs someone to act.</p>
        </div>
      ) : (
        <ol className={styles.days} aria-label={`Simulated steps, next ${days} business days`}>
          {groups.map((group) => (
            <li key={group.date} className={styles.day}>
              <h3 className={styles.date}>{formatDate(group.date)}</h3>
              <ul className={styles.steps}>
                {group.steps.map((step, index) => (
                  <li key={`${step.timer.key}-${index}`} className={styles.step}>
                    <p className={styles.event}>
                      {eventTitle(step, labels)} <span className={styles.timer}>(wait “{step.timer.key}” runs out)</span>
                    </p>
                    {step.failure ? (
                      <p className={styles.failure}>The playbooks could not act on it: {step.failure}</p>
                    ) : step.effects.length === 0 ? (
                      <p className={sectionStyles.muted}>Nothing changes: no rule acts on it.</p>
                    ) : (
                      ruleOutcomes(step, labels).map((outcome) => (
                        <div key={`${outcome.ruleId}-${outcome.why}`} className={styles.outcome}>
                          <p className={styles.why}>{outcome.why}</p>
                          <ul className={styles.changes}>
                            {outcome.changes.map((change, i) => (
                              <li key={i}>{change}</li>
                            ))}
                          </ul>
                        </div>
                      ))
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
