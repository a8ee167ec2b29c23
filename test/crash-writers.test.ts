// Eight writers through a real `rapport serve`, killed with kill -9 after a count of acknowledged
// writes, restarted on the same database, three times: afterwards every acknowledged write is
// there exactly once, an unacknowledged one at most once, and SQLite's integrity check passes.
// Nothing waits on time: the kill follows the acknowledgements, readiness is polled.
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { createToken } from "../src/services/tokens.js";
import { cliWorkspace, removeFreshDirs, type CliWorkspace } from "./support/cli.js";
import { dialects } from "./support/db.js";
import { serve, type Served } from "./support/server.js";

const ROUNDS = 3;
const WRITERS = 8;
const ACKS_PER_ROUND = 150;

/** One write sent: a contact or touch carrying `marker`, or a contact's title set to it. */
interface Write {
  kind: "contact" | "touch" | "update";
  marker: string;
  acknowledged: boolean;
}

/** The writes of every round, and the answers that were neither 2xx nor a dead connection. */
interface Ledger {
  writes: Write[];
  refused: string[];
}

/** Sends one write; answers its JSON body on a 2xx, null when the server is gone or refused. */
async function write(
  server: Served,
  ledger: Ledger,
  entry: Omit<Write, "acknowledged">,
  request: { method: string; path: string; body: unknown; headers?: Record<string, string> },
  onAck: () => void,
): Promise<{ id: string } | null> {
  const sent: Write = { ...entry, acknowledged: false };
  ledger.writes.push(sent);
  const res = await fetch(`${server.api}${request.path}`, {
    method: request.method,
    headers: { "content-type": "application/json", ...request.headers },
    body: JSON.stringify(request.body),
  }).catch(() => null);
  if (!res) {
    if (!server.killed) ledger.refused.push(`${request.method} ${request.path}: no answer`);
    return null;
  }
  const body = (await res.json().catch(() => null)) as { id: string } | null;
  if (!res.ok) {
    ledger.refused.push(`${request.method} ${request.path}: ${res.status} ${JSON.stringify(body)}`);
    return null;
  }
  sent.acknowledged = true;
  onAck();
  return body;
}

/** One writer's loop: a contact, a touch on it, and every fourth contact renamed under If-Match. */
async function writer(
  server: Served,
  token: string,
  round: number,
  w: number,
  ledger: Ledger,
  onAck: () => void,
) {
  const authorization = `Bearer ${token}`;
  for (let i = 0; !server.killed; i++) {
    const marker = `crash-r${round}-w${w}-n${i}`;
    const post = (path: string, body: unknown) => ({
      method: "POST",
      path,
      body,
      headers: { authorization },
    });
    const contact = await write(
      server,
      ledger,
      { kind: "contact", marker },
      post("/contacts", { name: marker }),
      onAck,
    );
    if (!contact) return;
    const touch = {
      contactId: contact.id,
      occurredAt: "2026-03-01T10:00:00Z",
      channel: "call",
      intent: "give",
      direction: "outbound",
      notes: marker,
    };
    if (!(await write(server, ledger, { kind: "touch", marker }, post("/touches", touch), onAck))) return;
    if (i % 4 !== 0) continue;
    const update = {
      method: "PATCH",
      path: `/contacts/${contact.id}`,
      body: { title: marker },
      headers: { authorization, "if-match": '"1"' },
    };
    if (!(await write(server, ledger, { kind: "update", marker }, update, onAck))) return;
  }
}

/** How many times each write is in the database now. */
async function countsOf(ws: CliWorkspace): Promise<Record<Write["kind"], Map<string, number>>> {
  const { db } = ws.deps.store;
  const workspace = ws.owner.actor.workspaceId;
  const contacts = await db
    .selectFrom("contacts")
    .select(["name", "title"])
    .where("workspaceId", "=", workspace)
    .execute();
  const touches = await db
    .selectFrom("touches")
    .select("notes")
    .where("workspaceId", "=", workspace)
    .execute();
  const tally = (values: (string | null)[]) => {
    const map = new Map<string, number>();
    for (const v of values) if (v) map.set(v, (map.get(v) ?? 0) + 1);
    return map;
  };
  return {
    contact: tally(contacts.map((c) => c.name)),
    touch: tally(touches.map((t) => t.notes)),
    update: tally(contacts.map((c) => c.title)),
  };
}

afterAll(removeFreshDirs);

describe.each(dialects)("kill -9 under eight writers on %s", (dialect) => {
  let ws: CliWorkspace | undefined;
  let server: Served | undefined;
  afterAll(async () => {
    if (server && !server.killed) server.kill("SIGKILL");
    await server?.exit;
    await ws?.drop();
  });

  it(`keeps every acknowledged write exactly once over ${ROUNDS} rounds`, { timeout: 600_000 }, async () => {
    ws = await cliWorkspace(dialect);
    const { token } = await createToken(ws.deps, ws.owner.actor, "crash writers");
    const ledger: Ledger = { writes: [], refused: [] };
    for (let round = 1; round <= ROUNDS; round++) {
      const current = (server = await serve(ws.where));
      let acks = 0;
      const onAck = () => {
        if (++acks === ACKS_PER_ROUND) current.kill("SIGKILL");
      };
      const writers = Array.from({ length: WRITERS }, (_, w) =>
        writer(current, token, round, w, ledger, onAck),
      );
      await Promise.all(writers);
      // Writers only stop early when refused: then no kill came, and the refusals say why.
      expect(current.killed, ledger.refused.join("\n")).toBe(true);
      expect(await current.exit, "the server ended before the kill").toMatchObject({ signal: "SIGKILL" });
    }
    // The server starts again on what the last kill left, and stops cleanly.
    server = await serve(ws.where);
    server.kill("SIGTERM");
    expect((await server.exit).code).toBe(0);

    const counts = await countsOf(ws);
    const found = (w: Write) => counts[w.kind].get(w.marker) ?? 0;
    const acknowledged = ledger.writes.filter((w) => w.acknowledged);
    const unacknowledged = ledger.writes.filter((w) => !w.acknowledged);
    const lost = acknowledged.filter((w) => found(w) === 0);
    const doubled = ledger.writes.filter((w) => found(w) > 1);
    console.info(
      `kill -9 under writers on ${dialect}: ${ROUNDS} rounds, ${ledger.writes.length} writes sent, ` +
        `${acknowledged.length} acknowledged, ${acknowledged.length - lost.length} found, ${lost.length} lost, ` +
        `${doubled.length} doubled, ${unacknowledged.filter((w) => found(w) === 1).length} of ` +
        `${unacknowledged.length} unacknowledged present`,
    );
    expect(ledger.refused).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(ROUNDS * ACKS_PER_ROUND);
    expect(lost.map((w) => `${w.kind} ${w.marker}`)).toEqual([]);
    expect(doubled.map((w) => `${w.kind} ${w.marker}`)).toEqual([]);
    if (dialect === "sqlite") {
      const check = await sql<{ integrityCheck: string }>`pragma integrity_check`.execute(ws.deps.store.db);
      expect(check.rows).toEqual([{ integrityCheck: "ok" }]);
      const orphans = await sql`pragma foreign_key_check`.execute(ws.deps.store.db);
      expect(orphans.rows).toEqual([]);
    }
  });
});
