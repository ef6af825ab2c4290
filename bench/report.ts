import type { DatabaseKind } from "./databases.ts";
import type { CaseResult, ThroughputResult } from "./latency.ts";
import type { StartResult } from "./server-start.ts";
import { fmtMb, fmtMs } from "./stats.ts";

export type DatabaseResult = {
  kind: DatabaseKind;
  description: string;
  clusterStartMs: number | null;
  seed: {
    ms: number;
    tenantsPerSecond: number;
    customers: number;
    tenants: number;
    services: number;
    vacuumAnalyzeMs: number;
    databaseMb: number;
  };
  latency: CaseResult[];
  throughput: ThroughputResult[];
  server: StartResult;
};

type Options = { tenants: number; requests: number; warmup: number; clients: number; starts: number };

const n = (x: number) => x.toLocaleString("en");
const out = (line = "") => process.stdout.write(`${line}\n`);

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ").trimEnd();
  out(line(header));
  out(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) out(line(row));
}

export function printDatabase(r: DatabaseResult, options: Options): void {
  out();
  out(`== ${r.kind}: ${r.description}, ${n(r.seed.tenants)} tenants ==`);
  out();
  table(
    ["figure", "value"],
    [
      ...(r.clusterStartMs === null ? [] : [["cluster init + start (bench's own)", `${n(r.clusterStartMs)} ms`]]),
      [`seed ${n(r.seed.tenants)} tenants`, `${(r.seed.ms / 1000).toFixed(1)} s`],
      ["  rate", `${n(r.seed.tenantsPerSecond)} tenants/s`],
      ["  rows", `${n(r.seed.customers)} customers, ${n(r.seed.services)} services`],
      ["  VACUUM ANALYZE afterwards", `${(r.seed.vacuumAnalyzeMs / 1000).toFixed(1)} s`],
      ["  database size", `${n(r.seed.databaseMb)} MB`],
    ],
  );
  out();
  out(`latency, ms (${options.requests} sequential requests per case after ${options.warmup} warm-up; API and SQL alternate)`);
  table(
    ["case", "API p50", "API p99", "SQL p50", "SQL p99", "ratio p50", "ratio p99"],
    r.latency.map((c) => [c.name, fmtMs(c.api.p50), fmtMs(c.api.p99), fmtMs(c.sql.p50), fmtMs(c.sql.p99), `${c.ratioP50.toFixed(2)}×`, `${c.ratioP99.toFixed(2)}×`]),
  );
  out();
  out(`throughput, requests/s (${options.clients} concurrent clients, ${options.clients * 50} requests each side)`);
  table(
    ["case", "API req/s", "SQL req/s", "SQL/API"],
    r.throughput.map((t) => [t.name, t.apiPerSecond.toFixed(0), t.sqlPerSecond.toFixed(0), `${t.ratio.toFixed(2)}×`]),
  );
  out();
  out(`server (node apps/server/bin/waymark.js serve, WAYMARK_DEMO=false, until GET /api/health answers 200)`);
  const s = r.server;
  table(
    ["figure", "value"],
    [
      [`start, seeded ${r.kind === "embedded" ? "data dir" : "database"} (median of ${s.startsMs.length})`, `${n(Math.round(s.medianStartMs))} ms`],
      ["  each start", s.startsMs.map((ms) => n(Math.round(ms))).join(", ")],
      ["  of which inside serve (median, as it reports)", `${n(Math.round(s.medianInServeMs))} ms`],
      ["  stop after SIGTERM (median)", `${n(Math.round(s.medianStopMs))} ms`],
      [s.firstStart.label, `${n(Math.round(s.firstStart.ms))} ms`],
      ["RSS idle after start", fmtMb(s.memory.idleRssKb)],
      [`RSS after ${s.memory.loadRequests} list/detail requests`, fmtMb(s.memory.afterLoadRssKb)],
      ["  peak RSS (VmHWM)", fmtMb(s.memory.peakKb)],
    ],
  );
}

export function printSummary(results: DatabaseResult[], skipped: { kind: DatabaseKind; reason: string }[], options: Options): void {
  out();
  out(`== summary: ${n(options.tenants)} tenants ==`);
  out();
  if (results.length > 0) {
    const rows: string[][] = [
      ["seed time", ...results.map((r) => `${(r.seed.ms / 1000).toFixed(1)} s`)],
      ...(results[0]?.latency ?? []).map((c, i) => [
        `${c.name}: API/SQL p50 (p99)`,
        ...results.map((r) => {
          const x = r.latency[i];
          return x ? `${x.ratioP50.toFixed(2)}× (${x.ratioP99.toFixed(2)}×)` : "–";
        }),
      ]),
      ...(results[0]?.latency ?? []).map((c, i) => [
        `${c.name}: API p50 / p99 ms`,
        ...results.map((r) => {
          const x = r.latency[i];
          return x ? `${fmtMs(x.api.p50)} / ${fmtMs(x.api.p99)}` : "–";
        }),
      ]),
      ...(results[0]?.throughput ?? []).map((t, i) => [
        `${t.name}: API req/s (${t.clients} clients)`,
        ...results.map((r) => r.throughput[i]?.apiPerSecond.toFixed(0) ?? "–"),
      ]),
      ["server start (median)", ...results.map((r) => `${n(Math.round(r.server.medianStartMs))} ms`)],
      ["first start, empty", ...results.map((r) => `${n(Math.round(r.server.firstStart.ms))} ms`)],
      ["RSS idle / after load", ...results.map((r) => `${fmtMb(r.server.memory.idleRssKb)} / ${fmtMb(r.server.memory.afterLoadRssKb)}`)],
    ];
    table(["figure", ...results.map((r) => r.kind)], rows);
  }
  for (const s of skipped) out(`${s.kind}: not measured: ${s.reason}`);
}
