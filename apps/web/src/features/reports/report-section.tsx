import { lazy, Suspense, useId } from "react";
import { Button } from "../../components/button.tsx";
import { Pager } from "../../components/pager.tsx";
import section from "../../components/section.module.css";
import { DownloadCsv } from "./download-csv.tsx";
import { ReportTable } from "./report-table.tsx";
import { chartSummary, cellText, pointText } from "./report-text.ts";
import type { Labels, ReportDefinition, ReportTable as TableSpec, Row } from "./report-types.ts";
import type { ReportsSearch } from "./reports-search.ts";
import styles from "./reports.module.css";

// The charting library loads with the first chart, keeping it out of the main bundle.
const ReportChart = lazy(async () => ({ default: (await import("./report-chart.tsx")).ReportChart }));

type ReportSectionProps = {
  report: ReportDefinition;
  spec: TableSpec;
  data: Row;
  search: ReportsSearch;
  labels: Labels;
  onChange: (patch: Partial<ReportsSearch>) => void;
};

/** One table of a report: its chart with the numbers beside it, or the table; paged when the server pages it; its CSV. */
export function ReportSection({ report, spec, data, search, labels, onChange }: ReportSectionProps) {
  const headingId = useId();
  if (spec.hidden?.(data)) return null;
  const title = spec.title(data, labels);
  const rows = spec.rows(data);
  const paging = spec.paging?.(data);
  const asChart = spec.chart !== undefined && search.view !== "table";
  const drill = spec.columns.find((column) => column.drill);

  return (
    <section className={section.section} aria-labelledby={headingId} data-table={spec.csv}>
      <div className={styles.sectionHeader}>
        <h2 id={headingId} className={section.title}>
          {title}
        </h2>
        <DownloadCsv report={report} search={search} table={spec.csv} title={title} />
      </div>
      {rows.length === 0 ? (
        <p className={section.muted}>{spec.nothing}.</p>
      ) : asChart && spec.chart ? (
        (() => {
          const points = spec.chart.points(rows, labels);
          const series = spec.chart.series(rows, labels);
          const summary = chartSummary(title, points, series);
          return (
            <div className={styles.chartRow}>
              <figure className={styles.chart} aria-label={summary}>
                <Suspense fallback={<p className={section.muted}>Loading the chart…</p>}>
                  <ReportChart spec={spec.chart} points={points} series={series} summary={summary} />
                </Suspense>
              </figure>
              <ul className={styles.numbers} aria-label={`${title}: the numbers`}>
                {points.map((point, index) => {
                  const row = rows[index];
                  return (
                    <li key={point.category}>
                      {pointText(point, series, spec.chart?.unit)}
                      {drill?.drill && row && points.length === rows.length && row[drill.key] !== 0 && (
                        <>
                          {" "}
                          <Button size="small" variant="quiet" onPress={() => onChange(drill.drill!(row))}>
                            List the {cellText(drill, row, labels)} {drill.label.toLowerCase()}
                          </Button>
                        </>
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })()
      ) : (
        <ReportTable caption={title} columns={spec.columns} rows={rows} labels={labels} onDrill={onChange} />
      )}
      {paging && paging.total > 0 && (
        <Pager
          offset={paging.offset}
          pageSize={paging.limit}
          shown={rows.length}
          total={paging.total}
          nothing={`${spec.nothing}.`}
          onOffsetChange={(offset) => onChange({ offset: offset || undefined })}
        />
      )}
    </section>
  );
}
