// The agendas a server keeps between requests stay within a bound on their estimated bytes: least
// recently used books go first, a book bigger than the whole bound is not kept, and the estimate of
// a book refreshed a contact at a time is the one of the same book loaded whole.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keptAgendas } from "../src/services/agenda-cache.js";
import { agendaToday } from "../src/services/agenda.js";
import type { Actor } from "../src/services/context.js";
import { freshAgenda, seedDueContacts } from "./support/agenda.js";
import { dialects } from "./support/db.js";
import { newTouch, signUp, testApp, type Client, type TestApp } from "./support/app.js";

const now = new Date("2026-03-10T09:00:00Z");
const today = "2026-03-10";
const unbounded = Number.MAX_SAFE_INTEGER;

describe.each(dialects)("the bound on kept agendas on %s", (dialect) => {
  let t: TestApp;
  const owners: Client[] = [];
  const actorOf = (c: Client): Actor => ({
    userId: c.userId,
    workspaceId: c.workspaceId,
    role: "owner",
    timeZone: "UTC",
  });
  const look = (c: Client, agendaCacheBytes: number) =>
    agendaToday({ ...t.deps, agendaCacheBytes }, actorOf(c));
  const kept = () => keptAgendas(t.deps.store);
  const keptOwners = () => kept().map((k) => owners.findIndex((o) => o.userId === k.ownerId));
  const total = () => kept().reduce((sum, k) => sum + k.bytes, 0);

  beforeAll(async () => {
    t = await testApp(dialect, () => now);
    for (let i = 0; i < 3; i++) {
      const owner = await signUp(t);
      await seedDueContacts(t.deps.store.db, owner, 30, "2025-06-01T09:00:00.000Z");
      owners.push(owner);
    }
  });
  afterAll(() => t.close());

  it("lets the least recently used books go first once the bound is reached", async () => {
    const [a, b, c] = owners as [Client, Client, Client];
    await look(a, unbounded);
    const [one] = kept();
    expect(one?.bytes).toBeGreaterThan(30 * 800);
    const bound = Math.floor(one!.bytes * 2.5);
    await look(b, bound);
    expect(keptOwners()).toEqual([0, 1]);
    await look(c, bound);
    expect(keptOwners()).toEqual([1, 2]);
    await look(b, bound);
    await look(a, bound);
    expect(keptOwners()).toEqual([1, 0]);
    expect(total()).toBeLessThanOrEqual(bound);
  });

  it("keeps no book bigger than the whole bound, and answers all the same", async () => {
    const [a] = owners as [Client];
    const served = await look(a, 1_000);
    expect(kept()).toEqual([]);
    expect(served.items).toEqual((await freshAgenda(t, a, today)).items);
  });

  it("estimates a book refreshed a contact at a time as the same book loaded whole", async () => {
    const [a] = owners as [Client];
    const first = await look(a, unbounded);
    await newTouch(a, first.items[0]!.contactId, "2026-03-09T10:00:00Z", "give");
    await newTouch(a, first.items[1]!.contactId, "2026-03-02T10:00:00Z", "ask", { getBackOn: "2026-03-10" });
    await look(a, unbounded);
    const refreshed = kept().at(-1)?.bytes;
    await look(a, 0);
    expect(kept()).toEqual([]);
    await look(a, unbounded);
    expect(kept().at(-1)?.bytes).toBe(refreshed);
  });
});
