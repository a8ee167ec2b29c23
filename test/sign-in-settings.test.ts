// The sign-in limits are settings: read from the environment at start-up, defaulting to the
// documented values, and refused by name when they make no sense.
import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { defaultSignInLimits } from "../src/services/sign-in-limits.js";
import { cliWorkspace, ended, removeFreshDirs, spawnRapport } from "./support/cli.js";
import { dialects } from "./support/db.js";

afterAll(removeFreshDirs);

describe("sign-in limit settings", () => {
  it("default to the documented limits", () => {
    expect(loadConfig({}).signInLimits).toEqual(defaultSignInLimits);
  });

  it("are read from the environment", () => {
    const config = loadConfig({
      RAPPORT_SIGN_IN_ACCOUNT_FAILURES: "3",
      RAPPORT_SIGN_IN_SOURCE_FAILURES: "50",
      RAPPORT_SIGN_IN_FIRST_LOCK_SECONDS: "10",
      RAPPORT_SIGN_IN_MAX_LOCK_SECONDS: "3600",
      RAPPORT_SIGN_IN_FORGET_AFTER_SECONDS: "7200",
    });
    expect(config.signInLimits).toEqual({
      accountFreeFailures: 3,
      sourceFreeFailures: 50,
      firstLockSeconds: 10,
      maxLockSeconds: 3600,
      forgetAfterSeconds: 7200,
    });
  });

  it.each([
    ["RAPPORT_SIGN_IN_ACCOUNT_FAILURES", { RAPPORT_SIGN_IN_ACCOUNT_FAILURES: "five" }],
    ["RAPPORT_SIGN_IN_ACCOUNT_FAILURES", { RAPPORT_SIGN_IN_ACCOUNT_FAILURES: "0" }],
    ["RAPPORT_SIGN_IN_SOURCE_FAILURES", { RAPPORT_SIGN_IN_SOURCE_FAILURES: "2.5" }],
    ["RAPPORT_SIGN_IN_FIRST_LOCK_SECONDS", { RAPPORT_SIGN_IN_FIRST_LOCK_SECONDS: "-1" }],
    ["RAPPORT_SIGN_IN_MAX_LOCK_SECONDS", { RAPPORT_SIGN_IN_MAX_LOCK_SECONDS: "1" }],
    ["RAPPORT_SIGN_IN_FORGET_AFTER_SECONDS", { RAPPORT_SIGN_IN_FORGET_AFTER_SECONDS: "60" }],
  ])("refuse a bad %s, naming it", (name, env) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(`${name}: `));
  });
});

/** A port free at the time of asking. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe.each(dialects)("a server started with a low limit on %s", (dialect) => {
  it("locks an account out after that many wrong passwords", async () => {
    const ws = await cliWorkspace(dialect);
    const port = await freePort();
    const child = spawnRapport(["serve"], ws.where, {
      PORT: String(port),
      LOG_LEVEL: "silent",
      RAPPORT_SIGN_IN_ACCOUNT_FAILURES: "2",
    });
    const run = ended(child);
    try {
      // The banner on standard error says the server listens.
      await new Promise<void>((resolve, reject) => {
        child.stderr.on("data", (chunk: string) => {
          if (String(chunk).includes(`:${port}`)) resolve();
        });
        void run.then((r) => reject(new Error(`serve ended: ${r.stderr}`)));
      });
      const login = (password: string) =>
        fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email: "owner@example.com", password }),
        });
      expect((await login("wrong password")).status).toBe(401);
      expect((await login("wrong password")).status).toBe(401);
      expect((await login("correct horse battery")).status).toBe(429);
    } finally {
      child.kill("SIGTERM");
      await run;
      await ws.drop();
    }
  });
});
