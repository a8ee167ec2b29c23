// A real `rapport serve` process on a free port (PORT=0: the port it got is read from its banner),
// ready once `/api/v1/health` answers. For tests that kill the server or need it out of process.
import { ended, spawnRapport, type Run } from "./cli.js";

export interface Served {
  /** `http://127.0.0.1:PORT/api/v1` */
  api: string;
  /** Whether a kill was asked for: requests after it are expected to fail. */
  readonly killed: boolean;
  kill(signal: "SIGKILL" | "SIGTERM"): void;
  /** The process's end. */
  exit: Promise<Run>;
}

// Start-up from source takes seconds on a loaded machine; this bounds a hang, not the speed.
const READY_WITHIN_MS = 120_000;

/** Starts `rapport serve` on the database at `where` and waits until it answers its health check. */
export async function serve(where: string): Promise<Served> {
  const child = spawnRapport(["serve"], where, { PORT: "0", LOG_LEVEL: "info" });
  const exit = ended(child);
  // The banner on standard error names the port bound; what follows is drained by `ended`.
  const port = await new Promise<number>((resolve, reject) => {
    let seen = "";
    const onData = (chunk: string) => {
      seen += chunk;
      const match = /^Rapport \S+ on http:\/\/127\.0\.0\.1:(\d+) /m.exec(seen);
      if (!match) return;
      child.stderr.off("data", onData);
      resolve(Number(match[1]));
    };
    child.stderr.on("data", onData);
    void exit.then((run) => reject(new Error(`rapport serve ended before listening: ${run.stderr}`)));
  });
  const api = `http://127.0.0.1:${port}/api/v1`;
  const deadline = Date.now() + READY_WITHIN_MS;
  while (
    !(await fetch(`${api}/health`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline) throw new Error(`rapport serve is not healthy after ${READY_WITHIN_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  let killed = false;
  return {
    api,
    get killed() {
      return killed;
    },
    kill(signal) {
      killed = true;
      child.kill(signal);
    },
    exit,
  };
}
