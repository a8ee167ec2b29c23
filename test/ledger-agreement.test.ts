// Every consumer of the give/take ledger counts the same touches: the ledger API, the agenda's book,
// insights, health and the sales-mode warning, with touches on both edges of the window, in two zones.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ledger } from "../src/domain/ledger.js";
import { loadBook } from "../src/store/agenda/book.js";
import { dialects } from "./support/db.js";
import { newContact, newTouch, signUp, testApp, type Client, type TestApp } from "./support/app.js";

const now = new Date("2026-03-10T09:00:00Z");
const today = "2026-03-10";
const days = 90;

// The 90 local days up to today: 2025-12-11 to 2026-03-10, from local midnight to local midnight.
const zones = [
  { timeZone: "Pacific/Auckland", from: "2025-12-10T11:00:00.000Z", until: "2026-03-10T11:00:00.000Z" },
  { timeZone: "America/Los_Angeles", from: "2025-12-11T08:00:00.000Z", until: "2026-03-11T07:00:00.000Z" },
];

const second = (at: string, by: number) => new Date(Date.parse(at) + by * 1000).toISOString();

interface Seeded {
  client: Client;
  /** Contact id → the ledger its touches were chosen to give. */
  expected: Map<string, Ledger>;
}

/** Two clients: one whose edge touches keep the balance (no warning), one they tip (a warning). */
async function seed(t: TestApp, zone: (typeof zones)[number]): Promise<Seeded> {
  const client = await signUp(t, { timeZone: zone.timeZone });
  const balanced = await newContact(client, { name: "Bea Balanced", stage: "client" });
  await newTouch(client, balanced, second(zone.from, -1), "ask"); // the last second before: out
  await newTouch(client, balanced, zone.from, "give"); // the first instant: in
  await newTouch(client, balanced, "2026-02-01T12:00:00Z", "ask");
  await newTouch(client, balanced, "2026-02-02T12:00:00Z", "service");
  await newTouch(client, balanced, second(zone.until, -1), "give"); // the last second of today: in
  await newTouch(client, balanced, zone.until, "ask"); // tomorrow: out
  const tipped = await newContact(client, { name: "Tim Tipped", stage: "client" });
  await newTouch(client, tipped, second(zone.from, -1), "give"); // out: no help
  await newTouch(client, tipped, zone.from, "ask"); // in
  await newTouch(client, tipped, "2026-02-01T12:00:00Z", "give");
  await newTouch(client, tipped, zone.until, "give"); // out: no help
  const expected = new Map<string, Ledger>([
    [balanced, { give: 2, ask: 1, service: 1 }],
    [tipped, { give: 1, ask: 1, service: 0 }],
  ]);
  return { client, expected };
}

const sum = (ledgers: Iterable<Ledger>): Ledger =>
  [...ledgers].reduce(
    (a, b) => ({ give: a.give + b.give, ask: a.ask + b.ask, service: a.service + b.service }),
    {
      give: 0,
      ask: 0,
      service: 0,
    },
  );

describe.each(dialects)("the give/take ledger's consumers on %s", (dialect) => {
  let t: TestApp;
  const seeded = new Map<string, Seeded>();

  beforeAll(async () => {
    // Seeded as from two days on, since touches dated after `now` (the window's far edge) are refused.
    let clock = new Date(Date.parse(now.toISOString()) + 2 * 86_400_000);
    t = await testApp(dialect, () => clock);
    for (const zone of zones) seeded.set(zone.timeZone, await seed(t, zone));
    clock = now;
  });
  afterAll(() => t.close());

  describe.each(zones)("in $timeZone", ({ timeZone }) => {
    const of = () => seeded.get(timeZone) as Seeded;

    it("counts a touch on the window's first instant and its last second, and none outside", async () => {
      const { client, expected } = of();
      for (const [contactId, ledger] of expected) {
        const res = await client.request("GET", `/api/v1/contacts/${contactId}/ledger?days=${days}`);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        expect(res.body.windows).toEqual([expect.objectContaining({ days, from: "2025-12-11", ...ledger })]);
      }
      const mine = await client.request("GET", `/api/v1/ledger?days=${days}`);
      expect(mine.body.windows[0]).toMatchObject(sum(expected.values()));
    });

    it("gives the agenda's book the same ledgers", async () => {
      const { client, expected } = of();
      const book = await loadBook(
        t.deps.store.db,
        { workspaceId: client.workspaceId, ownerId: client.userId },
        { today, timeZone, ledgerWindowDays: days },
      );
      expect(new Map(book.map((c) => [c.id, c.ledger]))).toEqual(expected);
    });

    it("gives insights and health the same ledgers", async () => {
      const { client, expected } = of();
      const insights = await client.request("GET", "/api/v1/insights");
      expect(insights.body).toMatchObject({ from: "2025-12-11", to: today, timeZone });
      expect(insights.body.team.giveTake).toMatchObject(sum(expected.values()));
      for (const [contactId, { give, ask }] of expected) {
        const health = await client.request("GET", `/api/v1/contacts/${contactId}/health`);
        const part = (health.body.parts as { key: string; detail: string }[]).find(
          (p) => p.key === "give_take",
        );
        const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
        expect(part?.detail).toBe(
          `${plural(give, "give")} and ${plural(ask, "ask")} in the last ${days} days`,
        );
      }
    });

    it("warns of sales mode exactly when the same ledger, with the planned ask, has more asks than gives", async () => {
      const { client, expected } = of();
      const warned = [];
      for (const [contactId, ledger] of expected) {
        const plan = {
          contactId,
          occurredAt: now.toISOString(),
          intent: "ask",
          channel: "call",
          direction: "outbound",
        };
        const res = await client.request("POST", "/api/v1/touches/check", plan);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        const warns = (res.body.warnings as { code: string }[]).some((w) => w.code === "sales_mode");
        expect(warns).toBe(ledger.give < ledger.ask + 1);
        warned.push(warns);
      }
      expect(warned).toEqual([false, true]);
    });
  });
});
