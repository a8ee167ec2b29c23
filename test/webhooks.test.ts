// Webhook endpoints over HTTP: owners add them (the secret is answered once), read, change and
// delete them; members may not; other workspaces cannot see them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { signUp, testApp, type Client, type TestApp } from "./support/app.js";
import { expectInvalid } from "./support/expect.js";

const now = new Date("2026-03-10T12:00:00Z");

describe.each(dialects)("webhooks over HTTP on %s", (dialect) => {
  let t: TestApp;
  let owner: Client;

  beforeAll(async () => {
    t = await testApp(dialect, () => now);
    owner = await signUp(t, "Hooked team", "Olga Owner");
  });
  afterAll(() => t.close());

  const add = (client: Client, body: unknown) => client.request("POST", "/api/v1/webhooks", body);

  it("answers a new webhook's id and a whsec_ secret once, and never shows the secret again", async () => {
    const res = await add(owner, {
      url: "https://example.com/hooks",
      events: ["touch.created", "touch.created"],
    });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body as object).sort()).toEqual(["id", "secret"]);
    const secret = res.body.secret as string;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(secret.slice("whsec_".length), "base64")).toHaveLength(32);
    expect(res.headers.location).toBe(`/api/v1/webhooks/${res.body.id as string}`);

    const read = await owner.request("GET", `/api/v1/webhooks/${res.body.id as string}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      url: "https://example.com/hooks",
      events: ["touch.created"],
      version: 1,
    });
    expect(JSON.stringify(read.body)).not.toContain(secret.slice(6));
    const list = await owner.request("GET", "/api/v1/webhooks");
    expect(JSON.stringify(list.body)).not.toContain(secret.slice(6));
  });

  it("changes the URL and events with If-Match, lists, and deletes a webhook", async () => {
    const { id } = (await add(owner, { url: "http://hooks.example.org/a", events: ["contact.created"] }))
      .body as {
      id: string;
    };
    const url = `/api/v1/webhooks/${id}`;
    const changed = await owner.request(
      "PATCH",
      url,
      { events: ["contact.created", "deal.stage_changed"] },
      { "if-match": '"1"' },
    );
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ events: ["contact.created", "deal.stage_changed"], version: 2 });
    expect(
      (await owner.request("PATCH", url, { url: "https://b.example.org/" }, { "if-match": '"1"' })).status,
    ).toBe(412);
    const listed = await owner.request("GET", "/api/v1/webhooks?limit=200");
    expect(listed.body.items.map((w: { id: string }) => w.id)).toContain(id);

    const deleted = await owner.request("DELETE", url);
    expect(deleted.status).toBe(200);
    expect(deleted.body.archivedAt).toBe(now.toISOString());
    const after = await owner.request("GET", "/api/v1/webhooks?limit=200");
    expect(after.body.items.map((w: { id: string }) => w.id)).not.toContain(id);
  });

  it.each([
    ["an ftp URL", { url: "ftp://example.com/x", events: ["touch.created"] }, "url"],
    ["a script URL", { url: "javascript:alert(1)", events: ["touch.created"] }, "url"],
    ["no URL", { events: ["touch.created"] }, "url"],
    ["no events", { url: "https://example.com/", events: [] }, "events"],
    ["an unknown event", { url: "https://example.com/", events: ["contact.deleted"] }, "events.0"],
  ])("refuses %s, naming the field", async (_, body, field) => {
    expectInvalid(await add(owner, body), field);
  });

  it("lets only owners manage webhooks or read the notification log", async () => {
    const member = await signUp(t, "Hooked team", "Mo Member");
    const { id } = (await add(owner, { url: "https://example.com/m", events: ["touch.created"] })).body as {
      id: string;
    };
    for (const [method, path, body] of [
      ["POST", "/api/v1/webhooks", { url: "https://example.com/", events: ["touch.created"] }],
      ["GET", "/api/v1/webhooks", undefined],
      ["GET", `/api/v1/webhooks/${id}`, undefined],
      ["PATCH", `/api/v1/webhooks/${id}`, { events: ["contact.created"] }],
      ["DELETE", `/api/v1/webhooks/${id}`, undefined],
      ["GET", "/api/v1/notifications", undefined],
    ] as const) {
      expect((await member.request(method, path, body)).status, `${method} ${path}`).toBe(403);
    }
  });

  it("hides one workspace's webhooks from another", async () => {
    const stranger = await signUp(t);
    const { id } = (await add(owner, { url: "https://example.com/s", events: ["touch.created"] })).body as {
      id: string;
    };
    for (const [method, body] of [
      ["GET", undefined],
      ["PATCH", { events: ["contact.created"] }],
      ["DELETE", undefined],
    ] as const) {
      expect((await stranger.request(method, `/api/v1/webhooks/${id}`, body)).status, method).toBe(404);
    }
    expect((await stranger.request("GET", "/api/v1/webhooks")).body.items).toEqual([]);
  });
});
