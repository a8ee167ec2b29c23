import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { created, newContact, pageThrough, signUp, testApp } from "./support/app.js";
import type { Body, Client, TestApp } from "./support/app.js";
import { expectHidden, expectInvalid } from "./support/expect.js";

// Noon UTC on 5 March 2025 is already 6 March in Auckland.
const now = new Date("2025-03-05T12:00:00Z");

const newFact = (client: Client, body: Body) =>
  created(client, "/api/v1/facts", { kind: "interest", text: "Arsenal fan", ...body });

describe.each(dialects)("facts over HTTP on %s", (dialect) => {
  let t: TestApp;
  let ann: Client;

  beforeAll(async () => {
    t = await testApp(dialect, () => now);
    ann = await signUp(t);
  });
  afterAll(() => t.close());

  it("creates a fact learned today and reads it back with an ETag", async () => {
    const contactId = await newContact(ann);
    const created = await ann.request("POST", "/api/v1/facts", {
      contactId,
      kind: "preference",
      text: "  Prefers email over calls  ",
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      contactId,
      kind: "preference",
      text: "Prefers email over calls",
      learnedOn: "2025-03-05",
      sourceTouchId: null,
      version: 1,
      archivedAt: null,
    });
    expect(created.headers.location).toBe(`/api/v1/facts/${created.body.id}`);
    const read = await ann.request("GET", `/api/v1/facts/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe('"1"');
  });

  it("dates a new fact by today in the user's own time zone", async () => {
    const kai = await signUp(t);
    await t.deps.store.db
      .updateTable("users")
      .set({ timeZone: "Pacific/Auckland" })
      .where("id", "=", kai.userId)
      .execute();
    const fact = await newFact(kai, { contactId: await newContact(kai) });
    expect(fact.learnedOn).toBe("2025-03-06");
  });

  it("ties a fact to the touch it came up in", async () => {
    const contactId = await newContact(ann);
    const touch = await created(ann, "/api/v1/touches", {
      contactId,
      occurredAt: "2025-03-04T10:00:00Z",
      channel: "in_person",
      intent: "give",
    });
    const fact = await newFact(ann, { contactId, sourceTouchId: touch.id, learnedOn: "2025-03-04" });
    expect(fact).toMatchObject({ sourceTouchId: touch.id, learnedOn: "2025-03-04" });
  });

  it("refuses a stale If-Match with 412 and accepts the current one", async () => {
    const fact = await newFact(ann, { contactId: await newContact(ann) });
    const first = await ann.request(
      "PATCH",
      `/api/v1/facts/${fact.id}`,
      { text: "Season ticket holder at Arsenal" },
      { "if-match": '"1"' },
    );
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    const stale = await ann.request(
      "PATCH",
      `/api/v1/facts/${fact.id}`,
      { kind: "goal" },
      { "if-match": '"1"' },
    );
    expect(stale.status).toBe(412);
    const read = await ann.request("GET", `/api/v1/facts/${fact.id}`);
    expect(read.body).toMatchObject({
      kind: "interest",
      text: "Season ticket holder at Arsenal",
      version: 2,
    });
  });

  it("filters by contact, kind and text, and pages latest learned first", async () => {
    const bo = await signUp(t);
    const first = await newContact(bo, { name: "First" });
    const second = await newContact(bo, { name: "Second" });
    for (let day = 1; day <= 7; day++) {
      await newFact(bo, {
        contactId: day === 2 ? second : first,
        kind: day % 2 ? "interest" : "family",
        text: day === 5 ? "Keen SAILOR, races at Cowes" : `Fact ${day}`,
        learnedOn: `2025-02-0${day}`,
      });
    }
    const days = async (query: string) => {
      const res = await bo.request("GET", `/api/v1/facts?${query}`);
      expect(res.status).toBe(200);
      return (res.body.items as { learnedOn: string }[]).map((f) => Number(f.learnedOn.slice(8)));
    };
    expect(await days("")).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(await days(`contactId=${second}`)).toEqual([2]);
    expect(await days("kind=family")).toEqual([6, 4, 2]);
    expect(await days("q=sailor")).toEqual([5]);
    expect(await days("sort=learnedOn&kind=interest")).toEqual([1, 3, 5, 7]);

    const seen = await pageThrough<{ learnedOn: string }>(bo, "/api/v1/facts?limit=2&sort=-learnedOn");
    expect(seen.map((f) => Number(f.learnedOn.slice(8)))).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });

  it("lists one contact's facts, and answers 404 for another workspace's contact", async () => {
    const contactId = await newContact(ann);
    await newFact(ann, { contactId, text: "Has two dogs", kind: "family" });
    await newFact(ann, { contactId: await newContact(ann), text: "Someone else's" });
    const mine = await ann.request("GET", `/api/v1/contacts/${contactId}/facts`);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((f: { text: string }) => f.text)).toEqual(["Has two dogs"]);
    const stranger = await signUp(t);
    expect((await stranger.request("GET", `/api/v1/contacts/${contactId}/facts`)).status).toBe(404);
  });

  it("archives and restores instead of deleting", async () => {
    const contactId = await newContact(ann);
    const fact = await newFact(ann, { contactId });
    const archived = await ann.request("DELETE", `/api/v1/facts/${fact.id}`);
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).not.toBeNull();
    expect((await ann.request("GET", `/api/v1/contacts/${contactId}/facts`)).body.items).toEqual([]);
    const only = await ann.request("GET", `/api/v1/contacts/${contactId}/facts?archived=only`);
    expect(only.body.items).toHaveLength(1);
    const restored = await ann.request("POST", `/api/v1/facts/${fact.id}/restore`);
    expect(restored.body.archivedAt).toBeNull();
  });

  it.each([
    ["a missing contact", { contactId: undefined }, "contactId"],
    ["an unknown field", { source: "lunch" }, "source"],
    ["an unknown kind", { kind: "gossip" }, "kind"],
    ["an empty text", { text: "   " }, "text"],
    ["a text over 2000 characters", { text: "x".repeat(2001) }, "text"],
    ["an impossible date", { learnedOn: "2025-02-29" }, "learnedOn"],
    ["a contact of nobody's", { contactId: "nope" }, "contactId"],
    ["a touch of nobody's", { sourceTouchId: "nope" }, "sourceTouchId"],
  ])("answers 400 naming the field for %s", async (_label, body, field) => {
    const res = await ann.request("POST", "/api/v1/facts", {
      contactId: await newContact(ann),
      kind: "interest",
      text: "Arsenal fan",
      ...body,
    });
    expectInvalid(res, field);
  });

  it("keeps each workspace's facts to itself", async () => {
    const bea = await signUp(t);
    const beasContact = await newContact(bea);
    const beas = await newFact(bea, { contactId: beasContact, text: "Bea's secret" });
    await expectHidden(ann, `/api/v1/facts/${beas.id}`, { text: "mine now" });
    const listed = await ann.request("GET", "/api/v1/facts?limit=200&archived=include&q=secret");
    expect(listed.body.items).toEqual([]);
    const attach = await ann.request("POST", "/api/v1/facts", {
      contactId: beasContact,
      kind: "interest",
      text: "x",
    });
    expect(attach.status).toBe(400);
    expect(attach.body.errors[0].field).toBe("contactId");
    const moved = await ann.request(
      "PATCH",
      `/api/v1/facts/${(await newFact(ann, { contactId: await newContact(ann) })).id}`,
      {
        contactId: beasContact,
      },
    );
    expect(moved.status).toBe(400);
    expect((await bea.request("GET", `/api/v1/facts/${beas.id}`)).body.text).toBe("Bea's secret");
  });
});
