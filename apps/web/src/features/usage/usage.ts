import type { TUsageSummary } from "@waymark/contracts";
import { formatCount, formatDate } from "../../lib/format.ts";

export type ServiceUsage = TUsageSummary["services"][number];
export type UsageDay = ServiceUsage["series"][number];
export type Kpi = NonNullable<ServiceUsage["latest"]>["kpi"];

export type UsageRange = "60" | "90" | "180" | "all";
export type UsageMode = "percent" | "raw";

export const USAGE_RANGES: readonly { value: UsageRange; label: string }[] = [
  { value: "60", label: "60 days" },
  { value: "90", label: "90 days" },
  { value: "180", label: "180 days" },
  { value: "all", label: "All" },
];

export const USAGE_MODES: readonly { value: UsageMode; label: string }[] = [
  { value: "percent", label: "AU %" },
  { value: "raw", label: "Active users" },
];

/** The AU % milestones partners forecast (15 % and 40 %); 40 % is also where the KPI turns Green. */
export const AU_MILESTONES = [15, 40] as const;

/** Where "All" starts asking: no reported usage is older than this. */
const EARLIEST_DAY = "2000-01-01";
const DAY_MS = 86_400_000;

export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function isoOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The first day a range shows, counting `to` (the tenant's today) as its last day. */
export function rangeStart(range: UsageRange, to: string): string {
  return range === "all" ? EARLIEST_DAY : isoOfDayNumber(dayNumber(to) + 1 - Number(range));
}

/**
 * The `from` to ask the server for: none for 60 and 90 days (its default series, the last 90 days, covers both);
 * the wider ranges need the tenant's today (`to`) from that first answer.
 */
export function rangeQueryFrom(range: UsageRange, to: string | undefined): string | undefined {
  if (range === "60" || range === "90" || !to) return undefined;
  return rangeStart(range, to);
}

export function filterRange(series: readonly UsageDay[], range: UsageRange, to: string): UsageDay[] {
  const first = rangeStart(range, to);
  return series.filter((day) => day.day >= first && day.day <= to);
}

export type ChartPoint = { x: number; day: string; value: number | null; entitlements: number | null };

/** One point per reported day: AU % against entitlements as 100 %, or active users against entitlements. */
export function chartPoints(series: readonly UsageDay[], mode: UsageMode): ChartPoint[] {
  return series.map((day) => ({
    x: dayNumber(day.day),
    day: day.day,
    value: mode === "percent" ? day.activeUsersPercent : day.activeUsers,
    entitlements: mode === "percent" ? (day.entitlements > 0 ? 100 : null) : day.entitlements,
  }));
}

export type LevelMark = { y: number; label: string };
export type DateMark = { x: number; day: string; label: string };

/** The 15 % / 40 % milestones as levels: in raw mode, as active users of the latest entitlements shown. */
export function levelMarks(series: readonly UsageDay[], mode: UsageMode): LevelMark[] {
  if (mode === "percent") return AU_MILESTONES.map((percent) => ({ y: percent, label: `${percent} %` }));
  const entitlements = series.at(-1)?.entitlements ?? 0;
  if (entitlements === 0) return [];
  return AU_MILESTONES.map((percent) => {
    const users = Math.ceil((percent * entitlements) / 100);
    return { y: users, label: `${percent} % (${formatCount(users)})` };
  });
}

/** The forecast dates and the day enablement was complete, when on or after the first day shown. */
export function dateMarks(service: ServiceUsage, firstDay: string): DateMark[] {
  const { forecast, milestone } = service;
  const marks = [
    { day: milestone.on, label: "Enablement complete" },
    { day: forecast.forecast15On, label: "15 % forecast" },
    { day: forecast.forecast40On, label: "40 % forecast" },
    { day: forecast.forecastMaxOn, label: "Max AU forecast" },
  ];
  return marks
    .filter((mark): mark is { day: string; label: string } => mark.day !== null && mark.day >= firstDay)
    .map((mark) => ({ ...mark, x: dayNumber(mark.day) }));
}

/** The x axis runs over the whole range and on to any forecast date ahead, so a plan is visible against the trend. */
export function xDomain(firstDay: string, lastDay: string, marks: readonly DateMark[]): [number, number] {
  const xs = [dayNumber(firstDay), dayNumber(lastDay), ...marks.map((m) => m.x)];
  return [Math.min(...xs), Math.max(...xs)];
}

/** A date's label sits on the side of its line facing the middle, so labels near either edge are not cut off. */
export function dateLabelSide(mark: DateMark, domain: readonly [number, number]): "insideTopLeft" | "insideTopRight" {
  return mark.x - domain[0] > (domain[1] - domain[0]) / 2 ? "insideTopRight" : "insideTopLeft";
}

const KPI_WORDS: Readonly<Record<NonNullable<Kpi>, { word: string; meaning: string }>> = {
  green: { word: "Green", meaning: "above 40 % AU" },
  yellow: { word: "Yellow", meaning: "20–40 % AU" },
  red: { word: "Red", meaning: "below 20 % AU" },
};

/** The KPI in words, so colour is never the only signal. */
export function kpiStatus(kpi: Kpi): { word: string; meaning: string; tone: NonNullable<Kpi> | "none" } {
  if (kpi === null) return { word: "No KPI", meaning: "no entitlements reported", tone: "none" };
  return { ...KPI_WORDS[kpi], tone: kpi };
}

export function formatPercent(value: number | null): string {
  return value === null ? "–" : `${value.toLocaleString("en-GB", { maximumFractionDigits: 2 })} %`;
}

/** What the chart shows, in one sentence, for its accessible name. */
export function chartSummary(service: ServiceUsage, shown: readonly UsageDay[], mode: UsageMode): string {
  const what = `${service.serviceLabel} ${mode === "percent" ? "AU %" : "active users"}`;
  const first = shown[0];
  const last = shown.at(-1);
  if (!first || !last) return `${what}: no usage reported in this range`;
  const span = first.day === last.day ? formatDate(first.day) : `${formatDate(first.day)} to ${formatDate(last.day)}`;
  const level = (day: UsageDay) =>
    mode === "percent" ? formatPercent(day.activeUsersPercent) : `${formatCount(day.activeUsers)} of ${formatCount(day.entitlements)} entitlements`;
  const kpi = kpiStatus(service.latest?.kpi ?? null);
  return `${what}, ${shown.length} ${shown.length === 1 ? "day" : "days"} from ${span}: ${level(first)} at the start, ${level(last)} at the end; KPI ${kpi.word}`;
}
