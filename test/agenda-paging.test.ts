// The agenda answers the day's items in full and the items due later a page at a time: a first page
// with the total and a cursor, then `GET /agenda/later` pages that keep their place for the day.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshAgenda, seedDueContacts, wholeAgenda, type Item } from "./support/agenda.js";
import { dialects } from "./support/db.js";
import {
  newContact,
  newTouch,
  signUp,
  testApp,
  type Client,
  type Reply,
  type TestApp,
} from "./support/app.js";

const now = new Date("2026-03-10T09:00:00Z");
const today = "2026-03-10";
const longAgo = "2025-06-01T09:00:00.000Z";
const ids = (items: Item[]) => items.map((i) => i.contactId);

describe.each(dialects)("the agenda's later items, paged, on %s", (dialect) => {
  let t: TestApp;
  let ann: Client;
  let bob: Client;

  async function get(client: Client, url: string): Promise<Reply["body"]> {
    const res = await client.request("GET", url);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  beforeAll(async () => {
    t = await testApp(dialect, () => now);
    ann = await signUp(t);
    bob = await signUp(t);
    await seedDueContacts(t.deps.store.db, ann, 60, longAgo);
  });
  afterAll(() => t.close());

  it("answers the day's items in full, the first 20 later items, their total and a cursor", async () => {
    const agenda = await get(ann, "/api/v1/agenda");
    expect(agenda.items).toHaveLength(15);
    expect(agenda.later).toHaveLength(20);
    expect(agenda.laterTotal).toBe(45);
    expect(agenda.laterCursor).toEqual(expect.any(String));
  });

  it("pages every later item once, in the order of the day's ranking", async () => {
    const paged = await wholeAgenda(ann, "", 7);
    const { timeZone: _, ...served } = paged;
    expect(served).toEqual(JSON.parse(JSON.stringify(await freshAgenda(t, ann, today))));
    const fromStart = await get(ann, "/api/v1/agenda/later?limit=200");
    expect(fromStart).toMatchObject({ date: today, total: 45, nextCursor: null });
    expect(ids(fromStart.items)).toEqual(ids(paged.later));
  });

  it("keeps its place when items above the cursor leave the day between pages", async () => {
    const before = await wholeAgenda(ann);
    const agenda = await get(ann, "/api/v1/agenda");
    // Touched yesterday: no longer due, one from the day's items and one from the first later page.
    await newTouch(ann, before.items[0]!.contactId, "2026-03-09T10:00:00Z", "give");
    await newTouch(ann, before.later[3]!.contactId, "2026-03-09T11:00:00Z", "give");
    const next = await get(ann, `/api/v1/agenda/later?cursor=${agenda.laterCursor}&limit=5`);
    expect(ids(next.items)).toEqual(ids(before.later.slice(20, 25)));
    expect(next.total).toBe(43);
  });

  it("pages the day its cursor was given for, and refuses the cursor with another date", async () => {
    const tomorrow = await get(ann, "/api/v1/agenda?date=2026-03-11");
    const cursor = tomorrow.laterCursor as string;
    expect((await get(ann, `/api/v1/agenda/later?cursor=${cursor}`)).date).toBe("2026-03-11");
    expect((await get(ann, `/api/v1/agenda/later?cursor=${cursor}&date=2026-03-11`)).date).toBe("2026-03-11");
    const other = await ann.request("GET", `/api/v1/agenda/later?cursor=${cursor}&date=2026-03-12`);
    expect(other.status).toBe(400);
    expect(other.body.errors).toEqual([expect.objectContaining({ field: "date" })]);
  });

  it("refuses a cursor it did not give out and a limit out of range", async () => {
    await newContact(bob, { name: "Bo" });
    await newContact(bob, { name: "Cy" });
    const contacts = await get(bob, "/api/v1/contacts?limit=1");
    for (const cursor of ["not-a-cursor", "A".repeat(80), contacts.nextCursor as string]) {
      const res = await ann.request("GET", `/api/v1/agenda/later?cursor=${cursor}`);
      expect(res.status, cursor).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: "cursor" })]);
    }
    for (const limit of [0, 201]) {
      expect((await ann.request("GET", `/api/v1/agenda/later?limit=${limit}`)).status).toBe(400);
    }
  });

  it("pages only the signed-in owner's book", async () => {
    expect(await get(bob, "/api/v1/agenda/later")).toMatchObject({ items: [], total: 0, nextCursor: null });
  });

  it("keeps the agenda of a 5,000-contact book under 100 KB", async () => {
    const big = await signUp(t);
    await seedDueContacts(t.deps.store.db, big, 5_000, longAgo);
    const res = await t.app.inject({
      method: "GET",
      url: "/api/v1/agenda",
      headers: { authorization: `Bearer ${big.token}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ laterTotal: 4_985 });
    expect(res.rawPayload.length).toBeLessThan(100_000);
  });
});
