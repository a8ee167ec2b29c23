import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { created, newContact, pageThrough, signUp, testApp } from "./support/app.js";
import type { Body, Client, TestApp } from "./support/app.js";
import { expectHidden, expectInvalid } from "./support/expect.js";

// A Wednesday: "next Friday" is two or nine days on, whichever reading the extractor takes.
const now = new Date("2025-03-05T12:00:00Z");

const newMatter = (client: Client, body: Body) =>
  created(client, "/api/v1/matters", { summary: "Knee surgery", ...body });

describe.each(dialects)("matters over HTTP on %s", (dialect) => {
  let t: TestApp;
  let ann: Client;

  beforeAll(async () => {
    t = await testApp(dialect, () => now);
    ann = await signUp(t);
  });
  afterAll(() => t.close());

  it("creates an open matter of kind other by default and reads it back with an ETag", async () => {
    const contactId = await newContact(ann);
    const created = await ann.request("POST", "/api/v1/matters", { contactId, summary: "Moving house" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      contactId,
      summary: "Moving house",
      kind: "other",
      status: "open",
      eventOn: null,
      followUpOn: null,
      sourceTouchId: null,
      version: 1,
    });
    expect(created.headers.location).toBe(`/api/v1/matters/${created.body.id}`);
    const read = await ann.request("GET", `/api/v1/matters/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe('"1"');
  });

  it("refuses a stale If-Match with 412 and marks a matter done with the current one", async () => {
    const matter = await newMatter(ann, { contactId: await newContact(ann), kind: "health" });
    const done = await ann.request(
      "PATCH",
      `/api/v1/matters/${matter.id}`,
      { status: "done" },
      { "if-match": '"1"' },
    );
    expect(done.status).toBe(200);
    expect(done.headers.etag).toBe('"2"');
    const stale = await ann.request(
      "PATCH",
      `/api/v1/matters/${matter.id}`,
      { status: "dismissed" },
      { "if-match": '"1"' },
    );
    expect(stale.status).toBe(412);
    expect((await ann.request("GET", `/api/v1/matters/${matter.id}`)).body.status).toBe("done");
  });

  it("filters by contact, status, kind and follow-up date, and pages with cursors", async () => {
    const bo = await signUp(t);
    const first = await newContact(bo, { name: "First" });
    const second = await newContact(bo, { name: "Second" });
    for (let day = 1; day <= 7; day++) {
      await newMatter(bo, {
        contactId: day === 3 ? second : first,
        summary: `Matter ${day}`,
        kind: day % 2 ? "travel" : "family",
        status: day === 7 ? "done" : "open",
        followUpOn: day === 6 ? null : `2025-03-1${day}`,
      });
    }
    const names = async (query: string) => {
      const res = await bo.request("GET", `/api/v1/matters?${query}`);
      expect(res.status).toBe(200);
      return (res.body.items as { summary: string }[]).map((m) => m.summary).sort();
    };
    expect(await names("")).toHaveLength(7);
    expect(await names(`contactId=${second}`)).toEqual(["Matter 3"]);
    expect(await names("status=done")).toEqual(["Matter 7"]);
    expect(await names("kind=family")).toEqual(["Matter 2", "Matter 4", "Matter 6"]);
    expect(await names("dueBy=2025-03-13")).toEqual(["Matter 1", "Matter 2", "Matter 3"]);
    expect(await names("dueBy=2025-03-15&status=open&kind=travel")).toEqual([
      "Matter 1",
      "Matter 3",
      "Matter 5",
    ]);

    const all = (await bo.request("GET", "/api/v1/matters")).body.items.map((m: { id: string }) => m.id);
    const seen = await pageThrough<{ id: string }>(bo, "/api/v1/matters?limit=3");
    expect(seen.map((m) => m.id)).toEqual(all);
  });

  it("lists one contact's matters, and answers 404 for another workspace's contact", async () => {
    const contactId = await newContact(ann);
    await newMatter(ann, { contactId, summary: "Daughter's recital" });
    await newMatter(ann, { contactId: await newContact(ann), summary: "Someone else's" });
    const mine = await ann.request("GET", `/api/v1/contacts/${contactId}/matters`);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((m: { summary: string }) => m.summary)).toEqual(["Daughter's recital"]);
    const stranger = await signUp(t);
    expect((await stranger.request("GET", `/api/v1/contacts/${contactId}/matters`)).status).toBe(404);
  });

  it("archives and restores instead of deleting", async () => {
    const contactId = await newContact(ann);
    const matter = await newMatter(ann, { contactId });
    const archived = await ann.request("DELETE", `/api/v1/matters/${matter.id}`);
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).not.toBeNull();
    expect((await ann.request("GET", `/api/v1/contacts/${contactId}/matters`)).body.items).toEqual([]);
    const restored = await ann.request("POST", `/api/v1/matters/${matter.id}/restore`);
    expect(restored.body.archivedAt).toBeNull();
  });

  it.each([
    ["a missing summary", { summary: undefined }, "summary"],
    ["an unknown field", { priority: "high" }, "priority"],
    ["an unknown kind", { kind: "gossip" }, "kind"],
    ["an unknown status", { status: "snoozed" }, "status"],
    ["an impossible event date", { eventOn: "2025-13-01" }, "eventOn"],
    ["a follow-up date with a time", { followUpOn: "2025-03-10T09:00:00Z" }, "followUpOn"],
    ["a contact of nobody's", { contactId: "nope" }, "contactId"],
    ["a touch of nobody's", { sourceTouchId: "nope" }, "sourceTouchId"],
  ])("answers 400 naming the field for %s", async (_label, body, field) => {
    const res = await ann.request("POST", "/api/v1/matters", {
      contactId: await newContact(ann),
      summary: "Knee surgery",
      ...body,
    });
    expectInvalid(res, field);
  });

  it("answers 400 naming dueBy when it is not a date", async () => {
    const res = await ann.request("GET", "/api/v1/matters?dueBy=friday");
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toContain("dueBy");
  });

  describe("extraction", () => {
    it("proposes matters from notes without saving anything", async () => {
      const count = async () =>
        (await ann.request("GET", "/api/v1/matters?limit=200&archived=include")).body.items.length as number;
      const before = await count();
      const res = await ann.request("POST", "/api/v1/matters/extract", {
        text: "Her daughter's recital is next Friday.",
        on: "2025-03-05",
      });
      expect(res.status).toBe(200);
      expect(res.body.facts).toEqual(expect.any(Array));
      const [recital] = res.body.matters;
      expect(recital).toMatchObject({ kind: expect.any(String), summary: expect.stringMatching(/recital/i) });
      expect(recital.eventOn).toMatch(/^2025-03-(07|14)$/);
      expect(recital.followUpOn > recital.eventOn).toBe(true);
      expect(await count()).toBe(before);
    });

    it("dates notes from today in the user's time zone when no day is given", async () => {
      const withDay = await ann.request("POST", "/api/v1/matters/extract", {
        text: "He's having knee surgery tomorrow.",
        on: "2025-03-05",
      });
      const today = await ann.request("POST", "/api/v1/matters/extract", {
        text: "He's having knee surgery tomorrow.",
      });
      expect(today.status).toBe(200);
      expect(today.body).toEqual(withDay.body);
      expect(today.body.matters[0].eventOn).toBe("2025-03-06");
    });

    it("lets a proposal be confirmed by posting it as a matter", async () => {
      const contactId = await newContact(ann);
      const touch = await created(ann, "/api/v1/touches", {
        contactId,
        occurredAt: "2025-03-05T10:00:00Z",
        channel: "call",
        intent: "give",
        notes: "Her daughter's recital is next Friday.",
      });
      const [proposal] = touch.proposals.matters;
      const { summary, kind, eventOn, followUpOn } = proposal;
      const confirmed = await newMatter(ann, {
        contactId,
        sourceTouchId: touch.id,
        summary,
        kind,
        eventOn,
        followUpOn,
      });
      expect(confirmed).toMatchObject({
        status: "open",
        sourceTouchId: touch.id,
        eventOn,
        followUpOn,
      });
    });

    it.each([
      ["no text", {}, "text"],
      ["a bad day", { text: "Back from Lisbon", on: "05/03/2025" }, "on"],
      ["an unknown field", { text: "x", contactId: "c" }, "contactId"],
    ])("answers 400 naming the field for %s", async (_label, body, field) => {
      const res = await ann.request("POST", "/api/v1/matters/extract", body);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });
  });

  it("keeps each workspace's matters to itself", async () => {
    const bea = await signUp(t);
    const beasContact = await newContact(bea);
    const beas = await newMatter(bea, { contactId: beasContact, summary: "Bea's secret" });
    await expectHidden(ann, `/api/v1/matters/${beas.id}`, { status: "done" });
    const listed = await ann.request("GET", "/api/v1/matters?limit=200&archived=include");
    expect(listed.body.items.map((m: { summary: string }) => m.summary)).not.toContain("Bea's secret");
    const attach = await ann.request("POST", "/api/v1/matters", { contactId: beasContact, summary: "x" });
    expect(attach.status).toBe(400);
    expect(attach.body.errors[0].field).toBe("contactId");
    expect((await bea.request("GET", `/api/v1/matters/${beas.id}`)).body.status).toBe("open");
  });
});
