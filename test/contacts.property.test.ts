import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUp, testApp, type Client, type TestApp } from "./support/app.js";

// Bodies that look like contacts but with wrong types, junk values and stray keys mixed in.
const junk = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string()),
  fc.object(),
);
const contactLike = fc.record(
  {
    name: fc.oneof(fc.string({ maxLength: 300 }), junk),
    emails: fc.oneof(fc.array(fc.oneof(fc.emailAddress(), fc.string())), junk),
    stage: fc.oneof(fc.constantFrom("prospect", "client", "advocate", "boss"), junk),
    birthday: fc.oneof(fc.constantFrom("--02-29", "1990-13-01", "--12-31", "2000-02-30"), junk),
    cadenceDays: fc.oneof(fc.integer({ min: -5, max: 5000 }), junk),
    tags: fc.oneof(fc.array(fc.string()), junk),
    timeZone: fc.oneof(fc.constantFrom("Europe/Paris", "Nowhere/City"), junk),
    extra: junk,
  },
  { requiredKeys: [] },
);

describe("contact routes under arbitrary input on sqlite", () => {
  let t: TestApp;
  let user: Client;
  beforeAll(async () => {
    t = await testApp("sqlite");
    user = await signUp(t);
  });
  afterAll(() => t.close());

  it("answer 201 or a 4xx problem naming a field, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(contactLike, async (body) => {
        const res = await user.request("POST", "/api/v1/contacts", body);
        expect([201, 400]).toContain(res.status);
        if (res.status === 400) expect(res.body.errors?.length ?? 0).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("answer a body carrying a prototype key with 400 naming the body", async () => {
    const res = await user.request("POST", "/api/v1/contacts", '{"name":"X","tags":{"__proto__":{"a":1}}}', {
      "content-type": "application/json",
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: "(body)", message: expect.any(String) }]);
  });

  it("answer any other JSON value with a 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (body) => {
        const res = await t.app.inject({
          method: "POST",
          url: "/api/v1/contacts",
          headers: { authorization: `Bearer ${user.token}`, "content-type": "application/json" },
          payload: JSON.stringify(body),
        });
        expect(res.statusCode === 201 || (res.statusCode >= 400 && res.statusCode < 500)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("answer list queries with 200 or 400, never a 5xx", async () => {
    const params = fc.dictionary(
      fc.constantFrom("limit", "cursor", "sort", "stage", "tag", "q", "archived", "ownerId", "bogus"),
      fc.string({ maxLength: 40 }),
    );
    await fc.assert(
      fc.asyncProperty(params, async (query) => {
        const res = await user.request("GET", `/api/v1/contacts?${new URLSearchParams(query).toString()}`);
        expect([200, 400]).toContain(res.status);
      }),
      { numRuns: 300 },
    );
  });

  it("answer raw bytes that are not JSON with a 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (raw) => {
        const res = await t.app.inject({
          method: "POST",
          url: "/api/v1/contacts",
          headers: { authorization: `Bearer ${user.token}`, "content-type": "application/json" },
          payload: raw,
        });
        expect(res.statusCode).toBeGreaterThanOrEqual(201);
        expect(res.statusCode).toBeLessThan(500);
      }),
      { numRuns: 200 },
    );
  });
});
