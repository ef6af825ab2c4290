import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import type { MyWorkHorizon, TMyWork, TMyWorkGroup, TMyWorkItem } from "@waymark/contracts";
import { PageHeading } from "../../components/page-heading.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import { SegmentedChoice } from "../../components/segmented-choice.tsx";
import { actionLabel, emptyText, horizonOf, isOverdue, tenantTarget, whenText } from "./my-work.ts";
import { myWorkQuery } from "./my-work-queries.ts";
import styles from "./my-work.module.css";
import page from "../../components/reading-page.module.css";

const HORIZONS = [
  { value: "today", label: "Today" },
  { value: "week", label: "This week" },
] as const satisfies readonly { value: MyWorkHorizon; label: string }[];

/** The first screen after sign-in: what needs the user on the tenants assigned to them, grouped, overdue first. */
export function MyWorkPage() {
  const search = useSearch({ from: "/app/my-work" });
  const navigate = useNavigate({ from: "/my-work" });
  const horizon = horizonOf(search);
  const work = useQuery(myWorkQuery(horizon));
  const setHorizon = (next: MyWorkHorizon) => void navigate({ search: { horizon: next === "today" ? "today" : undefined } });

  return (
    <div className={page.page}>
      <header className={page.header}>
        <PageHeading className={page.title}>My work</PageHeading>
        <SegmentedChoice label="Due" options={HORIZONS} value={horizon} onChange={setHorizon} />
        {work.data && <Summary work={work.data} />}
      </header>
      {work.data ? (
        work.data.groups.map((group) => <Group key={group.code} group={group} horizon={horizon} />)
      ) : work.isError ? (
        <ProblemPanel error={work.error} onRetry={() => void work.refetch()} retrying={work.isFetching} />
      ) : (
        <p role="status" className={styles.muted}>
          Loading your work…
        </p>
      )}
    </div>
  );
}

function Summary({ work }: { work: TMyWork }) {
  const total = work.groups.reduce((sum, group) => sum + group.count, 0);
  const overdue = work.groups.flatMap((group) => group.items).filter(isOverdue).length;
  return (
    <p role="status" className={styles.summary}>
      {total === 1 ? "1 item" : `${total} items`} on {work.tenantCount === 1 ? "1 tenant" : `${work.tenantCount} tenants`} assigned to you
      {overdue > 0 && `, ${overdue} overdue`}
    </p>
  );
}

function Group({ group, horizon }: { group: TMyWorkGroup; horizon: MyWorkHorizon }) {
  const headingId = `my-work-${group.code}`;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.sectionTitle}>
        {group.label} <span className={styles.count}>({group.count})</span>
      </h2>
      {group.items.length === 0 ? (
        <p className={styles.empty}>{emptyText(group, horizon)}</p>
      ) : (
        <ul className={styles.list} aria-labelledby={headingId}>
          {group.items.map((item) => (
            <WorkItem key={`${item.kind}-${item.id}`} item={item} />
          ))}
          {group.count > group.items.length && <li className={styles.more}>and {group.count - group.items.length} more</li>}
        </ul>
      )}
    </section>
  );
}

function WorkItem({ item }: { item: TMyWorkItem }) {
  const whatId = `my-work-what-${item.kind}-${item.id}`;
  const target = tenantTarget(item.link);
  const overdue = isOverdue(item);
  return (
    <li className={styles.item}>
      <span className={overdue ? `${styles.when} ${styles.overdue}` : styles.when}>{whenText(item)}</span>
      <div className={styles.body}>
        <p className={styles.what}>
          <Link to="/tenants/$tenantId" params={{ tenantId: item.tenant.id }} className={styles.tenant}>
            {item.tenant.name}
          </Link>
          <span aria-hidden="true"> · </span>
          <span id={whatId}>{item.what}</span>
        </p>
        {item.why && <p className={styles.why}>{item.why}</p>}
      </div>
      {target ? (
        <Link to="/tenants/$tenantId" params={{ tenantId: target.tenantId }} hash={target.hash} className={styles.action} aria-describedby={whatId}>
          {actionLabel(item)}
        </Link>
      ) : (
        <a href={item.link} className={styles.action} aria-describedby={whatId}>
          {actionLabel(item)}
        </a>
      )}
    </li>
  );
}
