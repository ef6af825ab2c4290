import type { ReactNode } from "react";
import type { TCustomerHealth } from "@waymark/contracts";
import sectionStyles from "../../components/section.module.css";
import { formatDateTime } from "../../lib/format.ts";
import { auText, findingsText, HEALTH_BADGES } from "./customer-view.ts";
import styles from "./customer.module.css";

/** The customer's health: level in words and shape, why, the figures behind it and what the levels mean. */
export function CustomerHealthPanel({ health, asOf }: { health: TCustomerHealth; asOf: string }) {
  const badge = HEALTH_BADGES[health.level];
  const { figures } = health;
  return (
    <section className={sectionStyles.section} aria-labelledby="customer-health">
      <div className={sectionStyles.header}>
        <h2 id="customer-health" className={sectionStyles.title}>
          Health
        </h2>
        <span className={sectionStyles.muted}>as of {formatDateTime(asOf)}</span>
      </div>
      <div className={`${styles.health} ${styles[health.level] ?? ""}`}>
        <p className={styles.healthLevel}>
          <span aria-hidden="true" className={styles.healthIcon}>
            {badge.icon}
          </span>{" "}
          {badge.text}
        </p>
        <p className={styles.healthSummary}>{health.summary}</p>
        {health.reasons.length > 0 && (
          <ul className={styles.reasons} aria-label="Why">
            {health.reasons.map((reason) => (
              <li key={`${reason.tenantId}:${reason.text}`}>
                <span className={styles.reasonLevel}>{reason.level === "at_risk" ? "At risk" : "Needs attention"}:</span> {reason.text}
              </li>
            ))}
          </ul>
        )}
        <dl className={styles.figures}>
          <Figure term="Services in Operate">
            {figures.servicesOperating} of {figures.services}
          </Figure>
          <Figure term="Active users">{auText(figures.auPercent)}</Figure>
          <Figure term="Open findings">{findingsText(figures.openFindings)}</Figure>
          <Figure term="Oldest Overall Status note">
            {figures.oldestOverallStatusNoteDays === null ? "none written" : `${figures.oldestOverallStatusNoteDays} days`}
            {figures.tenantsWithoutOverallStatusNote > 0 && ` (${figures.tenantsWithoutOverallStatusNote} without one)`}
          </Figure>
        </dl>
        <details className={styles.rules}>
          <summary>How health is judged</summary>
          <p>{health.rules}</p>
        </details>
      </div>
    </section>
  );
}

function Figure({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className={styles.figure}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
