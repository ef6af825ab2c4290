import { useInfiniteQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { Button } from "../../components/button.tsx";
import { PageHeading } from "../../components/page-heading.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import section from "../../components/section.module.css";
import { SelectField } from "../../components/select-field.tsx";
import { formatCount, formatDateTime } from "../../lib/format.ts";
import { useCatalog } from "../../features/catalogs/catalog-queries.ts";
import { CheckCounts } from "../../features/data-quality/check-counts.tsx";
import { type DataQualitySearch, SCOPE_HINTS, type ScreenScope, scopeOf, scopeOptions } from "../../features/data-quality/data-quality.ts";
import { dataQualityReportQuery } from "../../features/data-quality/data-quality-queries.ts";
import styles from "../../features/data-quality/data-quality.module.css";
import { WorstTenants } from "../../features/data-quality/worst-tenants.tsx";
import { accessLevelOf } from "../../features/people/roles.ts";
import { useCurrentUser } from "../../features/session/session-queries.ts";
import { SegmentedChoice } from "../../components/segmented-choice.tsx";
import page from "../../components/reading-page.module.css";

/** Data quality of my tenants, my team's or the portfolio: counts per check, then the worst tenants, a page at a time. */
export function DataQualityPage() {
  const search = useSearch({ from: "/app/data-quality" });
  const navigate = useNavigate({ from: "/data-quality" });
  const user = useCurrentUser();
  const level = user ? accessLevelOf(user) : null;
  const mayReadAll = level !== null && level !== "assigned";
  const scope = scopeOf(search, mayReadAll);
  const report = useInfiniteQuery(dataQualityReportQuery(search, scope));
  const services = useCatalog("services").map((entry) => ({ value: entry.code, label: entry.label }));
  const regions = useCatalog("regions").map((entry) => ({ value: entry.code, label: entry.label }));
  const set = (patch: Partial<DataQualitySearch>) => {
    const next: Record<string, unknown> = { ...search, ...patch };
    for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
    void navigate({ search: next as DataQualitySearch });
  };
  const setScope = (next: ScreenScope) => set({ scope: next === "mine" ? undefined : next });
  const first = report.data?.pages[0];
  const items = report.data?.pages.flatMap((page) => page.items) ?? [];
  const checkOptions = (first?.checks ?? []).map((check) => ({ value: check.check, label: check.label }));
  const filtered = Boolean(search.check || search.service || search.region);

  return (
    <div className={page.page}>
      <header className={page.header}>
        <PageHeading className={page.title}>Data quality</PageHeading>
        <SegmentedChoice label="Whose tenants" options={scopeOptions(mayReadAll)} value={scope} onChange={setScope} />
      </header>
      <p className={section.muted}>{SCOPE_HINTS[scope]}</p>
      <div className={section.header} role="group" aria-label="Filter findings">
        <SelectField label="Check" options={checkOptions} value={search.check} emptyLabel="All checks" onChange={(check) => set({ check })} />
        <SelectField label="Service" options={services} value={search.service} emptyLabel="All services" onChange={(service) => set({ service })} />
        <SelectField label="Region" options={regions} value={search.region} emptyLabel="All regions" onChange={(region) => set({ region })} />
        {filtered && (
          <Button size="small" variant="quiet" onPress={() => set({ check: undefined, service: undefined, region: undefined })}>
            Clear filters
          </Button>
        )}
      </div>
      {report.isError ? (
        <ProblemPanel error={report.error} onRetry={() => void report.refetch()} retrying={report.isFetching} />
      ) : !first ? (
        <p role="status" className={section.muted}>Loading the data-quality report…</p>
      ) : (
        <>
          <p role="status" className={section.muted}>
            {formatCount(first.tenantsWithFindings)} of {formatCount(first.tenantsChecked)} tenants have findings{filtered ? " matching the filters" : ""}.
            {first.asOf && ` Findings as of ${formatDateTime(first.asOf)}.`}
            {first.pending > 0 && ` ${formatCount(first.pending)} tenants are being rechecked; their last known findings are counted meanwhile.`}
          </p>
          <section className={section.section} aria-labelledby="dq-checks-heading">
            <h2 id="dq-checks-heading" className={section.title}>Findings per check</h2>
            <CheckCounts checks={first.checks} />
          </section>
          <section className={section.section} aria-labelledby="dq-tenants-heading">
            <h2 id="dq-tenants-heading" className={section.title}>
              Worst tenants <span className={section.count}>({items.length} of {formatCount(first.tenantsWithFindings)})</span>
            </h2>
            {items.length === 0 ? (
              <div className={section.empty}>
                <p className={section.emptyTitle}>{first.tenantsChecked === 0 ? "No tenants in this scope." : "No findings: the data of these tenants is complete and current."}</p>
              </div>
            ) : (
              <WorstTenants items={items} />
            )}
            {report.hasNextPage && (
              <Button className={styles.more} onPress={() => void report.fetchNextPage()} isDisabled={report.isFetchingNextPage}>
                {report.isFetchingNextPage ? "Loading more…" : "Show more"}
              </Button>
            )}
          </section>
        </>
      )}
    </div>
  );
}
