import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartPoint, ChartSeries, ChartSpec } from "./report-types.ts";

// SVG attributes take plain colours; series also differ by pattern (dashes) and the numbers are written beside the chart.
const COLOURS = ["#3451c6", "#1c6e33", "#865400", "#8a2b6e", "#4b5260", "#0e6f7a"] as const;
const DASHES = [undefined, "6 4", "2 3", "8 3 2 3"] as const;

type ReportChartProps = { spec: ChartSpec; points: readonly ChartPoint[]; series: readonly ChartSeries[]; summary: string };

/** Bars or lines of a report table; a summary names it for screen readers, who read the numbers in the list beside it. */
export function ReportChart({ spec, points, series, summary }: ReportChartProps) {
  const data = points.map((point) => ({ category: point.category, ...point.values }));
  const tick = { fontSize: 12 };
  return (
    <ResponsiveContainer width="100%" height={spec.kind === "line" ? 280 : Math.max(140, 60 + points.length * series.length * 18)}>
      {spec.kind === "line" ? (
        <LineChart data={data} margin={{ top: 12, right: 16, bottom: 4, left: 4 }} aria-label={summary}>
          <CartesianGrid stroke="#d8dce2" strokeDasharray="3 3" />
          <XAxis dataKey="category" tick={tick} />
          <YAxis width={52} tick={tick} tickFormatter={(v: number) => (spec.unit === "%" ? `${v} %` : String(v))} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          {series.map((s, index) => (
            <Line
              key={s.key}
              name={s.label}
              dataKey={s.key}
              stroke={COLOURS[index % COLOURS.length]}
              strokeDasharray={DASHES[index % DASHES.length]}
              strokeWidth={2}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      ) : (
        // Horizontal bars: long category names (checks, statuses) stay readable on the axis.
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 4 }} aria-label={summary}>
          <CartesianGrid stroke="#d8dce2" strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tick={tick} allowDecimals={false} />
          <YAxis type="category" dataKey="category" width={200} tick={tick} interval={0} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          {series.map((s, index) => (
            <Bar
              key={s.key}
              name={s.label}
              dataKey={s.key}
              fill={COLOURS[index % COLOURS.length]}
              {...(spec.stacked ? { stackId: "all" } : {})}
              label={spec.stacked ? undefined : { position: "right", fontSize: 11 }}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      )}
    </ResponsiveContainer>
  );
}
