import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { cookieOf, signUp, testApp, type TestApp } from "./support/app.js";

const owner = {
  email: "olive@example.test",
  password: "a long enough password",
  name: "Olive",
  workspaceName: "Olive & Co",
};

describe.each(dialects)("accounts over HTTP on %s", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(dialect);
  });
  afterAll(() => t.close());

  it("lets the first user in through setup, once", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/v1/setup" })).json()).toEqual({ needed: true });
    const first = await t.app.inject({ method: "POST", url: "/api/v1/setup", payload: owner });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      user: { email: owner.email, name: "Olive" },
      workspace: { name: "Olive & Co" },
      role: "owner",
    });
    expect(String(first.headers["set-cookie"])).toMatch(/rapport_session=.*HttpOnly.*SameSite=Lax/i);
    const again = await t.app.inject({
      method: "POST",
      url: "/api/v1/setup",
      payload: { ...owner, email: "other@example.test" },
    });
    expect(again.statusCode).toBe(409);
    expect((await t.app.inject({ method: "GET", url: "/api/v1/setup" })).json()).toEqual({ needed: false });
  });

  it("signs in with a cookie and demands the CSRF token on cookie writes", async () => {
    const login = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: owner.email, password: owner.password },
    });
    expect(login.statusCode).toBe(200);
    const cookie = cookieOf(login);
    const { csrfToken } = login.json<{ csrfToken: string }>();
    const session = await t.app.inject({ method: "GET", url: "/api/v1/auth/session", headers: { cookie } });
    expect(session.json()).toMatchObject({ user: { email: owner.email }, csrfToken });
    const withoutCsrf = await t.app.inject({
      method: "POST",
      url: "/api/v1/contacts",
      headers: { cookie },
      payload: { name: "A" },
    });
    expect(withoutCsrf.statusCode).toBe(403);
    const withCsrf = await t.app.inject({
      method: "POST",
      url: "/api/v1/contacts",
      headers: { cookie, "x-csrf-token": csrfToken },
      payload: { name: "A" },
    });
    expect(withCsrf.statusCode).toBe(201);
    const logout = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/logout",
      headers: { cookie, "x-csrf-token": csrfToken },
    });
    expect(logout.statusCode).toBe(204);
    expect(
      (await t.app.inject({ method: "GET", url: "/api/v1/auth/session", headers: { cookie } })).statusCode,
    ).toBe(401);
  });

  it("refuses a wrong password without telling which part was wrong", async () => {
    const wrong = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: owner.email, password: "not the password" },
    });
    const nobody = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "nobody@example.test", password: "whatever123" },
    });
    expect(wrong.statusCode).toBe(401);
    expect(nobody.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(nobody.json().detail);
  });

  it("shows an API token once, lists it without the secret, and revokes it", async () => {
    const user = await signUp(t);
    const created = await user.request("POST", "/api/v1/tokens", { name: "laptop" });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^rpt_/);
    const list = await user.request("GET", "/api/v1/tokens");
    expect(list.body.items.map((x: { name: string }) => x.name)).toContain("laptop");
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);
    const auth = { authorization: `Bearer ${created.body.token}` };
    expect((await t.app.inject({ method: "GET", url: "/api/v1/contacts", headers: auth })).statusCode).toBe(
      200,
    );
    expect((await user.request("DELETE", `/api/v1/tokens/${created.body.id}`)).status).toBe(204);
    expect((await t.app.inject({ method: "GET", url: "/api/v1/contacts", headers: auth })).statusCode).toBe(
      401,
    );
    expect((await user.request("DELETE", `/api/v1/tokens/${created.body.id}`)).status).toBe(404);
  });

  it("lets an owner invite a member by link, once", async () => {
    const boss = await signUp(t, "Invite Team");
    const invite = await boss.request("POST", "/api/v1/invites", { email: "newbie@example.test" });
    expect(invite.status).toBe(201);
    expect(invite.body.url).toContain(`/join/${invite.body.token}`);
    const join = { email: "newbie@example.test", password: "newbie password", name: "Newbie" };
    const wrongEmail = await t.app.inject({
      method: "POST",
      url: `/api/v1/invites/${invite.body.token}/accept`,
      payload: { ...join, email: "x@example.test" },
    });
    expect(wrongEmail.statusCode).toBe(400);
    const accepted = await t.app.inject({
      method: "POST",
      url: `/api/v1/invites/${invite.body.token}/accept`,
      payload: join,
    });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json()).toMatchObject({ workspace: { name: "Invite Team" }, role: "member" });
    const reused = await t.app.inject({
      method: "POST",
      url: `/api/v1/invites/${invite.body.token}/accept`,
      payload: join,
    });
    expect(reused.statusCode).toBe(400);
    const members = await boss.request("GET", "/api/v1/members");
    expect(members.body.items.map((m: { email: string }) => m.email)).toContain("newbie@example.test");
  });

  it("does not let a member invite", async () => {
    const boss = await signUp(t, "Closed Team");
    const invite = await boss.request("POST", "/api/v1/invites", {});
    const joined = await t.app.inject({
      method: "POST",
      url: `/api/v1/invites/${invite.body.token}/accept`,
      payload: { email: "member@example.test", password: "member password", name: "Member" },
    });
    const cookie = cookieOf(joined);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/invites",
      headers: { cookie, "x-csrf-token": joined.json().csrfToken },
      payload: {},
    });
    expect(res.statusCode).toBe(403);
  });

  it("lets a user change their own name and time zone, and refuses an unknown zone", async () => {
    const user = await signUp(t, { name: "Zoe" });
    const changed = await user.request("PATCH", "/api/v1/me", { name: "Zoé", timeZone: "Asia/Tokyo" });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ user: { name: "Zoé", timeZone: "Asia/Tokyo" }, role: "owner" });
    const zoneOnly = await user.request("PATCH", "/api/v1/me", { timeZone: "Europe/Paris" });
    expect(zoneOnly.body.user).toMatchObject({ name: "Zoé", timeZone: "Europe/Paris" });
    const wrong = await user.request("PATCH", "/api/v1/me", { timeZone: "Mars/Olympus" });
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(wrong.body.errors)).toContain("timeZone");
    const blank = await user.request("PATCH", "/api/v1/me", { name: "  " });
    expect(blank.status).toBe(400);
  });

  it("answers health without signing in", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/v1/health" });
    // No scheduler runs in a test app: nothing has run, nothing waits.
    expect(res.json()).toEqual({
      status: "ok",
      version: "test",
      database: dialect,
      scheduler: { running: false, lastRunAt: null, queueDepth: 0 },
    });
  });
});
