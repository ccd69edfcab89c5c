/** One line of `npm run bench`. Each bench module exports `run(): Promise<BenchRow[]>`. */
export interface BenchRow {
  name: string;
  /** What one operation is, e.g. "400 Jobcenter × 60 Monate". */
  unit: string;
  iterations: number;
  totalMs: number;
  /** Free-form extra, e.g. "12.3 MB" or "gzip 81 kB". */
  note?: string;
  /** A figure that is no time (a ratio, a size), printed instead of the times. */
  figure?: string;
  /** The budget the figure is held against, e.g. "< 300 ms", printed beside it. */
  budget?: string;
  /** Whether the figure keeps its budget (shown as ✓ / ✗). */
  ok?: boolean;
}

/** Runs `fn` `iterations` times after one warm-up and returns the elapsed milliseconds. */
export async function time(fn: () => unknown | Promise<unknown>, iterations = 1): Promise<number> {
  await fn();
  const start = performance.now();
  for (let i = 0; i < iterations; i++) await fn();
  return performance.now() - start;
}
