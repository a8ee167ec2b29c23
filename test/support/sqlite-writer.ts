// A second writer on a SQLite file, in a worker thread (its own connection, as a second process
// would have): runs transactions that read a row and then write it, and reports what failed.
import { parentPort, workerData } from "node:worker_threads";
import { openStore } from "../../src/store/db.js";

const { file, workspaceId, rounds } = workerData as { file: string; workspaceId: string; rounds: number };
const store = openStore({ kind: "sqlite", file });
const failures: string[] = [];
for (let i = 0; i < rounds; i++) {
  try {
    await store.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom("workspaces")
        .select("name")
        .where("id", "=", workspaceId)
        .executeTakeFirstOrThrow();
      // Let the other writer read too before this one writes: the moment two readers upgrade.
      await new Promise((resolve) => setTimeout(resolve, 1));
      await trx.updateTable("workspaces").set({ name: row.name }).where("id", "=", workspaceId).execute();
    });
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
  }
}
await store.close();
parentPort!.postMessage(failures);
