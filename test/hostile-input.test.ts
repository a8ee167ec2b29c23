// Hostile or odd input gets a 4xx problem, never a 500 or a dropped connection.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ruleIds } from "../src/domain/coach/index.js";
import { bodyLimits } from "../src/server/bodies.js";
import { dialects } from "./support/db.js";
import { listen, newContact, signUp, testApp, type Client, type TestApp } from "./support/app.js";

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

describe.each(dialects)("hostile input on %s", (dialect) => {
  let t: TestApp;
  let user: Client;
  beforeAll(async () => {
    t = await testApp(dialect);
    user = await signUp(t);
  });
  afterAll(() => t.close());

  it.each([
    ["before sign-in", "/api/v1/setup", {}],
    ["signed in", "/api/v1/contacts", "token"],
  ])("refuses deeply nested JSON with a 400 problem %s", async (_, url, auth) => {
    const res = await t.app.inject({
      method: "POST",
      url,
      headers: {
        "content-type": "application/json",
        ...(auth === "token" ? { authorization: `Bearer ${user.token}` } : {}),
      },
      // Under the size limit, so that the nesting is what is refused.
      payload: nested(50_000),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: "invalid", errors: [{ field: "(body)" }] });
  });

  it("refuses a body just over the JSON limit on an ordinary route with a 413 problem saying the limit", async () => {
    const contactId = await newContact(user);
    const touch = { contactId, occurredAt: "2026-01-05T10:00:00Z", intent: "give", channel: "call" };
    const bare = JSON.stringify({ ...touch, notes: "" });
    const res = await user.request("POST", "/api/v1/touches", {
      ...touch,
      notes: "n".repeat(bodyLimits.json + 1 - bare.length),
    });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ code: "too_large", detail: expect.stringContaining("128 KB") });
  });

  it("takes a contact with the largest picture and notes its contract allows", async () => {
    const header = "data:image/jpeg;base64,";
    const photo = header + "A".repeat(700_000 - header.length);
    const notes = "€".repeat(20_000);
    const id = await newContact(user, { photo, notes });
    const saved = await user.request("PATCH", `/api/v1/contacts/${id}`, { photo, notes });
    expect(saved.status).toBe(200);
    expect(saved.body.photo).toHaveLength(700_000);
  });

  it("takes the largest coach settings their contract allows", async () => {
    const phrases = (rule: string) => Array.from({ length: 200 }, (_, i) => `${rule} ${i} `.padEnd(200, "x"));
    const extraPhrases = Object.fromEntries(ruleIds.map((rule) => [rule, phrases(rule)]));
    const res = await user.request("PATCH", "/api/v1/settings", { coach: { extraPhrases } });
    expect(JSON.stringify({ coach: { extraPhrases } }).length).toBeGreaterThan(3 * bodyLimits.json);
    expect(res.status).toBe(200);
  });

  it("takes an upload larger than any JSON body", async () => {
    const csv = "Name,Notes\n" + `Priya Shah,${"x".repeat(1_000)}\n`.repeat(3_000);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/imports/inspect",
      headers: { authorization: `Bearer ${user.token}`, "content-type": "text/csv" },
      payload: csv,
    });
    expect(csv.length).toBeGreaterThan(2 * bodyLimits.contact);
    expect(res.statusCode).toBe(200);
  });

  it("does not count brackets inside strings as nesting", async () => {
    const res = await user.request("POST", "/api/v1/contacts", {
      name: `${"[{".repeat(50)} \\" ${"[".repeat(50)}`,
    });
    expect(res.status).toBe(201);
  });

  it.each([
    ['"2147483648"', "a version beyond any stored"],
    ['"99999999999999999999"', "a number beyond 64 bits"],
    ['W/"1"', "a weak ETag of the current version"],
  ])("answers If-Match %s (%s) with 412", async (tag) => {
    const id = await newContact(user);
    const res = await user.request("PATCH", `/api/v1/contacts/${id}`, { name: "New" }, { "if-match": tag });
    expect(res.status).toBe(412);
    expect((await user.request("GET", `/api/v1/contacts/${id}`)).body.name).toBe("Priya Shah");
  });

  it.each(["Basic", "Bearer", "Bearer a b", "Bearer rpt_unknown", "\u00e9"])(
    "answers public routes whatever the Authorization header (%s)",
    async (authorization) => {
      for (const url of ["/api/v1/health", "/api/v1/setup"]) {
        const res = await t.app.inject({ method: "GET", url, headers: { authorization } });
        expect(res.statusCode, url).toBe(200);
      }
      const signedIn = await t.app.inject({
        method: "GET",
        url: "/api/v1/contacts",
        headers: { authorization },
      });
      expect(signedIn.statusCode).toBe(401);
    },
  );
});

describe("bodies over the size limit, over a real connection", () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await testApp("sqlite");
    port = await listen(t);
  });
  afterAll(() => t.close());

  /** POSTs `size` bytes of JSON string, by length or chunked; the answer, and whether it came before the body was all sent. */
  function post(size: number, chunked: boolean): Promise<{ status: number; body: string; early: boolean }> {
    let sent = false;
    const body = Buffer.alloc(size, "a");
    body[0] = body[size - 1] = '"'.charCodeAt(0);
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (!chunked) headers["content-length"] = String(size);
      const req = http.request({ port, method: "POST", path: "/api/v1/setup", headers }, (res) => {
        const early = !sent;
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text, early }));
      });
      req.on("error", reject);
      // Chunk by chunk, each once the last was taken: a server that stops reading shows at once.
      const send = async () => {
        for (let at = 0; at < size; at += 65_536) {
          await new Promise<void>((done, fail) =>
            req.write(body.subarray(at, at + 65_536), (error) => (error ? fail(error) : done())),
          );
        }
        sent = true;
        req.end();
      };
      send().catch(reject);
    });
  }

  it.each([
    [bodyLimits.json + 1, false],
    [bodyLimits.json + 1, true],
    [2_000_000, false],
    [2_000_000, true],
    [20_000_000, false],
    [20_000_000, true],
  ])("answers %i bytes (chunked: %s) with a 413 problem, never a reset", async (size, chunked) => {
    for (let i = 0; i < 5; i++) {
      const res = await post(size, chunked);
      expect(res.status).toBe(413);
      // An answer before the body was read means a server that stops reading: a reset, often.
      expect(res.early).toBe(false);
      expect(JSON.parse(res.body)).toMatchObject({
        code: "too_large",
        status: 413,
        detail: expect.stringContaining("128 KB"),
      });
    }
  });
});
