import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { PageHeading } from "../../components/page-heading.tsx";
import { ProblemPanel } from "../../components/problem-panel.tsx";
import page from "../../components/reading-page.module.css";
import section from "../../components/section.module.css";
import { catalogsQuery } from "../../features/catalogs/catalog-queries.ts";
import { FilterBar } from "../../features/reports/filter-bar.tsx";
import { REPORTS, reportOf } from "../../features/reports/report-registry.ts";
import { ReportSection } from "../../features/reports/report-section.tsx";
import type { Labels } from "../../features/reports/report-types.ts";
import { reportQuery } from "../../features/reports/reports-api.ts";
import { nextSearch, type ReportsSearch, type ReportView } from "../../features/reports/reports-search.ts";
import styles from "../../features/reports/reports.module.css";
import { SegmentedChoice } from "../../components/segmented-choice.tsx";

const VIEWS: readonly { value: ReportView; label: string }[] = [
  { value: "chart", label: "Chart" },
  { value: "table", label: "Table" },
];

/** The reports over the tenants one may read: a picker, the shared filters (all in the URL), then each report's tables. */
export function ReportsPage() {
  const search = useSearch({ from: "/app/reports" });
  const navigate = useNavigate({ from: "/reports" });
  const report = reportOf(search.report);
  const result = useQuery(reportQuery(report, search));
  const catalogs = useQuery(catalogsQuery);
  const labels: Labels = (catalog, code) => catalogs.data?.[catalog].find((entry) => entry.code === code)?.label ?? String(code ?? "");
  const change = (patch: Partial<ReportsSearch>) => void navigate({ search: nextSearch(search, patch) });
  const data = result.data;
  const description = typeof data?.description === "string" ? data.description : "";

  return (
    <div className={page.page}>
      <header className={page.header}>
        <PageHeading className={page.title}>Reports</PageHeading>
        <SegmentedChoice label="Show" options={VIEWS} value={search.view ?? "chart"} onChange={(view) => change({ view: view === "table" ? "table" : undefined })} />
      </header>
      <nav aria-label="Reports">
        <ul className={styles.picker}>
          {REPORTS.map((entry) => (
            <li key={entry.id}>
              <Link
                to="/reports"
                search={nextSearch(search, { report: entry.id })}
                className={styles.pick}
                aria-current={entry.id === report.id ? "page" : undefined}
              >
                {entry.title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <FilterBar search={search} onChange={change} />
      <p role="status" className={styles.description}>
        <strong>{report.title}:</strong> <span data-testid="report-description">{description || "every tenant you may read"}</span>
        {result.isFetching && data ? " (updating…)" : ""}
      </p>
      <p className={section.muted}>{report.summary}</p>
      {result.isError ? (
        <ProblemPanel error={result.error} onRetry={() => void result.refetch()} retrying={result.isFetching} />
      ) : !data ? (
        <p role="status" className={section.muted}>Loading the {report.title.toLowerCase()} report…</p>
      ) : (
        <>
          {report.facts?.(data).map((fact) => (
            <p key={fact} className={styles.fact}>
              {fact}
            </p>
          ))}
          {report.tables.map((spec) => (
            <ReportSection key={`${report.id}-${spec.csv}`} report={report} spec={spec} data={data} search={search} labels={labels} onChange={change} />
          ))}
        </>
      )}
    </div>
  );
}
