// Password checks are throttled per account and per source address, in the database (so every
// server instance shares the counts), on every endpoint that checks a password, and the answers
// never tell whether an email has an account.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/server/app.js";
import { defaultSignInLimits } from "../src/services/sign-in-limits.js";
import { dialects } from "./support/db.js";
import { signUp, testApp, type TestApp } from "./support/app.js";

const PASSWORD = "correct horse battery";
// Near the real time: invites and sessions are still checked against the wall clock.
let clock = new Date();
const advance = (seconds: number) => {
  clock = new Date(clock.getTime() + seconds * 1000);
};

let sources = 0;
/** A source address of its own, so that tests do not share a source's count. */
const newSource = () => `10.0.${Math.floor(++sources / 250)}.${sources % 250}`;

describe.each(dialects)("sign-in limits on %s", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(dialect, () => clock);
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, source: string, app = t.app) =>
    app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email, password },
      remoteAddress: source,
    });

  async function member(): Promise<string> {
    const user = await signUp(t);
    const me = await user.request("GET", "/api/v1/auth/session");
    return me.body.user.email as string;
  }

  it("locks an account out after a few wrong passwords, with Retry-After, even for the right one", async () => {
    const email = await member();
    const source = newSource();
    for (let i = 0; i < defaultSignInLimits.accountFreeFailures; i++) {
      expect((await login(email, `wrong-${i}-password`, source)).statusCode).toBe(401);
    }
    const locked = await login(email, PASSWORD, source);
    expect(locked.statusCode).toBe(429);
    expect(locked.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(Number(locked.headers["retry-after"])).toBe(defaultSignInLimits.firstLockSeconds);
    advance(defaultSignInLimits.firstLockSeconds);
    expect((await login(email, PASSWORD, source)).statusCode).toBe(200);
  });

  it("lets only the free failures of parallel wrong passwords reach a password check", async () => {
    const email = await member();
    const source = newSource();
    const tries = defaultSignInLimits.accountFreeFailures * 4;
    const answers = await Promise.all(
      Array.from({ length: tries }, (_, i) => login(email, `wrong-${i}-password`, source)),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(defaultSignInLimits.accountFreeFailures);
    expect(statuses.filter((s) => s === 429)).toHaveLength(tries - defaultSignInLimits.accountFreeFailures);
  });

  it("does not count a right password against its source", async () => {
    const source = newSource();
    for (let i = 0; i < defaultSignInLimits.sourceFreeFailures - 1; i++) {
      await login(`crowd-${sources}-${i}@example.test`, "wrong password", source);
    }
    expect((await login(await member(), PASSWORD, source)).statusCode).toBe(200);
    expect((await login(`crowd-${sources}-last@example.test`, "wrong password", source)).statusCode).toBe(
      401,
    );
    expect((await login(await member(), PASSWORD, source)).statusCode).toBe(429);
  });

  it("doubles the lockout with each failure after it", async () => {
    const email = await member();
    const source = newSource();
    for (let i = 0; i < defaultSignInLimits.accountFreeFailures; i++)
      await login(email, "wrong password", source);
    advance(defaultSignInLimits.firstLockSeconds);
    expect((await login(email, "wrong password", source)).statusCode).toBe(401);
    const locked = await login(email, PASSWORD, source);
    expect(Number(locked.headers["retry-after"])).toBe(defaultSignInLimits.firstLockSeconds * 2);
  });

  it("answers alike for an email without an account", async () => {
    const email = await member();
    const answers = [];
    for (const who of [email, `nobody-${sources}@example.test`]) {
      const source = newSource();
      for (let i = 0; i < defaultSignInLimits.accountFreeFailures; i++)
        await login(who, "wrong password", source);
      const res = await login(who, "wrong password", source);
      answers.push({ status: res.statusCode, detail: res.json().detail, retry: res.headers["retry-after"] });
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]?.status).toBe(429);
  });

  it("stops a source that sprays one password over many emails", async () => {
    const source = newSource();
    const statuses = [];
    for (let i = 0; i <= defaultSignInLimits.sourceFreeFailures; i++) {
      statuses.push((await login(`spray-${i}@example.test`, "Summer2026!", source)).statusCode);
    }
    expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Another address is not held back by it.
    expect((await login(await member(), PASSWORD, newSource())).statusCode).toBe(200);
  });

  it("shares the counts between server instances on one database", async () => {
    const other = await buildApp({ deps: t.deps, version: "test" });
    try {
      const email = await member();
      const source = newSource();
      for (let i = 0; i < defaultSignInLimits.accountFreeFailures; i++) {
        await login(email, "wrong password", source, i % 2 === 0 ? t.app : other);
      }
      expect((await login(email, PASSWORD, newSource(), other)).statusCode).toBe(429);
    } finally {
      await other.close();
    }
  });

  it("forgets the failures of an account once its password is given", async () => {
    const email = await member();
    const source = newSource();
    for (let i = 0; i < defaultSignInLimits.accountFreeFailures - 1; i++)
      await login(email, "wrong password", source);
    expect((await login(email, PASSWORD, source)).statusCode).toBe(200);
    for (let i = 0; i < defaultSignInLimits.accountFreeFailures - 1; i++) {
      expect((await login(email, "wrong password", source)).statusCode).toBe(401);
    }
  });

  it("keys on the client named by a trusted proxy, not on the proxy", async () => {
    const proxied = await buildApp({ deps: t.deps, version: "test", trustProxy: "10.9.9.9" });
    try {
      const via = (client: string, email: string, password: string) =>
        proxied.inject({
          method: "POST",
          url: "/api/v1/auth/login",
          payload: { email, password },
          remoteAddress: "10.9.9.9",
          headers: { "x-forwarded-for": client },
        });
      for (let i = 0; i < defaultSignInLimits.sourceFreeFailures; i++) {
        await via("203.0.113.7", `proxied-${i}@example.test`, "wrong password");
      }
      expect((await via("203.0.113.7", await member(), PASSWORD)).statusCode).toBe(429);
      expect((await via("203.0.113.8", await member(), PASSWORD)).statusCode).toBe(200);
    } finally {
      await proxied.close();
    }
  });

  it("forgets counts after a quiet hour, so made-up emails do not pile up", async () => {
    const source = newSource();
    await login("once@example.test", "wrong password", source);
    advance(defaultSignInLimits.forgetAfterSeconds + 1);
    await login("later@example.test", "wrong password", newSource());
    const keys = await t.deps.store.db.selectFrom("authAttempts").select("key").execute();
    expect(keys.map((k) => k.key)).not.toContain("account:once@example.test");
    expect(keys.map((k) => k.key)).toContain("account:later@example.test");
  });

  describe("joining by invitation with an existing account's email", () => {
    const accept = (token: string, email: string, password: string, source: string) =>
      t.app.inject({
        method: "POST",
        url: `/api/v1/invites/${token}/accept`,
        payload: { email, password, name: "Joiner" },
        remoteAddress: source,
      });

    it("counts a wrong password as a failed sign-in and answers as sign-in does", async () => {
      const boss = await signUp(t, "Oracle Team");
      const email = await member();
      const { token } = (await boss.request("POST", "/api/v1/invites", {})).body as { token: string };
      const source = newSource();
      const wrong = await accept(token, email, "wrong password", source);
      const loginWrong = await login(email, "wrong password", source);
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json().detail).toBe(loginWrong.json().detail);
      for (let i = 2; i < defaultSignInLimits.accountFreeFailures; i++)
        await accept(token, email, "wrong password", source);
      const locked = await accept(token, email, PASSWORD, source);
      expect(locked.statusCode).toBe(429);
      expect(locked.headers["retry-after"]).toBeDefined();
      expect((await login(email, PASSWORD, newSource())).statusCode).toBe(429);
    });

    it("refuses a locked-out source before it can tell new emails from taken ones", async () => {
      const boss = await signUp(t, "Probe Team");
      const { token } = (await boss.request("POST", "/api/v1/invites", {})).body as { token: string };
      const source = newSource();
      for (let i = 0; i < defaultSignInLimits.sourceFreeFailures; i++) {
        await login(`probe-${i}@example.test`, "wrong password", source);
      }
      const fresh = await accept(token, `new-${sources}@example.test`, "a new password", source);
      expect(fresh.statusCode).toBe(429);
    });
  });
});
