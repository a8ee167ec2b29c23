import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { newContact, pageThrough, signUp, testApp, type Client, type TestApp } from "./support/app.js";
import { expectInvalid } from "./support/expect.js";

// "Today" is fixed so that snooze dates are judged the same on every run.
const now = new Date("2026-03-10T12:00:00Z");

interface Item {
  id: string;
  dueOn: string;
  detail: string;
}

describe.each(dialects)("follow-ups over HTTP on %s", (dialect) => {
  let t: TestApp;
  let ann: Client;
  let contactId: string;

  beforeAll(async () => {
    t = await testApp(dialect, () => now);
    ann = await signUp(t);
    contactId = await newContact(ann, { name: "Maria Lopez" });
  });
  afterAll(() => t.close());

  // Ann's contact unless the body names another (or `contactId: undefined`, dropped from the JSON).
  const create = (client: Client, body: Record<string, unknown>) =>
    client.request("POST", "/api/v1/follow-ups", { contactId, ...body });

  it("creates a follow-up with defaults and reads it back with an ETag", async () => {
    const created = await create(ann, { dueOn: "2026-03-12" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      contactId,
      dueOn: "2026-03-12",
      reasonKind: "manual",
      detail: "",
      ownerId: ann.userId,
      status: "open",
      snoozedUntil: null,
      dismissReason: null,
      completedAt: null,
      archivedAt: null,
      version: 1,
    });
    expect(created.headers.location).toBe(`/api/v1/follow-ups/${created.body.id}`);
    const read = await ann.request("GET", `/api/v1/follow-ups/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.body).toEqual(created.body);
  });

  it("updates with If-Match and refuses a stale one with 412", async () => {
    const { body: f } = await create(ann, { dueOn: "2026-03-12" });
    const first = await ann.request(
      "PATCH",
      `/api/v1/follow-ups/${f.id}`,
      { detail: "Ask how the move went", dueOn: "2026-03-14" },
      { "if-match": '"1"' },
    );
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    expect(first.body).toMatchObject({ detail: "Ask how the move went", dueOn: "2026-03-14" });
    const stale = await ann.request(
      "PATCH",
      `/api/v1/follow-ups/${f.id}`,
      { detail: "x" },
      { "if-match": '"1"' },
    );
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe("precondition_failed");
  });

  it("completes a follow-up, stamping when, and honours If-Match", async () => {
    const { body: f } = await create(ann, { dueOn: "2026-03-10" });
    const stale = await ann.request("POST", `/api/v1/follow-ups/${f.id}/complete`, undefined, {
      "if-match": '"7"',
    });
    expect(stale.status).toBe(412);
    const done = await ann.request("POST", `/api/v1/follow-ups/${f.id}/complete`, undefined, {
      "if-match": '"1"',
    });
    expect(done.status).toBe(200);
    expect(done.headers.etag).toBe('"2"');
    expect(done.body).toMatchObject({ status: "done", completedAt: now.toISOString() });
  });

  it("snoozes until a later date and refuses a snooze to today or the past", async () => {
    const { body: f } = await create(ann, { dueOn: "2026-03-10" });
    const snoozed = await ann.request("POST", `/api/v1/follow-ups/${f.id}/snooze`, { until: "2026-03-17" });
    expect(snoozed.status).toBe(200);
    expect(snoozed.headers.etag).toBe('"2"');
    expect(snoozed.body).toMatchObject({ status: "snoozed", snoozedUntil: "2026-03-17" });
    for (const until of ["2026-03-10", "2026-03-01"]) {
      const refused = await ann.request("POST", `/api/v1/follow-ups/${f.id}/snooze`, { until });
      expect(refused.status).toBe(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(["until"]);
    }
    const notADate = await ann.request("POST", `/api/v1/follow-ups/${f.id}/snooze`, { until: "next week" });
    expect(notADate.status).toBe(400);
    expect(notADate.body.errors[0].field).toBe("until");
  });

  it("dismisses with a reason, and refuses a dismissal without one", async () => {
    const { body: f } = await create(ann, { dueOn: "2026-03-10", reasonKind: "cadence" });
    for (const body of [{}, { reason: "   " }, { reason: "x".repeat(501) }]) {
      const refused = await ann.request("POST", `/api/v1/follow-ups/${f.id}/dismiss`, body);
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].field).toBe("reason");
    }
    const dismissed = await ann.request("POST", `/api/v1/follow-ups/${f.id}/dismiss`, {
      reason: "We spoke at the fair yesterday",
    });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body).toMatchObject({
      status: "dismissed",
      dismissReason: "We spoke at the fair yesterday",
    });
    const reopened = await ann.request("PATCH", `/api/v1/follow-ups/${f.id}`, { status: "open" });
    expect(reopened.body).toMatchObject({ status: "open", dismissReason: null });
  });

  it("keeps status details consistent on create: a snooze needs its date, a dismissal its reason", async () => {
    const snoozed = await create(ann, { dueOn: "2026-03-10", status: "snoozed" });
    expect(snoozed.status).toBe(400);
    expect(snoozed.body.errors[0].field).toBe("snoozedUntil");
    const dismissed = await create(ann, { dueOn: "2026-03-10", status: "dismissed" });
    expect(dismissed.body.errors[0].field).toBe("dismissReason");
    const done = await create(ann, { dueOn: "2026-03-10", status: "done", reasonKind: "cadence" });
    expect(done.body).toMatchObject({ status: "done", completedAt: now.toISOString() });
  });

  it("filters by contact, owner, status, reason and due date, and pages with cursors", async () => {
    const bea = await signUp(t);
    const c1 = await newContact(bea, { name: "One" });
    const c2 = await newContact(bea, { name: "Two" });
    for (let i = 0; i < 7; i++) {
      await create(bea, {
        contactId: i % 2 ? c2 : c1,
        dueOn: `2026-04-0${i + 1}`,
        reasonKind: i === 3 ? "birthday" : "manual",
        detail: `item ${i}`,
      });
    }
    const list = (query: string) => bea.request("GET", `/api/v1/follow-ups?${query}`);
    const details = (res: { body: { items: Item[] } }) => res.body.items.map((f) => f.detail);
    expect(details(await list(`contactId=${c2}`))).toEqual(["item 1", "item 3", "item 5"]);
    expect(details(await list("reasonKind=birthday"))).toEqual(["item 3"]);
    expect(details(await list("dueBy=2026-04-03"))).toEqual(["item 0", "item 1", "item 2"]);
    expect(details(await list(`dueBy=2026-04-03&contactId=${c1}`))).toEqual(["item 0", "item 2"]);
    expect(details(await list(`ownerId=${bea.userId}&status=open&sort=-dueOn&limit=2`))).toEqual([
      "item 6",
      "item 5",
    ]);
    expect(details(await list("status=done"))).toEqual([]);

    const all = await pageThrough<Item>(bea, "/api/v1/follow-ups?limit=3&sort=-dueOn");
    expect(all.map((f) => f.detail)).toEqual([
      "item 6",
      "item 5",
      "item 4",
      "item 3",
      "item 2",
      "item 1",
      "item 0",
    ]);
    const dueSoon = await pageThrough<Item>(bea, "/api/v1/follow-ups?limit=2&dueBy=2026-04-05");
    expect(dueSoon.map((f) => f.dueOn)).toEqual([
      "2026-04-01",
      "2026-04-02",
      "2026-04-03",
      "2026-04-04",
      "2026-04-05",
    ]);

    const bad = await list("dueBy=soon&sort=priority");
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe("querystring.dueBy");
  });

  it("lists a contact's follow-ups, and answers 404 for another workspace's contact", async () => {
    const other = await newContact(ann, { name: "Someone Else" });
    await create(ann, { contactId: other, dueOn: "2026-03-20", detail: "theirs" });
    const mine = await ann.request("GET", `/api/v1/contacts/${other}/follow-ups`);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((f: Item) => f.detail)).toEqual(["theirs"]);
    const stranger = await signUp(t);
    const foreign = await stranger.request("GET", `/api/v1/contacts/${other}/follow-ups`);
    expect(foreign.status).toBe(404);
  });

  it("archives and restores instead of deleting", async () => {
    const { body: f } = await create(ann, { dueOn: "2026-05-01", detail: "archive me" });
    const archived = await ann.request("DELETE", `/api/v1/follow-ups/${f.id}`);
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).not.toBeNull();
    const listed = await ann.request("GET", `/api/v1/follow-ups?dueBy=2026-05-01&contactId=${contactId}`);
    expect(listed.body.items.map((i: Item) => i.id)).not.toContain(f.id);
    const only = await ann.request("GET", "/api/v1/follow-ups?archived=only");
    expect(only.body.items.map((i: Item) => i.id)).toEqual([f.id]);
    const restored = await ann.request("POST", `/api/v1/follow-ups/${f.id}/restore`);
    expect(restored.body.archivedAt).toBeNull();
  });

  it.each([
    ["a missing contact", { contactId: undefined, dueOn: "2026-03-12" }, "contactId"],
    ["a missing due date", {}, "dueOn"],
    ["an impossible due date", { dueOn: "2026-02-30" }, "dueOn"],
    ["an unknown reason", { dueOn: "2026-03-12", reasonKind: "whim" }, "reasonKind"],
    ["an unknown status", { dueOn: "2026-03-12", status: "later" }, "status"],
    ["an unknown field", { dueOn: "2026-03-12", priority: 1 }, "priority"],
    ["a contact of nobody's", { contactId: "nope", dueOn: "2026-03-12" }, "contactId"],
    ["an owner outside the workspace", { dueOn: "2026-03-12", ownerId: "nope" }, "ownerId"],
  ])("answers 400 naming the field for %s", async (_label, body, field) => {
    const res = await create(ann, body);
    expectInvalid(res, field);
  });

  it("keeps workspaces apart: another team's follow-up is not found, and never listed", async () => {
    const { body: f } = await create(ann, { dueOn: "2026-03-12", detail: "private" });
    const eve = await signUp(t);
    const eveContact = await newContact(eve, { name: "Eve's" });
    const url = `/api/v1/follow-ups/${f.id}`;
    const attempts = [
      await eve.request("GET", url),
      await eve.request("PATCH", url, { detail: "mine now" }),
      await eve.request("DELETE", url),
      await eve.request("POST", `${url}/restore`),
      await eve.request("POST", `${url}/complete`),
      await eve.request("POST", `${url}/snooze`, { until: "2026-04-01" }),
      await eve.request("POST", `${url}/dismiss`, { reason: "not mine" }),
    ];
    expect(attempts.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404, 404]);
    const moved = await eve.request("POST", "/api/v1/follow-ups", { contactId, dueOn: "2026-03-12" });
    expect(moved.status).toBe(400);
    expect(moved.body.errors[0].field).toBe("contactId");
    const relinked = await ann.request("PATCH", url, { contactId: eveContact });
    expect(relinked.status).toBe(400);
    expect((await eve.request("GET", "/api/v1/follow-ups?archived=include")).body.items).toEqual([]);
    expect((await ann.request("GET", url)).body).toMatchObject({
      detail: "private",
      status: "open",
      version: 1,
    });
  });
});
