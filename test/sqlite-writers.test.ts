// Two processes on one SQLite file (two servers, or the CLI beside a server) both write: a
// transaction that reads and then writes must wait for the other writer, never fail with
// "database is locked". Worker threads stand in for the processes: each has its own connection.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { createUser } from "../src/services/accounts.js";
import { migrate, openStore } from "../src/store/db.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-writers-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function writer(file: string, workspaceId: string, rounds: number): Promise<string[]> {
  // The worker runs TypeScript as the CLI does from source: tsx registered first.
  const script = new URL("./support/sqlite-writer.ts", import.meta.url).href;
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(script)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: { file, workspaceId, rounds } });
  return new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}

describe("two writers on one SQLite file", () => {
  it("lets every read-then-write transaction of both through, one after the other", async () => {
    const file = path.join(dir, "rapport.sqlite");
    const store = openStore({ kind: "sqlite", file });
    await migrate(store);
    const { actor } = await createUser(
      { store, now: () => new Date() },
      { email: "w@example.test", password: "a long enough password", name: "W", workspace: "Writers" },
    );
    await store.close();
    const failures = await Promise.all([1, 2, 3].map(() => writer(file, actor.workspaceId, 150)));
    expect(failures.flat()).toEqual([]);
  });
});
