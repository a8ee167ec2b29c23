// Data that cannot lie: no touch in the future or on an archived contact, archiving twice changes
// nothing, and refusals are worded for people.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { newContact, signUp, testApp, type Client, type TestApp } from "./support/app.js";

const now = new Date("2026-03-10T09:00:00Z");

describe.each(dialects)("data that cannot lie on %s", (dialect) => {
  let t: TestApp;
  let ann: Client;
  let contact: string;

  beforeAll(async () => {
    t = await testApp(dialect, () => now);
    ann = await signUp(t);
    contact = await newContact(ann, { name: "Tess Truth" });
  });
  afterAll(() => t.close());

  const touchAt = (occurredAt: string, contactId = contact) =>
    ann.request("POST", "/api/v1/touches", {
      contactId,
      occurredAt,
      channel: "call",
      intent: "give",
      direction: "outbound",
      notes: "",
    });

  it("refuses a touch dated in the future, pointing to follow-ups", async () => {
    const res = await touchAt("2026-03-11T09:00:00Z");
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: "occurredAt", message: expect.stringMatching(/future.*follow-up/) },
    ]);
    const check = await ann.request("POST", "/api/v1/touches/check", {
      contactId: contact,
      occurredAt: "2026-04-01T09:00:00Z",
      channel: "call",
      intent: "give",
      direction: "outbound",
    });
    expect(check.status).toBe(400);
  });

  it("accepts a touch a few minutes ahead, as clocks differ", async () => {
    expect((await touchAt("2026-03-10T09:04:00Z")).status).toBe(201);
  });

  it("refuses a touch on an archived contact with 409, saying how to restore", async () => {
    const gone = await newContact(ann, { name: "Arch Ived" });
    expect((await ann.request("DELETE", `/api/v1/contacts/${gone}`)).status).toBe(200);
    const res = await touchAt("2026-03-10T08:00:00Z", gone);
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/Arch Ived is archived: restore/);
    expect(res.body.detail).toContain(`/api/v1/contacts/${gone}/restore`);
    expect((await ann.request("POST", `/api/v1/contacts/${gone}/restore`)).status).toBe(200);
    expect((await touchAt("2026-03-10T08:00:00Z", gone)).status).toBe(201);
  });

  it("archives twice, and restores twice, without a new version", async () => {
    const id = await newContact(ann, { name: "Twice Over" });
    const first = await ann.request("DELETE", `/api/v1/contacts/${id}`);
    const second = await ann.request("DELETE", `/api/v1/contacts/${id}`);
    expect(second.status).toBe(200);
    expect(second.body.version).toBe(first.body.version);
    expect(second.body.archivedAt).toBe(first.body.archivedAt);
    const back = await ann.request("POST", `/api/v1/contacts/${id}/restore`);
    const again = await ann.request("POST", `/api/v1/contacts/${id}/restore`);
    expect(again.body.version).toBe(back.body.version);
    const touch = await touchAt("2026-03-10T07:00:00Z", id);
    const archived = await ann.request("DELETE", `/api/v1/touches/${touch.body.id}`);
    const twice = await ann.request("DELETE", `/api/v1/touches/${touch.body.id}`);
    expect(twice.body.version).toBe(archived.body.version);
  });

  it("answers a stale If-Match with 412 without blaming anyone", async () => {
    const id = await newContact(ann, { name: "Stale Version" });
    await ann.request("PATCH", `/api/v1/contacts/${id}`, { title: "Owner" });
    const res = await ann.request(
      "PATCH",
      `/api/v1/contacts/${id}`,
      { title: "Chef" },
      { "if-match": '"1"' },
    );
    expect(res.status).toBe(412);
    expect(res.body.detail).not.toMatch(/someone/i);
    expect(res.body.detail).toMatch(/reload/);
  });

  it.each([
    [{}, "name", "is required"],
    [{ name: 5 }, "name", "must be text"],
    [{ name: "Ok", emails: "a@b.example" }, "emails", "must be a list"],
    [{ name: "Ok", stage: "friend" }, "stage", /^must be one of "prospect", "customer"/],
  ])("words a refused body %j for people", async (body, field, message) => {
    const res = await ann.request("POST", "/api/v1/contacts", body);
    expect(res.status).toBe(400);
    const issue = (res.body.errors as { field: string; message: string }[]).find((e) => e.field === field);
    expect(issue?.message).toMatch(message);
    expect(JSON.stringify(res.body)).not.toMatch(/expected \w+, received|Invalid input/);
  });

  it("says so when the Authorization header is not a Bearer token", async () => {
    const res = await t.app.inject({
      method: "GET",
      url: "/api/v1/contacts",
      headers: { authorization: "Basic YW5uOnNlY3JldA==" },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toBe(
      "The Authorization header must be 'Bearer <API token>' (got the 'Basic' scheme)",
    );
  });
});
