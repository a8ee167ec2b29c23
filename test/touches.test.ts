import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateSettings } from "../src/services/settings.js";
import { newId } from "../src/store/ids.js";
import { dialects } from "./support/db.js";
import { created, newContact, pageThrough, signUp, testApp } from "./support/app.js";
import type { Body, Client, TestApp } from "./support/app.js";
import { expectHidden, expectInvalid } from "./support/expect.js";

const logTouch = (client: Client, body: Body) =>
  created(client, "/api/v1/touches", {
    occurredAt: "2025-03-05T10:00:00Z",
    channel: "call",
    intent: "give",
    ...body,
  });

describe.each(dialects)("touches over HTTP on %s", (dialect) => {
  let t: TestApp;
  let ann: Client;

  beforeAll(async () => {
    t = await testApp(dialect);
    ann = await signUp(t);
  });
  afterAll(() => t.close());

  /** A deal written straight to the store: the deal routes are not what this file tests. */
  async function newDeal(client: Client, contactId: string, stage: string, needs: string | null) {
    const at = new Date().toISOString();
    const id = newId();
    await t.deps.store.db
      .insertInto("deals")
      .values({
        id,
        workspaceId: client.workspaceId,
        contactId,
        ownerId: client.userId,
        title: "Trays",
        stage,
        needs,
        decisionOn: null,
        outcomeFeedback: null,
        stageOverrideReason: null,
        archivedAt: null,
        version: 1,
        createdAt: at,
        updatedAt: at,
      })
      .execute();
    return id;
  }

  it("logs a touch with defaults, stores its instant in UTC and reads it back with an ETag", async () => {
    const contactId = await newContact(ann);
    const created = await ann.request("POST", "/api/v1/touches", {
      contactId,
      occurredAt: "2025-03-05T09:30:00+01:00",
      channel: "in_person",
      intent: "give",
      steps: ["listening", "rapport", "listening"],
      getBackOn: "2025-03-12",
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      contactId,
      occurredAt: "2025-03-05T08:30:00.000Z",
      channel: "in_person",
      intent: "give",
      direction: "outbound",
      notes: "",
      steps: ["rapport", "listening"],
      getBackOn: "2025-03-12",
      dealId: null,
      ownerId: ann.userId,
      version: 1,
      archivedAt: null,
      warnings: [],
      proposals: { matters: [], facts: [] },
      savedMatters: [],
    });
    expect(created.headers.location).toBe(`/api/v1/touches/${created.body.id}`);
    expect(created.headers.etag).toBe('"1"');
    const read = await ann.request("GET", `/api/v1/touches/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.body.steps).toEqual(["rapport", "listening"]);
    expect(read.body).not.toHaveProperty("warnings");
  });

  it("refuses a stale If-Match with 412 and returns warnings with an update", async () => {
    const contactId = await newContact(ann);
    const touch = await logTouch(ann, { contactId });
    const first = await ann.request(
      "PATCH",
      `/api/v1/touches/${touch.id}`,
      { steps: ["solution", "rapport"], notes: "Showed the new trays" },
      { "if-match": '"1"' },
    );
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    expect(first.body.steps).toEqual(["rapport", "solution"]);
    expect(first.body.warnings.map((w: { code: string }) => w.code)).toEqual(["presented_before_needs"]);
    const stale = await ann.request(
      "PATCH",
      `/api/v1/touches/${touch.id}`,
      { notes: "Overwrite" },
      { "if-match": '"1"' },
    );
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe("precondition_failed");
    expect((await ann.request("GET", `/api/v1/touches/${touch.id}`)).body.notes).toBe("Showed the new trays");
  });

  it("filters by contact, intent, channel, direction, time range and notes, and pages newest first", async () => {
    const bo = await signUp(t);
    const first = await newContact(bo, { name: "First" });
    const second = await newContact(bo, { name: "Second" });
    for (let day = 1; day <= 7; day++) {
      await logTouch(bo, {
        contactId: day === 4 ? second : first,
        occurredAt: `2025-03-0${day}T12:00:00Z`,
        intent: day % 2 ? "give" : "service",
        channel: day === 5 ? "video" : "call",
        direction: day === 6 ? "inbound" : "outbound",
        notes: day === 3 ? "Talked about SAILING in Brittany" : `Day ${day}`,
      });
    }
    const days = async (query: string) => {
      const res = await bo.request("GET", `/api/v1/touches?${query}`);
      expect(res.status).toBe(200);
      return (res.body.items as { occurredAt: string }[]).map((x) => Number(x.occurredAt.slice(8, 10)));
    };
    expect(await days("")).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(await days(`contactId=${second}`)).toEqual([4]);
    expect(await days("intent=service")).toEqual([6, 4, 2]);
    expect(await days("channel=video")).toEqual([5]);
    expect(await days("direction=inbound")).toEqual([6]);
    expect(await days("q=sailing")).toEqual([3]);
    expect(await days("from=2025-03-03&to=2025-03-05")).toEqual([5, 4, 3]);
    expect(await days("from=2025-03-03T12:00:01Z&to=2025-03-05T12:00:00Z&sort=occurredAt")).toEqual([4, 5]);
    expect(await days(`ownerId=${bo.userId}&limit=200`)).toHaveLength(7);

    const seen = await pageThrough<{ occurredAt: string }>(bo, "/api/v1/touches?limit=3");
    expect(seen.map((x) => Number(x.occurredAt.slice(8, 10)))).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });

  it("reads a date range in the user's own time zone", async () => {
    const kai = await signUp(t);
    await t.deps.store.db
      .updateTable("users")
      .set({ timeZone: "Pacific/Auckland" })
      .where("id", "=", kai.userId)
      .execute();
    const contactId = await newContact(kai);
    // 5 March 23:30 UTC is already 6 March in Auckland (UTC+13).
    await logTouch(kai, { contactId, occurredAt: "2025-03-05T23:30:00Z" });
    const on6 = await kai.request("GET", "/api/v1/touches?from=2025-03-06&to=2025-03-06");
    expect(on6.body.items).toHaveLength(1);
    const on5 = await kai.request("GET", "/api/v1/touches?from=2025-03-05&to=2025-03-05");
    expect(on5.body.items).toHaveLength(0);
  });

  it("lists one contact's touches, and answers 404 for another workspace's contact", async () => {
    const contactId = await newContact(ann);
    const other = await newContact(ann);
    await logTouch(ann, { contactId, notes: "mine" });
    await logTouch(ann, { contactId: other, notes: "other" });
    const mine = await ann.request("GET", `/api/v1/contacts/${contactId}/touches`);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((x: { notes: string }) => x.notes)).toEqual(["mine"]);
    const stranger = await signUp(t);
    const res = await stranger.request("GET", `/api/v1/contacts/${contactId}/touches`);
    expect(res.status).toBe(404);
  });

  it("archives and restores instead of deleting", async () => {
    const contactId = await newContact(ann);
    const touch = await logTouch(ann, { contactId });
    const archived = await ann.request("DELETE", `/api/v1/touches/${touch.id}`);
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).not.toBeNull();
    expect((await ann.request("GET", `/api/v1/contacts/${contactId}/touches`)).body.items).toEqual([]);
    const only = await ann.request("GET", `/api/v1/contacts/${contactId}/touches?archived=only`);
    expect(only.body.items).toHaveLength(1);
    const restored = await ann.request("POST", `/api/v1/touches/${touch.id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.archivedAt).toBeNull();
  });

  it.each([
    ["a missing contact", { contactId: undefined }, "contactId"],
    ["a missing intent", { intent: undefined }, "intent"],
    ["an unknown field", { mood: "great" }, "mood"],
    ["an unknown channel", { channel: "fax" }, "channel"],
    ["an unknown intent", { intent: "pitch" }, "intent"],
    ["an unknown step", { steps: ["rapport", "closing"] }, "steps.1"],
    ["an instant without offset", { occurredAt: "2025-03-05T10:00:00" }, "occurredAt"],
    ["a date for an instant", { occurredAt: "yesterday" }, "occurredAt"],
    ["an impossible get-back date", { getBackOn: "2025-02-30" }, "getBackOn"],
    ["a contact of nobody's", { contactId: "nope" }, "contactId"],
    ["a deal of nobody's", { dealId: "nope" }, "dealId"],
    ["an owner outside the workspace", { ownerId: "nope" }, "ownerId"],
  ])("answers 400 naming the field for %s", async (_label, body, field) => {
    const contactId = await newContact(ann);
    const res = await ann.request("POST", "/api/v1/touches", {
      contactId,
      occurredAt: "2025-03-05T10:00:00Z",
      channel: "call",
      intent: "give",
      ...body,
    });
    expectInvalid(res, field);
  });

  it("answers 400 naming the filter for a bad list query", async () => {
    for (const [query, field] of [
      ["intent=pitch", "intent"],
      ["from=someday", "from"],
      ["sort=notes", "sort"],
      ["colour=red", "colour"],
    ] as const) {
      const res = await ann.request("GET", `/api/v1/touches?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).join(" ")).toContain(field);
    }
  });

  describe("warnings", () => {
    const codes = (body: { warnings: { code: string }[] }) => body.warnings.map((w) => w.code);

    it("flags a solution presented before needs were understood, and saves the touch anyway", async () => {
      const contactId = await newContact(ann);
      const touch = await logTouch(ann, { contactId, steps: ["rapport", "solution"] });
      expect(codes(touch)).toEqual(["presented_before_needs"]);
      expect(touch.warnings[0]).toMatchObject({ field: "steps" });
      expect((await ann.request("GET", `/api/v1/touches/${touch.id}`)).status).toBe(200);
      const listened = await logTouch(ann, {
        contactId,
        steps: ["rapport", "listening", "needs", "solution"],
      });
      expect(codes(listened)).toEqual([]);
    });

    it("takes the needs and stage of a linked deal into account", async () => {
      const contactId = await newContact(ann);
      const known = await newDeal(ann, contactId, "solution_shared", "Fewer reorders, one invoice a month");
      const touch = await logTouch(ann, { contactId, dealId: known, steps: ["rapport", "decision"] });
      expect(codes(touch)).toEqual([]);
      const unknown = await newDeal(ann, contactId, "exploring", null);
      const early = await logTouch(ann, { contactId, dealId: unknown, steps: ["rapport", "decision"] });
      expect(codes(early)).toEqual(["presented_before_needs", "decision_before_solution"]);
    });

    it("warns of sales mode when asking a customer whose recent touches were asks", async () => {
      const contactId = await newContact(ann, { stage: "customer" });
      await logTouch(ann, { contactId, intent: "ask", occurredAt: "2025-03-01T10:00:00Z" });
      await logTouch(ann, { contactId, intent: "give", occurredAt: "2025-03-02T10:00:00Z" });
      const ask = await logTouch(ann, { contactId, intent: "ask", occurredAt: "2025-03-05T10:00:00Z" });
      const salesMode = ask.warnings.find((w: { code: string }) => w.code === "sales_mode");
      expect(salesMode).toMatchObject({ code: "sales_mode", field: "intent" });
      expect(salesMode.message).toEqual(expect.any(String));
      expect(salesMode.detail).toContain("ask");
    });

    it("does not warn of sales mode for a prospect, a give, an inbound ask or asks long past", async () => {
      const prospect = await newContact(ann, { stage: "prospect" });
      await logTouch(ann, { contactId: prospect, intent: "ask" });
      expect(codes(await logTouch(ann, { contactId: prospect, intent: "ask" }))).toEqual([]);

      const client = await newContact(ann, { stage: "client" });
      await logTouch(ann, { contactId: client, intent: "ask", occurredAt: "2024-10-01T10:00:00Z" });
      await logTouch(ann, { contactId: client, intent: "ask", occurredAt: "2024-10-02T10:00:00Z" });
      await logTouch(ann, { contactId: client, intent: "give", occurredAt: "2025-03-01T10:00:00Z" });
      expect(codes(await logTouch(ann, { contactId: client, intent: "give" }))).toEqual([]);
      expect(codes(await logTouch(ann, { contactId: client, intent: "ask", direction: "inbound" }))).toEqual(
        [],
      );
      // Two gives in the last 90 days, the two asks of October long gone: one ask is fine.
      expect(codes(await logTouch(ann, { contactId: client, intent: "ask" }))).toEqual([]);
    });

    it("weighs asks over the workspace's ledger window", async () => {
      const dee = await signUp(t);
      const contactId = await newContact(dee, { stage: "client" });
      await logTouch(dee, { contactId, intent: "ask", occurredAt: "2024-10-01T10:00:00Z" });
      await logTouch(dee, { contactId, intent: "give", occurredAt: "2025-03-01T10:00:00Z" });
      const plan = { contactId, occurredAt: "2025-03-05T10:00:00Z", channel: "call", intent: "ask" };
      expect(codes((await dee.request("POST", "/api/v1/touches/check", plan)).body)).toEqual([]);
      const actor = {
        userId: dee.userId,
        workspaceId: dee.workspaceId,
        role: "owner",
        timeZone: "UTC",
      } as const;
      await updateSettings(t.deps, actor, { agenda: { ledgerWindowDays: 365 } });
      expect(codes((await dee.request("POST", "/api/v1/touches/check", plan)).body)).toEqual(["sales_mode"]);
    });

    it("checks a planned touch without saving it", async () => {
      const contactId = await newContact(ann, { stage: "client" });
      const res = await ann.request("POST", "/api/v1/touches/check", {
        contactId,
        occurredAt: "2025-03-05T10:00:00Z",
        channel: "call",
        intent: "ask",
        steps: ["solution"],
      });
      expect(res.status).toBe(200);
      expect(codes(res.body).sort()).toEqual(["presented_before_needs", "sales_mode"]);
      expect((await ann.request("GET", `/api/v1/contacts/${contactId}/touches`)).body.items).toEqual([]);
      const bad = await ann.request("POST", "/api/v1/touches/check", { contactId, channel: "fax" });
      expect(bad.status).toBe(400);
      const foreign = await ann.request("POST", "/api/v1/touches/check", {
        contactId: "nope",
        occurredAt: "2025-03-05T10:00:00Z",
        channel: "call",
        intent: "ask",
      });
      expect(foreign.status).toBe(400);
      expect(foreign.body.errors[0].field).toBe("contactId");
    });
  });

  describe("personal matters in the notes", () => {
    it("proposes a matter from the notes without saving it", async () => {
      const contactId = await newContact(ann);
      const touch = await logTouch(ann, {
        contactId,
        occurredAt: "2025-03-05T10:00:00Z",
        notes: "Her daughter's recital is next Friday. They love the new trays.",
      });
      expect(touch.savedMatters).toEqual([]);
      const recital = touch.proposals.matters.find((m: { summary: string }) => /recital/i.test(m.summary));
      expect(recital).toBeDefined();
      expect(recital.eventOn).toMatch(/^2025-03-(07|14)$/);
      expect(recital.followUpOn > recital.eventOn).toBe(true);
      expect(touch.notes.slice(recital.start, recital.end)).toMatch(/recital/i);
      const stored = await ann.request("GET", `/api/v1/contacts/${contactId}/matters`);
      expect(stored.body.items).toEqual([]);
    });

    it("saves the matters with the touch when the workspace confirms them automatically", async () => {
      const cy = await signUp(t);
      const actor = {
        userId: cy.userId,
        workspaceId: cy.workspaceId,
        role: "owner",
        timeZone: "UTC",
      } as const;
      await updateSettings(t.deps, actor, { autoConfirmMatters: true });
      const contactId = await newContact(cy);
      const touch = await logTouch(cy, {
        contactId,
        notes: "Her daughter's recital is next Friday.",
      });
      expect(touch.savedMatters).toHaveLength(1);
      expect(touch.savedMatters[0]).toMatchObject({ contactId, status: "open", sourceTouchId: touch.id });
      expect(touch.proposals.matters).toEqual([]);
      const stored = await cy.request("GET", `/api/v1/contacts/${contactId}/matters`);
      expect(stored.body.items.map((m: { id: string }) => m.id)).toEqual([touch.savedMatters[0].id]);
    });
  });

  it("keeps each workspace's touches to itself", async () => {
    const bea = await signUp(t);
    const beasContact = await newContact(bea);
    const beas = await logTouch(bea, { contactId: beasContact, notes: "Bea's secret" });
    await expectHidden(ann, `/api/v1/touches/${beas.id}`, { notes: "mine now" });
    const listed = await ann.request("GET", "/api/v1/touches?limit=200&archived=include&q=secret");
    expect(listed.body.items).toEqual([]);
    const attach = await ann.request("POST", "/api/v1/touches", {
      contactId: beasContact,
      occurredAt: "2025-03-05T10:00:00Z",
      channel: "call",
      intent: "give",
    });
    expect(attach.status).toBe(400);
    expect(attach.body.errors[0].field).toBe("contactId");
    expect((await bea.request("GET", `/api/v1/touches/${beas.id}`)).body.notes).toBe("Bea's secret");
  });

  it("answers 201 or a 4xx to arbitrary touch-like bodies, never a 5xx", async () => {
    const contactId = await newContact(ann, { stage: "client" });
    const junk = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.object(),
      fc.array(fc.string()),
    );
    const touchLike = fc.record(
      {
        contactId: fc.oneof(fc.constant(contactId), fc.string({ maxLength: 70 }), junk),
        occurredAt: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.constantFrom(
            "2025-03-05T10:00:00+14:00",
            "0001-01-01T00:00:00+01:00",
            "2025-03-05",
            "9999-12-31T23:59:59-12:00",
          ),
          junk,
        ),
        channel: fc.oneof(fc.constantFrom("call", "email", "fax"), junk),
        intent: fc.oneof(fc.constantFrom("give", "ask", "service", "pitch"), junk),
        direction: fc.oneof(fc.constantFrom("outbound", "inbound"), junk),
        notes: fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.constant("Her son's wedding is on the 29th."),
          junk,
        ),
        steps: fc.oneof(fc.array(fc.constantFrom("rapport", "needs", "solution", "decision", "nope")), junk),
        getBackOn: fc.oneof(fc.constantFrom("2025-03-12", "2025-02-30", "0000-01-01"), junk),
        dealId: fc.oneof(fc.constant(null), fc.string(), junk),
        extra: junk,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(touchLike, fc.jsonValue()), async (body) => {
        const res = await t.app.inject({
          method: "POST",
          url: "/api/v1/touches",
          headers: { authorization: `Bearer ${ann.token}`, "content-type": "application/json" },
          payload: JSON.stringify(body),
        });
        expect(res.statusCode === 201 || (res.statusCode >= 400 && res.statusCode < 500)).toBe(true);
      }),
      { numRuns: dialect === "sqlite" ? 300 : 100 },
    );
  });
});
