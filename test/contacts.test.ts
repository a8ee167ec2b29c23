import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { created, newContact, pageThrough, signUp, testApp } from "./support/app.js";
import type { Client, TestApp } from "./support/app.js";
import { expectInvalid } from "./support/expect.js";

describe.each(dialects)("contacts over HTTP on %s", (dialect) => {
  let t: TestApp;
  let ann: Client;

  beforeAll(async () => {
    t = await testApp(dialect);
    ann = await signUp(t);
  });
  afterAll(() => t.close());

  it("creates a contact with defaults and reads it back with an ETag", async () => {
    const created = await ann.request("POST", "/api/v1/contacts", {
      name: "Maria Lopez",
      emails: ["maria@example.com"],
      birthday: "--05-14",
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "Maria Lopez",
      stage: "prospect",
      emails: ["maria@example.com"],
      phones: [],
      tags: [],
      birthday: "--05-14",
      ownerId: ann.userId,
      version: 1,
    });
    expect(created.headers.location).toBe(`/api/v1/contacts/${created.body.id}`);
    const read = await ann.request("GET", `/api/v1/contacts/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe('"1"');
  });

  it("refuses a stale If-Match with 412 and accepts the current one", async () => {
    const c = await created(ann, "/api/v1/contacts", { name: "Concurrent Carl" });
    const first = await ann.request(
      "PATCH",
      `/api/v1/contacts/${c.id}`,
      { title: "CFO" },
      { "if-match": '"1"' },
    );
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    const stale = await ann.request(
      "PATCH",
      `/api/v1/contacts/${c.id}`,
      { title: "CEO" },
      { "if-match": '"1"' },
    );
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe("precondition_failed");
    const read = await ann.request("GET", `/api/v1/contacts/${c.id}`);
    expect(read.body.title).toBe("CFO");
  });

  it("filters by stage, tag and free text over name, email and organization, and pages with cursors", async () => {
    const t2 = await signUp(t);
    const org = await created(t2, "/api/v1/organizations", { name: "Blue Harbor Foods" });
    for (let i = 0; i < 7; i++) {
      await newContact(t2, {
        name: `Person ${i}`,
        stage: i % 2 ? "client" : "prospect",
        tags: i === 3 ? ["vip"] : [],
        emails: [`p${i}@mail.test`],
        organizationId: i === 5 ? org.id : null,
      });
    }
    const clients = await t2.request("GET", "/api/v1/contacts?stage=client");
    expect(clients.body.items.map((c: { name: string }) => c.name)).toEqual([
      "Person 1",
      "Person 3",
      "Person 5",
    ]);
    const vip = await t2.request("GET", "/api/v1/contacts?tag=vip");
    expect(vip.body.items.map((c: { name: string }) => c.name)).toEqual(["Person 3"]);
    const byEmail = await t2.request("GET", "/api/v1/contacts?q=P4%40MAIL");
    expect(byEmail.body.items.map((c: { name: string }) => c.name)).toEqual(["Person 4"]);
    const byOrg = await t2.request("GET", "/api/v1/contacts?q=harbor");
    expect(byOrg.body.items.map((c: { name: string }) => c.name)).toEqual(["Person 5"]);

    const paged = await pageThrough<{ name: string }>(t2, "/api/v1/contacts?limit=3&sort=-name");
    expect(paged.map((c) => c.name)).toEqual([
      "Person 6",
      "Person 5",
      "Person 4",
      "Person 3",
      "Person 2",
      "Person 1",
      "Person 0",
    ]);
  });

  it("archives and restores instead of deleting", async () => {
    const c = await created(ann, "/api/v1/contacts", { name: "Archie Vist" });
    const archived = await ann.request("DELETE", `/api/v1/contacts/${c.id}`);
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).not.toBeNull();
    const listed = await ann.request("GET", "/api/v1/contacts?q=archie");
    expect(listed.body.items).toEqual([]);
    const only = await ann.request("GET", "/api/v1/contacts?q=archie&archived=only");
    expect(only.body.items).toHaveLength(1);
    const restored = await ann.request("POST", `/api/v1/contacts/${c.id}/restore`);
    expect(restored.body.archivedAt).toBeNull();
  });

  it.each([
    ["a missing name", {}, "name"],
    ["a wrong type", { name: "X", emails: "x@example.com" }, "emails"],
    ["a bad email", { name: "X", emails: ["not-an-email"] }, "emails.0"],
    ["an unknown field", { name: "X", favouriteColour: "blue" }, "favouriteColour"],
    ["an unknown stage", { name: "X", stage: "hot_lead" }, "stage"],
    ["an impossible birthday", { name: "X", birthday: "--02-30" }, "birthday"],
    ["a made-up time zone", { name: "X", timeZone: "Mars/Olympus" }, "timeZone"],
    ["an organization of nobody's", { name: "X", organizationId: "nope" }, "organizationId"],
    ["a NUL character, which no database stores", { name: "A\u0000B" }, "name"],
  ])("answers 400 naming the field for %s", async (_label, body, field) => {
    const res = await ann.request("POST", "/api/v1/contacts", body);
    expectInvalid(res, field);
  });

  it("answers 400 to malformed JSON and 413 to an oversized body", async () => {
    const malformed = await ann.request("POST", "/api/v1/contacts", '{"name": "X",', {
      "content-type": "application/json",
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.status).toBe(400);
    const huge = await ann.request("POST", "/api/v1/contacts", {
      name: "X",
      address: "x".repeat(2 * 1024 * 1024),
    });
    expect(huge.status).toBe(413);
  });

  it("asks for sign-in without a valid token", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/v1/contacts" });
    expect(res.statusCode).toBe(401);
    const bad = await t.app.inject({
      method: "GET",
      url: "/api/v1/contacts",
      headers: { authorization: "Bearer rpt_nope" },
    });
    expect(bad.statusCode).toBe(401);
  });
});
