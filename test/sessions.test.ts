// Browser sessions: a new one at every sign-in (the old one ends), an idle timeout and an
// absolute lifetime (both configurable), and a CSRF token the database holds only as a hash.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { signUp, testApp, type TestApp } from "./support/app.js";

let clock = new Date();
const advanceMinutes = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};

describe.each(dialects)("sessions on %s", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(dialect, () => clock);
    t.deps.sessions = { idleMinutes: 60, lifetimeDays: 1 };
  });
  afterAll(() => t.close());

  async function signIn() {
    const user = await signUp(t);
    const email = (await user.request("GET", "/api/v1/auth/session")).body.user.email as string;
    return login(email);
  }

  async function login(email: string, session?: { cookie: string; csrfToken: string }) {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email, password: "correct horse battery" },
      headers: session ? { cookie: session.cookie, "x-csrf-token": session.csrfToken } : {},
    });
    expect(res.statusCode).toBe(200);
    const raw = res.headers["set-cookie"];
    return {
      email,
      cookie: String(Array.isArray(raw) ? raw[0] : raw).split(";")[0]!,
      csrfToken: res.json<{ csrfToken: string }>().csrfToken,
    };
  }

  const sessionStatus = async (cookie: string) =>
    (await t.app.inject({ method: "GET", url: "/api/v1/auth/session", headers: { cookie } })).statusCode;

  it("ends the session a browser had when it signs in again", async () => {
    const first = await signIn();
    const second = await login(first.email, first);
    expect(second.cookie).not.toBe(first.cookie);
    expect(await sessionStatus(first.cookie)).toBe(401);
    expect(await sessionStatus(second.cookie)).toBe(200);
  });

  it("ends a session left idle longer than the idle timeout, and keeps one in use", async () => {
    const idle = await signIn();
    const busy = await signIn();
    for (let i = 0; i < 3; i++) {
      advanceMinutes(45);
      expect(await sessionStatus(busy.cookie)).toBe(200);
    }
    expect(await sessionStatus(idle.cookie)).toBe(401);
  });

  it("ends a session at its absolute lifetime, however busy", async () => {
    const busy = await signIn();
    for (let minutes = 0; minutes < 24 * 60 - 30; minutes += 30) {
      advanceMinutes(30);
      expect(await sessionStatus(busy.cookie)).toBe(200);
    }
    advanceMinutes(31);
    expect(await sessionStatus(busy.cookie)).toBe(401);
  });

  it("keeps only a hash of the CSRF token", async () => {
    const session = await signIn();
    const rows = await t.deps.store.db.selectFrom("sessions").select("csrfToken").execute();
    expect(rows.map((r) => r.csrfToken)).not.toContain(session.csrfToken);
    const write = await t.app.inject({
      method: "POST",
      url: "/api/v1/contacts",
      headers: { cookie: session.cookie, "x-csrf-token": session.csrfToken },
      payload: { name: "Ada" },
    });
    expect(write.statusCode).toBe(201);
  });

  it("records an API token's use at most once a minute, so that reading writes nothing", async () => {
    const user = await signUp(t);
    const lastUsed = async () =>
      (await user.request("GET", "/api/v1/tokens")).body.items[0].lastUsedAt as string;
    const first = await lastUsed();
    expect(first).toBe(clock.toISOString());
    clock = new Date(clock.getTime() + 59_000);
    expect(await lastUsed()).toBe(first);
    advanceMinutes(1);
    expect(await lastUsed()).toBe(clock.toISOString());
  });
});
