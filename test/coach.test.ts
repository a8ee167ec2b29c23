import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ruleIds } from "../src/domain/coach/index.js";
import { newContact, signUp, testApp, type Client, type Reply, type TestApp } from "./support/app.js";
import { dialects } from "./support/db.js";

const pushy =
  "Hi Sam, just checking in! This offer expires Friday, so sign today and we'll lock in your discount. " +
  "When you sign, which plan will you go with?";
const friendly =
  "Hi Sam, it was lovely to hear about your trip to Lisbon. How did the kids find it? " +
  "Could we have a coffee next Tuesday at 10?";
const upsell =
  "Hi Sam, how are things going with the new system? I wanted to tell you about our premium upgrade. " +
  "Could we talk on Tuesday?";

const rules = (res: Reply) => (res.body.findings as { rule: string }[]).map((f) => f.rule);
const severities = (res: Reply) => (res.body.findings as { severity: string }[]).map((f) => f.severity);
const fields = (res: Reply) => (res.body.errors as { field: string }[]).map((e) => e.field);

describe.each(dialects)("the draft coach over HTTP on %s", (dialect) => {
  let t: TestApp;
  let ann: Client;

  beforeAll(async () => {
    t = await testApp(dialect);
    ann = await signUp(t);
  });
  afterAll(() => t.close());

  const coach = (client: Client, body: Record<string, unknown>) =>
    client.request("POST", "/api/v1/coach", body);

  it("flags pressure, assumptive closes and chasers in a pushy draft, with spans and kinder wording", async () => {
    const res = await coach(ann, { text: pushy, kind: "email" });
    expect(res.status).toBe(200);
    expect(rules(res)).toEqual(expect.arrayContaining(["pressure", "assumptive-close", "chaser"]));
    for (const f of res.body.findings) {
      expect(pushy.slice(f.start, f.end)).toBe(f.excerpt);
      expect(f.message).not.toBe("");
      expect(f.suggestion).not.toBe("");
    }
    const count = (s: string) => severities(res).filter((x) => x === s).length;
    expect(res.body.summary).toEqual({
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
    });
    expect(res.body.summary.errors).toBeGreaterThan(0);
  });

  it("finds no error in a friendly draft that asks an open question and proposes a time", async () => {
    const res = await coach(ann, { text: friendly, kind: "email" });
    expect(res.status).toBe(200);
    expect(severities(res)).not.toContain("error");
    expect(res.body.summary.errors).toBe(0);
  });

  it("reads an upsell as selling after the sale only when the draft is for a client", async () => {
    const client = await newContact(ann, { name: "Sam Ortiz", stage: "client" });
    const prospect = await newContact(ann, { name: "Sam Park" });
    const withoutContact = await coach(ann, { text: upsell, kind: "email" });
    expect(rules(withoutContact)).not.toContain("selling-after-sale");
    const forProspect = await coach(ann, { text: upsell, kind: "email", contactId: prospect });
    expect(rules(forProspect)).not.toContain("selling-after-sale");
    const forClient = await coach(ann, { text: upsell, kind: "email", contactId: client });
    expect(forClient.status).toBe(200);
    expect(rules(forClient)).toContain("selling-after-sale");
  });

  it("skips the rules the workspace owner turned off, and lists them as disabled", async () => {
    const owner = await signUp(t);
    const patched = await owner.request("PATCH", "/api/v1/settings", {
      coach: { disabledRules: ["pressure"] },
    });
    expect(patched.status).toBe(200);
    const res = await coach(owner, { text: pushy, kind: "email" });
    expect(rules(res)).not.toContain("pressure");
    expect(rules(res)).toContain("assumptive-close");
    const listed = await owner.request("GET", "/api/v1/coach/rules");
    const enabled = Object.fromEntries(
      (listed.body.rules as { id: string; enabled: boolean }[]).map((r) => [r.id, r.enabled]),
    );
    expect(enabled).toMatchObject({ pressure: false, "assumptive-close": true });
    // Another workspace keeps its own settings.
    expect(rules(await coach(ann, { text: pushy, kind: "email" }))).toContain("pressure");
  });

  it("answers 404 for a contact of another workspace", async () => {
    const other = await signUp(t);
    const theirs = await newContact(other, { name: "Not Yours" });
    const res = await coach(ann, { text: upsell, kind: "email", contactId: theirs });
    expect(res.status).toBe(404);
  });

  it.each([
    ["an unknown kind", { text: "Hello", kind: "fax" }, "kind"],
    ["a missing kind", { text: "Hello" }, "kind"],
    ["a missing text", { kind: "email" }, "text"],
    ["a text over 20,000 characters", { text: "a ".repeat(10_001), kind: "email" }, "text"],
  ])("answers 400 naming the field for %s", async (_case, body, field) => {
    const res = await coach(ann, body);
    expect(res.status).toBe(400);
    expect(fields(res)).toContain(field);
  });

  it("lists every rule with its severity and description, all enabled by default", async () => {
    const res = await ann.request("GET", "/api/v1/coach/rules");
    expect(res.status).toBe(200);
    expect(res.body.rules.map((r: { id: string }) => r.id)).toEqual([...ruleIds]);
    for (const rule of res.body.rules) {
      expect(rule).toMatchObject({
        enabled: true,
        severity: expect.stringMatching(/^(error|warning|info)$/),
      });
      expect(rule.description).not.toBe("");
    }
  });
});
