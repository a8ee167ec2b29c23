// A large import killed with `kill -9` halfway, then run again, ends with every row exactly once:
// each batch commits with the sources it imported, so the second run skips what the first wrote.
// The first run reads the file's first half from stdin, which stays open: it cannot finish, and the
// test kills it once batches have committed, whatever the machine's speed.
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  cliWorkspace,
  ended,
  freshDir,
  rapport,
  removeFreshDirs,
  spawnRapport,
  type CliWorkspace,
} from "./support/cli.js";
import { dialects } from "./support/db.js";

// 30,000 rows keep CI affordable; RAPPORT_CRASH_ROWS=100000 runs the issue's full size.
const ROWS = Number(process.env.RAPPORT_CRASH_ROWS ?? 30_000);
const BATCH = 1_000;
const ORGANIZATIONS = 40;

/** Every tenth person has no email: those are matched on the second run by their fingerprint. */
function personRow(i: number): string {
  const name = `Person ${String(i).padStart(5, "0")} Crash`;
  return `${name},${i % 10 === 0 ? "" : `p${i}@crash.example`},Org ${i % ORGANIZATIONS}\n`;
}

const header = "Name,Email,Company\n";
const rows = Array.from({ length: ROWS }, (_, i) => personRow(i));

async function contactsIn(ws: CliWorkspace) {
  return ws.deps.store.db
    .selectFrom("contacts")
    .select(["name", "emails", "organizationId"])
    .where("workspaceId", "=", ws.owner.actor.workspaceId)
    .execute();
}

async function contactCount(ws: CliWorkspace): Promise<number> {
  const { n } = await ws.deps.store.db
    .selectFrom("contacts")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("workspaceId", "=", ws.owner.actor.workspaceId)
    .executeTakeFirstOrThrow();
  return Number(n);
}

afterAll(removeFreshDirs);

describe.each(dialects)("an import killed with kill -9 on %s", (dialect) => {
  let ws: CliWorkspace | undefined;
  afterAll(() => ws?.drop());

  it(
    `runs again to the end with each of ${ROWS} rows present exactly once`,
    { timeout: 600_000 },
    async () => {
      ws = await cliWorkspace(dialect);
      const file = path.join(freshDir(), "people.csv");
      fs.writeFileSync(file, header + rows.join(""));

      const child = spawnRapport(["import", "-", "--json"], ws.where);
      const killed = ended(child);
      const half = header + rows.slice(0, ROWS / 2).join("");
      await new Promise<void>((resolve, reject) =>
        child.stdin.write(half, (e) => (e ? reject(e) : resolve())),
      );
      // Wait for committed batches (not for time to pass); stop if the process ended on its own.
      while ((await contactCount(ws)) < BATCH) {
        if (child.exitCode !== null) throw new Error(`the import ended early: ${(await killed).stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      child.kill("SIGKILL");
      expect(await killed).toMatchObject({ code: null, signal: "SIGKILL" });
      const kept = await contactCount(ws);
      expect(kept).toBeGreaterThanOrEqual(BATCH);
      expect(kept).toBeLessThanOrEqual(ROWS / 2);

      const again = await rapport(["import", file, "--json"], ws.where);
      expect(again.code, again.stderr).toBe(0);
      expect(JSON.parse(again.stdout)).toMatchObject({
        created: ROWS - kept,
        unchanged: kept,
        updated: 0,
        merged: 0,
        rejected: 0,
      });

      const contacts = await contactsIn(ws);
      expect(contacts).toHaveLength(ROWS);
      expect(new Set(contacts.map((c) => c.name)).size).toBe(ROWS);
      const emails = contacts.flatMap((c) => JSON.parse(c.emails) as string[]);
      expect(emails).toHaveLength(ROWS - ROWS / 10);
      expect(new Set(emails).size).toBe(emails.length);
      expect(new Set(contacts.map((c) => c.organizationId)).size).toBe(ORGANIZATIONS);
      const organizations = await ws.deps.store.db
        .selectFrom("organizations")
        .select("name")
        .where("workspaceId", "=", ws.owner.actor.workspaceId)
        .execute();
      expect(organizations).toHaveLength(ORGANIZATIONS);
    },
  );
});
