import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUp, testApp, type Client, type TestApp } from "./support/app.js";
import { dialects } from "./support/db.js";

const html = { accept: "text/html,application/xhtml+xml,*/*;q=0.8" };

function fixtureDist(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rapport-web-"));
  mkdirSync(path.join(dir, "assets"));
  writeFileSync(
    path.join(dir, "index.html"),
    '<!doctype html><title>Rapport</title><script type="module" src="/assets/app-abc123.js"></script>',
  );
  writeFileSync(path.join(dir, "assets/app-abc123.js"), "console.log('app');");
  return dir;
}

describe.each(dialects)("serving the web app on %s", (dialect) => {
  let t: TestApp;
  let client: Client;
  const webDir = fixtureDist();
  beforeAll(async () => {
    t = await testApp(dialect, undefined, { webDir });
    client = await signUp(t);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it.each(["/", "/contacts/x", "/today?date=2026-12-05"])(
    "answers %s with the app's index, never cached",
    async (url) => {
      const res = await t.app.inject({ url, headers: html });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^text\/html/);
      expect(res.headers["cache-control"]).toBe("no-cache");
      expect(res.body).toContain("<title>Rapport</title>");
    },
  );

  it("caches hashed assets for a year, immutably", async () => {
    const res = await t.app.inject({ url: "/assets/app-abc123.js" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("answers a missing asset or a non-browser request for an unknown path with a 404 problem", async () => {
    for (const [url, accept] of [
      ["/assets/gone-000.js", "*/*"],
      ["/contacts/x", "application/json"],
    ] as const) {
      const res = await t.app.inject({ url, headers: { accept } });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers["content-type"], url).toMatch(/^application\/problem\+json/);
    }
  });

  it("keeps answering unknown API routes with the JSON 404 problem, even to a browser", async () => {
    const res = await client.request("GET", "/api/v1/nope", undefined, html);
    expect(res.status).toBe(404);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 404 });
  });

  it("sends a strict Content-Security-Policy with the app and with API responses", async () => {
    const app = await t.app.inject({ url: "/", headers: html });
    const api = await client.request("GET", "/api/v1/contacts");
    for (const headers of [app.headers, api.headers]) {
      const csp = String(headers["content-security-policy"]);
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("style-src 'self';");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["strict-transport-security"]).toBeUndefined();
    }
  });

  it("still serves the API docs, whose Swagger UI alone may use inline styles", async () => {
    const res = await t.app.inject({ url: "/api/docs", headers: html });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-security-policy"]).toContain("style-src 'self' 'unsafe-inline'");
    expect(res.headers["content-security-policy"]).toContain("script-src 'self';");
  });
});

describe("serving without a built web app", () => {
  let t: TestApp;
  const empty = mkdtempSync(path.join(os.tmpdir(), "rapport-web-"));
  beforeAll(async () => {
    t = await testApp("sqlite", undefined, { webDir: empty });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(empty, { recursive: true, force: true });
  });

  it.each(["/", "/contacts/x"])("answers %s with a plain message to run the build", async (url) => {
    const res = await t.app.inject({ url, headers: html });
    expect(res.statusCode).toBe(503);
    expect(res.headers["content-type"]).toMatch(/^text\/plain/);
    expect(res.body).toContain("npm run build");
  });
});

describe("behind HTTPS (secure cookies)", () => {
  it("adds Strict-Transport-Security and upgrades insecure requests", async () => {
    const t = await testApp("sqlite", undefined, { secureCookies: true });
    try {
      const res = await t.app.inject({ url: "/api/v1/health" });
      expect(res.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
      expect(res.headers["content-security-policy"]).toContain("upgrade-insecure-requests");
    } finally {
      await t.close();
    }
  });
});
