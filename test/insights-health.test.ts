import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { healthDistribution } from "../src/domain/health.js";
import { dialects } from "./support/db.js";
import { created, newContact, newTouch, signUp, type Client, type TestApp, testApp } from "./support/app.js";

const now = new Date("2026-03-10T09:00:00Z");

interface Band {
  band: string;
  from: number;
  to: number;
  contacts: number;
}
interface Spread {
  bands: Band[];
  median: number | null;
}

const counts = (spread: Spread) => Object.fromEntries(spread.bands.map((b) => [b.band, b.contacts]));

describe.each(dialects)("the health spread in insights on %s", (dialect) => {
  let t: TestApp;
  let ann: Client;
  let bea: Client;
  const owned = new Map<string, string[]>();
  const scores = new Map<string, number>();

  async function contactOf(owner: Client, body: Record<string, unknown>): Promise<string> {
    const id = await newContact(owner, body);
    owned.set(owner.userId, [...(owned.get(owner.userId) ?? []), id]);
    return id;
  }

  beforeAll(async () => {
    t = await testApp(dialect, () => now);
    ann = await signUp(t, "Band team", "Ann Seller");
    bea = await signUp(t, "Band team", "Bea Seller");
    const outsider = await signUp(t);
    await newContact(outsider, { name: "Someone Else's", stage: "client" });

    // In rhythm, given to, heard from, known (4 of 9): 30 + 20 + 8.8 + 15 + 15 → 89, strong.
    const fran = await contactOf(ann, {
      name: "Fran Friend",
      stage: "client",
      birthday: "--07-14",
      howWeMet: "Sailing club",
    });
    await newTouch(ann, fran, "2026-03-01T10:00:00Z", "give");
    await newTouch(ann, fran, "2026-03-03T10:00:00Z", "service", { direction: "inbound" });
    for (const kind of ["family", "interest"]) {
      await created(ann, "/api/v1/facts", { contactId: fran, kind, text: "Known", learnedOn: "2026-03-03" });
    }
    // Just added, in rhythm, nothing else known: 30 + 10 + 15 → 55, steady.
    scores.set(await contactOf(ann, { name: "Nia New", stage: "prospect" }), 55);
    // 35 days past the 45-day rhythm (recency 61), one ask: 18.3 + 15 → 33, cooling.
    const cole = await contactOf(ann, { name: "Cole Cooling", stage: "client" });
    await newTouch(ann, cole, "2025-12-20T10:00:00Z", "ask");
    // 84 days past the rhythm (recency 7), no touch in the window: 2.1 + 10 + 15 → 27, cold.
    const cal = await contactOf(bea, { name: "Cal Cold", stage: "client" });
    await newTouch(bea, cal, "2025-11-01T10:00:00Z", "give");
    // Lost: measured against 90 days, just added → 55, steady.
    scores.set(await contactOf(bea, { name: "Lou Lost", stage: "lost" }), 55);
    // Archived contacts are not in anyone's book.
    const gone = await newContact(bea, { name: "Gus Gone", stage: "client" });
    expect((await bea.request("DELETE", `/api/v1/contacts/${gone}`)).status).toBe(200);
    scores.set(fran, 89).set(cole, 33).set(cal, 27);
  });
  afterAll(() => t.close());

  it("scores the book as the bands expect", async () => {
    for (const [id, score] of scores) {
      const res = await ann.request("GET", `/api/v1/contacts/${id}/health`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.score, id).toBe(score);
    }
  });

  it("counts each owner's and the team's live contacts by health band, with the median", async () => {
    const res = await ann.request("GET", "/api/v1/insights");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const byOwner = new Map<string, Spread>(
      res.body.owners.map((o: { ownerId: string; health: Spread }) => [o.ownerId, o.health]),
    );
    expect(counts(byOwner.get(ann.userId)!)).toEqual({ strong: 1, steady: 1, cooling: 1, cold: 0 });
    expect(byOwner.get(ann.userId)!.median).toBe(55);
    expect(counts(byOwner.get(bea.userId)!)).toEqual({ strong: 0, steady: 1, cooling: 0, cold: 1 });
    expect(byOwner.get(bea.userId)!.median).toBe(41);
    expect(res.body.team.health).toEqual({
      bands: [
        { band: "strong", from: 70, to: 100, contacts: 1 },
        { band: "steady", from: 50, to: 69, contacts: 2 },
        { band: "cooling", from: 30, to: 49, contacts: 1 },
        { band: "cold", from: 0, to: 29, contacts: 1 },
      ],
      median: 55,
    });
  });

  it("agrees with every contact's own health card, band by band", async () => {
    const res = await bea.request("GET", "/api/v1/insights");
    for (const owner of res.body.owners as { ownerId: string; health: Spread }[]) {
      const cards: { band: string; score: number }[] = [];
      for (const id of owned.get(owner.ownerId) ?? []) {
        cards.push((await bea.request("GET", `/api/v1/contacts/${id}/health`)).body);
      }
      const tally = Object.fromEntries(owner.health.bands.map((b) => [b.band, 0]));
      for (const card of cards) tally[card.band]! += 1;
      expect(counts(owner.health), owner.ownerId).toEqual(tally);
      expect(owner.health).toEqual(healthDistribution(cards.map((c) => c.score)));
    }
  });

  it("reads health as of today, whatever the window asked for", async () => {
    const today = await ann.request("GET", "/api/v1/insights");
    const past = await ann.request("GET", "/api/v1/insights?from=2025-01-01&to=2025-01-31");
    expect(past.status).toBe(200);
    expect(past.body.team.health).toEqual(today.body.team.health);
  });
});
