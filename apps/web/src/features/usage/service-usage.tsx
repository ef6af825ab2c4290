import { lazy, Suspense } from "react";
import { formatCount, formatDate } from "../../lib/format.ts";
import { UsageTable } from "./usage-table.tsx";
import { chartSummary, dateMarks, filterRange, formatPercent, kpiStatus, rangeStart, type ServiceUsage, type UsageMode, type UsageRange, xDomain } from "./usage.ts";
import styles from "./usage-section.module.css";

// The charting library is loaded only when a tenant has usage to chart, keeping it out of the first page load.
const UsageChart = lazy(async () => ({ default: (await import("./usage-chart.tsx")).UsageChart }));

type ServiceUsageProps = { service: ServiceUsage; range: UsageRange; mode: UsageMode; asTable: boolean; to: string };

/** One service: its KPI in words and colour, the chart or the table of the days in range, and what is forecast. */
export function ServiceUsageCard({ service, range, mode, asTable, to }: ServiceUsageProps) {
  const shown = filterRange(service.series, range, to);
  const firstDay = range === "all" ? (shown[0]?.day ?? to) : rangeStart(range, to);
  const dates = dateMarks(service, firstDay);
  const kpi = kpiStatus(service.latest?.kpi ?? null);
  const headingId = `usage-${service.serviceId}`;
  const summary = chartSummary(service, shown, mode);
  const { forecast } = service;
  const forecasts = [
    forecast.forecast15On && `15 % by ${formatDate(forecast.forecast15On)}`,
    forecast.forecast40On && `40 % by ${formatDate(forecast.forecast40On)}`,
    forecast.forecastMaxOn && `Max AU by ${formatDate(forecast.forecastMaxOn)}`,
  ].filter(Boolean);

  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <div className={styles.cardHeader}>
        <h3 id={headingId} className={styles.serviceTitle}>
          {service.serviceLabel}
        </h3>
        {service.latest && (
          <p className={styles.kpi} data-tone={kpi.tone}>
            <span aria-hidden="true" className={styles.kpiDot} />
            <span>
              KPI <strong>{kpi.word}</strong> ({kpi.meaning}): {formatCount(service.latest.activeUsers)} of{" "}
              {formatCount(service.latest.entitlements)} active, {formatPercent(service.latest.activeUsersPercent)}
            </span>
          </p>
        )}
      </div>
      {service.latest === null ? (
        <p className={styles.muted}>No usage reported for {service.serviceLabel} yet.</p>
      ) : (
        <>
          <p className={styles.muted}>
            As of {formatDate(service.latest.day)}.{forecasts.length > 0 && ` Forecast: ${forecasts.join(", ")}.`}
          </p>
          <p className={styles.muted}>Enablement: {service.milestone.why}</p>
          {shown.length === 0 ? (
            <p className={styles.muted}>No usage reported in this range; widen it to see earlier days.</p>
          ) : asTable ? (
            <UsageTable caption={`${service.serviceLabel} usage by day, newest first`} shown={shown} />
          ) : (
            <Suspense fallback={<p className={styles.chartLoading}>Loading the chart…</p>}>
              <UsageChart shown={shown} mode={mode} dates={dates} domain={xDomain(firstDay, to, dates)} summary={summary} />
            </Suspense>
          )}
        </>
      )}
    </article>
  );
}
