import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCount, formatDate } from "../../lib/format.ts";
import { chartPoints, dateLabelSide, type DateMark, formatPercent, isoOfDayNumber, levelMarks, type UsageDay, type UsageMode } from "./usage.ts";

// SVG presentation attributes take plain colours; these are the tokens' --accent, --neutral, --warning and --success.
const COLOURS = { users: "#3451c6", entitlements: "#4b5260", level: "#865400", date: "#1c6e33", grid: "#d8dce2" } as const;

const shortDay = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const tick = (x: number) => shortDay.format(new Date(`${isoOfDayNumber(x)}T00:00:00Z`));

type UsageChartProps = { shown: readonly UsageDay[]; mode: UsageMode; dates: readonly DateMark[]; domain: [number, number]; summary: string };

/** Active users (or AU %) against entitlements, with the 15 % / 40 % levels and the forecast dates marked. */
export function UsageChart({ shown, mode, dates, domain, summary }: UsageChartProps) {
  const points = chartPoints(shown, mode);
  const value = (v: number) => (mode === "percent" ? formatPercent(v) : formatCount(v));
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={points} margin={{ top: 20, right: 24, bottom: 4, left: 4 }} aria-label={summary}>
        <CartesianGrid stroke={COLOURS.grid} strokeDasharray="3 3" />
        <XAxis dataKey="x" type="number" domain={domain} tickFormatter={tick} tick={{ fontSize: 12 }} allowDataOverflow />
        <YAxis
          width={56}
          tick={{ fontSize: 12 }}
          tickFormatter={(v: number) => (mode === "percent" ? `${v} %` : formatCount(v))}
          domain={mode === "percent" ? [0, (max: number) => Math.max(100, Math.ceil(max))] : [0, "auto"]}
        />
        <Tooltip
          labelFormatter={(x) => formatDate(isoOfDayNumber(Number(x)))}
          formatter={(v) => (typeof v === "number" ? value(v) : String(v))}
        />
        <Legend wrapperStyle={{ fontSize: 13 }} />
        <Line
          name={mode === "percent" ? "AU %" : "Active users"}
          dataKey="value"
          stroke={COLOURS.users}
          strokeWidth={2}
          dot={points.length === 1}
          isAnimationActive={false}
        />
        <Line
          name={mode === "percent" ? "Entitlements (100 %)" : "Entitlements"}
          dataKey="entitlements"
          stroke={COLOURS.entitlements}
          strokeDasharray="6 4"
          dot={false}
          isAnimationActive={false}
        />
        {levelMarks(shown, mode).map((mark) => (
          <ReferenceLine
            key={mark.label}
            y={mark.y}
            stroke={COLOURS.level}
            strokeDasharray="2 4"
            ifOverflow="extendDomain"
            label={{ value: mark.label, position: "insideTopLeft", fill: COLOURS.level, fontSize: 12 }}
          />
        ))}
        {dates.map((mark, index) => (
          <ReferenceLine
            key={mark.label}
            x={mark.x}
            stroke={COLOURS.date}
            strokeDasharray="4 3"
            // Every other label sits lower so close dates do not print over each other.
            label={{ value: `${mark.label} ${tick(mark.x)}`, position: dateLabelSide(mark, domain), offset: 4 + (index % 2) * 16, fill: COLOURS.date, fontSize: 12 }}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
