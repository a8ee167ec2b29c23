// An in-process scheduler: runs each job in turn, every `intervalMs`, inside `rapport serve`. Jobs
// keep their own state in the database and claim work with leases, so that any number of servers
// may run one each. Tests drive it with `runOnce(now)`, never by waiting.
import type { Instant } from "../domain/model.js";

export interface Job {
  name: string;
  /** Does whatever is due at `now`. */
  run(now: Date): Promise<void>;
  /** Work waiting, for the health report (none when absent). */
  queueDepth?(): Promise<number>;
}

export interface SchedulerStatus {
  running: boolean;
  lastRunAt: Instant | null;
  queueDepth: number;
}

export interface Scheduler {
  /** Runs every job once, at `now`; a failing job is reported and does not stop the others. */
  runOnce(now: Date): Promise<void>;
  /** Runs every `intervalMs` from now on; `onError` hears of failed jobs. */
  start(onError: (error: unknown, job: string) => void): void;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
  status(): Promise<SchedulerStatus>;
}

export function createScheduler(jobs: Job[], clock: () => Date, intervalMs = 5_000): Scheduler {
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  let lastRunAt: Instant | null = null;
  let current: Promise<void> = Promise.resolve();
  let report: (error: unknown, job: string) => void = () => {};

  async function runOnce(now: Date) {
    for (const job of jobs) {
      try {
        await job.run(now);
      } catch (error) {
        report(error, job.name);
      }
    }
    lastRunAt = now.toISOString();
  }

  // One run at a time: the next is timed from the end of the last.
  function schedule() {
    timer = setTimeout(() => {
      current = runOnce(clock()).finally(() => {
        if (running) schedule();
      });
    }, intervalMs);
    timer.unref();
  }

  return {
    runOnce,
    start(onError) {
      if (running) return;
      report = onError;
      running = true;
      schedule();
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      await current;
    },
    async status() {
      const depths = await Promise.all(
        jobs.map((job) => (job.queueDepth ? job.queueDepth() : Promise.resolve(0))),
      );
      return { running, lastRunAt, queueDepth: depths.reduce((a, b) => a + b, 0) };
    },
  };
}
