/** One benchmark case's result: printed by `npm run bench` as a table row, or as JSON with `--json`. */
export interface BenchLine {
  name: string;
  /** Human summary, e.g. "p50 3.1 ms, p95 4.0 ms; 1.2× baseline". */
  summary: string;
  figures: Record<string, number>;
  /**
   * The case against its baseline from the same run doing the same work, read as "`value`× `of`"
   * (e.g. 0.26× "the bare route's requests/s"). Absent when nothing is like with like: a cached path
   * against an uncached baseline, a quality score, a baseline itself.
   */
  ratio?: { value: number; of: string };
}

/** What `npm run bench` passes each bench: `quick` asks for a small size that runs in seconds (CI). */
export interface BenchOptions {
  quick: boolean;
}

/** A bench module's default export. */
export type Bench = (options: BenchOptions) => Promise<BenchLine[]>;

/** Percentile of sorted or unsorted samples (nearest rank). */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/**
 * Collects garbage before a timed sample when node runs with `--expose-gc` (as `npm run bench` does):
 * the cases are interleaved, so without it one case's sample pays for the garbage another left behind
 * (the baseline builds a whole 5,000-contact book each round). What a sample allocates itself is still
 * collected during it whenever the heap needs it.
 */
export function collected(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Runs `once` over a corpus of `count` items until at least `minMs` have passed: items per second. */
export function throughput(
  count: number,
  minMs: number,
  once: () => void,
): { perSecond: number; ms: number } {
  once(); // warm up the JIT and compiled regexes
  let rounds = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    once();
    rounds++;
    elapsed = performance.now() - start;
  }
  return { perSecond: (rounds * count) / (elapsed / 1000), ms: elapsed };
}
