/** One benchmark case's result: printed by `npm run bench` as a table row. */
export interface BenchLine {
  name: string;
  /** Human summary, e.g. "p50 3.1 ms, p95 4.0 ms; 1.2× baseline". */
  summary: string;
  figures: Record<string, number>;
}

/** Percentile of sorted or unsorted samples (nearest rank). */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}
