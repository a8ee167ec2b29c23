// The store never reads a clock: every instant it records or compares with comes from the services'
// injected `now`. The clock here is set years in the past, so the real one would show.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../src/services/accounts.js";
import { dialects } from "./support/db.js";
import { cookieOf, signUp, testApp, type Client, type TestApp } from "./support/app.js";

const created = "2001-02-03T04:05:06.789Z";
const changed = "2001-02-04T10:00:00.000Z";
const DAY_MS = 86_400_000;

const clara = {
  email: "clara@example.test",
  password: "a long enough password",
  name: "Clara",
  workspace: "Clock",
};

describe.each(dialects)("the store's instants on %s", (dialect) => {
  let t: TestApp;
  let clock = new Date(created);
  let ann: Client;

  beforeAll(async () => {
    t = await testApp(dialect, () => clock);
    ann = await signUp(t);
  });
  afterAll(() => t.close());

  it("stamps a row's createdAt and updatedAt with the injected clock, creating and changing it", async () => {
    clock = new Date(created);
    const contact = await ann.request("POST", "/api/v1/contacts", { name: "Tina Time" });
    expect(contact.body).toMatchObject({ createdAt: created, updatedAt: created });
    clock = new Date(changed);
    const patched = await ann.request("PATCH", `/api/v1/contacts/${contact.body.id}`, { stage: "customer" });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toMatchObject({ createdAt: created, updatedAt: changed });
  });

  it("stamps users, workspaces, memberships and tokens with the injected clock", async () => {
    clock = new Date(created);
    const bob = await signUp(t);
    const db = t.deps.store.db;
    const user = await db
      .selectFrom("users")
      .select(["createdAt", "updatedAt"])
      .where("id", "=", bob.userId)
      .executeTakeFirstOrThrow();
    const workspace = await db
      .selectFrom("workspaces")
      .select(["createdAt", "updatedAt"])
      .where("id", "=", bob.workspaceId)
      .executeTakeFirstOrThrow();
    const membership = await db
      .selectFrom("memberships")
      .select("createdAt")
      .where("userId", "=", bob.userId)
      .executeTakeFirstOrThrow();
    const tokens = await bob.request("GET", "/api/v1/tokens");
    expect([user, workspace, membership]).toEqual([
      { createdAt: created, updatedAt: created },
      { createdAt: created, updatedAt: created },
      { createdAt: created },
    ]);
    expect(tokens.body.items).toEqual([expect.objectContaining({ createdAt: created, lastUsedAt: created })]);
  });

  it("ends a session 30 days after the injected clock started it, not by the real clock", async () => {
    clock = new Date(created);
    // The idle timeout out of the way: this is about the lifetime.
    t.deps.sessions = { idleMinutes: 31 * 24 * 60, lifetimeDays: 30 };
    const { user } = await createUser(t.deps, clara);
    const login = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: clara.email, password: clara.password },
    });
    expect(login.statusCode, login.body).toBe(200);
    const stored = await t.deps.store.db
      .selectFrom("sessions")
      .select(["createdAt", "expiresAt"])
      .where("userId", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      createdAt: created,
      expiresAt: new Date(Date.parse(created) + 30 * DAY_MS).toISOString(),
    });
    const cookie = cookieOf(login);
    const session = () => t.app.inject({ method: "GET", url: "/api/v1/auth/session", headers: { cookie } });
    clock = new Date(Date.parse(created) + 30 * DAY_MS - 1);
    expect((await session()).statusCode).toBe(200);
    clock = new Date(Date.parse(created) + 30 * DAY_MS);
    expect((await session()).statusCode).toBe(401);
  });
});
