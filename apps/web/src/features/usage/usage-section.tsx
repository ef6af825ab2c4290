import { useQuery } from "@tanstack/react-query";
import type { TTenant } from "@waymark/contracts";
import { useState } from "react";
import { Switch } from "react-aria-components";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { SegmentedChoice } from "../../components/segmented-choice.tsx";
import { ServiceUsageCard } from "./service-usage.tsx";
import { formatPercent, kpiStatus, rangeQueryFrom, USAGE_MODES, USAGE_RANGES, type UsageMode, type UsageRange } from "./usage.ts";
import { usageQuery } from "./usage-queries.ts";
import sectionStyles from "../../components/section.module.css";
import styles from "./usage-section.module.css";

/** Active users against entitlements per service, in the app rather than a separate report. */
export function UsageSection({ tenant }: { tenant: TTenant }) {
  const [range, setRange] = useState<UsageRange>("90");
  const [mode, setMode] = useState<UsageMode>("percent");
  const [asTable, setAsTable] = useState(false);
  // The default series (last 90 days) tells the tenant's today; wider ranges are asked for from there.
  const base = useQuery(usageQuery(tenant.id, undefined));
  const wideFrom = rangeQueryFrom(range, base.data?.to);
  const wide = useQuery({ ...usageQuery(tenant.id, wideFrom), enabled: wideFrom !== undefined });
  const usage = wideFrom !== undefined && wide.data ? wide.data : base.data;
  const failed = base.isError ? base : wide.isError ? wide : null;
  const withUsage = usage?.services.filter((service) => service.latest !== null) ?? [];
  const without = usage?.services.filter((service) => service.latest === null) ?? [];
  const allUp = usage?.allUp;

  return (
    <section className={sectionStyles.section} aria-labelledby="usage-heading">
      <div className={sectionStyles.header}>
        <h2 id="usage-heading" className={sectionStyles.title}>
          Usage{" "}
          {usage && (
            <span className={sectionStyles.count}>
              ({withUsage.length} of {usage.services.length} {usage.services.length === 1 ? "service" : "services"} reporting)
            </span>
          )}
        </h2>
        {withUsage.length > 0 && (
          <div className={styles.toolbar}>
            <SegmentedChoice label="Show" options={USAGE_MODES} value={mode} onChange={setMode} />
            <SegmentedChoice label="Range" options={USAGE_RANGES} value={range} onChange={setRange} />
            <Switch className={styles.toggle} isSelected={asTable} onChange={setAsTable}>
              <span aria-hidden="true" className={styles.track} />
              Show as table
            </Switch>
          </div>
        )}
      </div>
      {failed ? (
        <ProblemPanel error={failed.error} onRetry={() => void failed.refetch()} retrying={failed.isFetching} />
      ) : !usage ? (
        <p role="status" className={sectionStyles.muted}>
          Loading usage…
        </p>
      ) : withUsage.length === 0 ? (
        <div className={sectionStyles.empty}>
          <p className={sectionStyles.emptyTitle}>No usage reported yet.</p>
          <p className={sectionStyles.muted}>
            {usage.services.length === 0
              ? "Add a service first; its daily active users arrive with the usage import."
              : "Daily active users per service arrive with the usage import; the chart appears with the first reported day."}
          </p>
        </div>
      ) : (
        <>
          {allUp && allUp.services > 0 && (
            <p className={styles.kpi} data-tone={kpiStatus(allUp.kpi).tone}>
              <span aria-hidden="true" className={styles.kpiDot} />
              <span>
                All up: KPI <strong>{kpiStatus(allUp.kpi).word}</strong>, {formatPercent(allUp.activeUsersPercent)} AU over{" "}
                {allUp.services} {allUp.services === 1 ? "service" : "services"}
              </span>
            </p>
          )}
          <p role="status" className={styles.loadingNote}>
            {wideFrom !== undefined && wide.isFetching ? "Loading the wider range…" : ""}
          </p>
          {withUsage.map((service) => (
            <ServiceUsageCard key={service.serviceId} service={service} range={range} mode={mode} asTable={asTable} to={usage.to} />
          ))}
          {without.length > 0 && (
            <p className={sectionStyles.muted}>No usage reported yet for {without.map((service) => service.serviceLabel).join(", ")}.</p>
          )}
        </>
      )}
    </section>
  );
}
