import type { TTaskList } from "@waymark/contracts";
import { Disclosure, DisclosurePanel } from "react-aria-components";
import { Button } from "../../components/button.tsx";
import { formatDateTime } from "../../lib/format.ts";
import styles from "./playbook-tasks-table.module.css";

type Why = TTaskList["items"][number]["why"];

/** The latest explanation as text, and the full history (newest first) behind a "Why? (n)" disclosure. */
export function WhyHistory({ why, taskLabel }: { why: Why; taskLabel: string }) {
  const latest = why[0];
  if (!latest) return <span className={styles.muted}>No explanation recorded</span>;
  return (
    <div className={styles.why}>
      <span>{latest.why}</span>
      <Disclosure className={styles.disclosure}>
        {({ isExpanded }) => (
          <>
            <Button slot="trigger" variant="quiet" size="small" className={styles.whyToggle} aria-label={`Why? (${why.length}) for ${taskLabel}`}>
              <span aria-hidden="true" className={styles.chevron}>
                {isExpanded ? "▾" : "▸"}
              </span>
              Why? ({why.length})
            </Button>
            <DisclosurePanel className={styles.panel}>
              <WhyList why={why} />
            </DisclosurePanel>
          </>
        )}
      </Disclosure>
    </div>
  );
}

/** Every explanation, newest first: what the rule said, which rule of which playbook version, and when. */
export function WhyList({ why, label }: { why: Why; label?: string }) {
  return (
    <ol className={styles.history} aria-label={label}>
      {why.map((entry, index) => (
        <li key={`${index}:${entry.ruleId}`} className={styles.entry}>
          <span>{entry.why}</span>
          <span className={styles.meta}>
            Rule <code>{entry.ruleId}</code> · playbook{" "}
            <code>
              {entry.playbookId}@{entry.playbookVersion}
            </code>{" "}
            · <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
          </span>
        </li>
      ))}
    </ol>
  );
}
