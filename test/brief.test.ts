import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { briefSections } from "../src/domain/brief/index.js";
import { resolveContact } from "../src/services/brief.js";
import type { Actor } from "../src/services/context.js";
import { created, newContact, signUp, testApp, type Client, type TestApp } from "./support/app.js";
import { dialects } from "./support/db.js";

// "Today" is fixed so that agreed dates and matter follow-ups read the same on every run.
const now = new Date("2026-03-10T12:00:00Z");
const goalQuestion = "What would you most like to achieve this year?";

describe.each(dialects)("the call brief over HTTP on %s", (dialect) => {
  let t: TestApp;
  let ann: Client;
  let maria: string;
  let bare: string;

  beforeAll(async () => {
    t = await testApp(dialect, () => now);
    ann = await signUp(t);
    const org = await created(ann, "/api/v1/organizations", { name: "Lopez Bakeries" });
    maria = await newContact(ann, { name: "Maria Lopez", title: "Owner", organizationId: org.id });
    bare = await newContact(ann, { name: "Bo Bare" });
    await created(ann, "/api/v1/facts", {
      contactId: maria,
      kind: "goal",
      text: "Wants to open a second shop",
    });
    await created(ann, "/api/v1/facts", { contactId: maria, kind: "family", text: "Two kids, Leo and Ana" });
    await created(ann, "/api/v1/matters", {
      contactId: maria,
      summary: "Son's graduation",
      kind: "celebration",
      eventOn: "2026-03-06",
      followUpOn: "2026-03-09",
    });
    const deal = await created(ann, "/api/v1/deals", {
      contactId: maria,
      title: "Second shop fit-out",
      stage: "needs_understood",
      needs: "Ovens that fit a small kitchen",
    });
    await created(ann, `/api/v1/deals/${deal.id}/concerns`, {
      text: "Worried about downtime during the install",
    });
    await created(ann, "/api/v1/touches", {
      contactId: maria,
      occurredAt: "2026-03-03T10:00:00Z",
      channel: "call",
      intent: "give",
      notes: "Talked about her plans for a second shop; she will think about the layout.",
      getBackOn: "2026-03-17",
    });
    // A concern answered on a colleague's deal becomes a likely answer with our response.
    const other = await newContact(ann, { name: "Ola Other", stage: "client", organizationId: org.id });
    const otherDeal = await created(ann, "/api/v1/deals", { contactId: other, title: "Ovens" });
    const price = await created(ann, `/api/v1/deals/${otherDeal.id}/concerns`, {
      text: "The price is too high",
    });
    const answered = await ann.request("PATCH", `/api/v1/deals/${otherDeal.id}/concerns/${price.id}`, {
      status: "answered",
      response: "We can spread the cost over the year.",
    });
    expect(answered.status).toBe(200);
  });
  afterAll(() => t.close());

  it("fills the sections from the contact's facts, open matter, deal, concern and agreed get-back", async () => {
    const res = await ann.request("GET", `/api/v1/contacts/${maria}/brief`);
    expect(res.status).toBe(200);
    const brief = res.body;
    expect(brief.contact).toEqual({
      id: maria,
      name: "Maria Lopez",
      stage: "prospect",
      title: "Owner",
      organization: "Lopez Bakeries",
    });
    expect(brief.lifeNow.map((f: { text: string }) => f.text)).toEqual(
      expect.arrayContaining(["Wants to open a second shop", "Two kids, Leo and Ana"]),
    );
    expect(brief.openMatters).toMatchObject([{ summary: "Son's graduation", followUpOn: "2026-03-09" }]);
    expect(brief.needs).toEqual([
      {
        dealTitle: "Second shop fit-out",
        needs: "Ovens that fit a small kitchen",
        stage: "needs_understood",
      },
    ]);
    expect(brief.openConcerns).toEqual([
      { dealTitle: "Second shop fit-out", text: "Worried about downtime during the install" },
    ]);
    expect(brief.lastGetBack).toMatchObject({ on: "2026-03-17", when: "upcoming" });
    expect(brief.lastTouches).toHaveLength(1);
    expect(brief.lastTouches[0]).toMatchObject({ on: "2026-03-03", channel: "call", intent: "give" });
    expect(brief.ledger).toEqual({ give: 1, ask: 0, service: 0, balance: 1 });
    expect(brief.health.score).toBeGreaterThanOrEqual(0);
    expect(brief.health.parts.length).toBeGreaterThan(0);
    expect(brief.plan.map((p: { step: string }) => p.step)).toEqual([
      "rapport",
      "listening",
      "needs",
      "solution",
    ]);
    expect(brief.likelyAnswers).toContainEqual({
      theyMaySay: "The price is too high",
      weRespond: "We can spread the cost over the year.",
      source: "past",
    });
    expect(brief.goal).not.toBe("");
  });

  it("asks about what we do not know yet, and not about what we already know", async () => {
    const known = (await ann.request("GET", `/api/v1/contacts/${maria}/brief`)).body;
    const unknown = (await ann.request("GET", `/api/v1/contacts/${bare}/brief`)).body;
    expect(unknown.questionsToAsk).toContain(goalQuestion);
    expect(known.questionsToAsk).not.toContain(goalQuestion);
    expect(known.questionsToAsk.length).toBeGreaterThan(0);
    expect(unknown).toMatchObject({ openMatters: [], openConcerns: [], lastGetBack: null, lastTouches: [] });
  });

  it.each([
    ["?format=text", {}],
    ["", { accept: "text/markdown" }],
  ])("prints the sheet as markdown with headed sections (%s %j)", async (query, headers) => {
    const res = await t.app.inject({
      method: "GET",
      url: `/api/v1/contacts/${maria}/brief${query}`,
      headers: { authorization: `Bearer ${ann.token}`, ...headers },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/markdown; charset=utf-8");
    expect(res.body).toMatch(/^# Call brief: Maria Lopez\n/);
    for (const heading of briefSections) expect(res.body).toContain(`\n## ${heading}\n`);
    expect(res.body).toContain("Worried about downtime during the install");
    expect(res.body).toContain("2026-03-17 (upcoming)");
  });

  it.each([
    ["?format=json", { accept: "text/markdown" }],
    ["", { accept: "application/json, text/markdown" }],
  ])("answers JSON when it is asked for first (%s %j)", async (query, headers) => {
    const res = await ann.request("GET", `/api/v1/contacts/${maria}/brief${query}`, undefined, headers);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(res.body.contact.name).toBe("Maria Lopez");
  });

  it("answers 404 for another workspace's contact and 400 for an unknown format", async () => {
    const other = await signUp(t);
    const res = await other.request("GET", `/api/v1/contacts/${maria}/brief`);
    expect(res.status).toBe(404);
    const text = await other.request("GET", `/api/v1/contacts/${maria}/brief?format=text`);
    expect(text.status).toBe(404);
    const bad = await ann.request("GET", `/api/v1/contacts/${maria}/brief?format=pdf`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(["querystring.format"]);
  });
});

describe.each(dialects)("finding a contact for the command line on %s", (dialect) => {
  let t: TestApp;
  let actor: Actor;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await testApp(dialect, () => now);
    const ann = await signUp(t);
    actor = { userId: ann.userId, workspaceId: ann.workspaceId, role: "owner", timeZone: "UTC" };
    for (const [name, emails] of [
      ["Maria Lopez", ["maria@blueharbor.example"]],
      ["Maria", []],
      ["Sophie Martin", ["Sophie@Martin.example"]],
      ["Tom O'Neil", []],
    ] as const) {
      ids[name] = await newContact(ann, { name, emails });
    }
    // Another workspace's contact is never found.
    const other = await signUp(t);
    await newContact(other, { name: "Tomas Elsewhere" });
  });
  afterAll(() => t.close());

  it.each([
    ["its id", () => ids["Tom O'Neil"]!, "Tom O'Neil"],
    ["an exact email, in any case", () => "sophie@martin.EXAMPLE", "Sophie Martin"],
    ["part of the name, in any case", () => "LOPEZ", "Maria Lopez"],
    ["a name that several contain but one is exactly", () => "maria", "Maria"],
    ["a name with a quote", () => "o'neil", "Tom O'Neil"],
  ])("finds a contact by %s", async (_how, reference, name) => {
    expect((await resolveContact(t.deps, actor, reference())).name).toBe(name);
  });

  it("refuses a name several contacts contain, listing them, and says when none matches", async () => {
    await expect(resolveContact(t.deps, actor, "mar")).rejects.toMatchObject({
      code: "invalid",
      message: expect.stringMatching(/Maria Lopez[^]*Sophie Martin/),
    });
    await expect(resolveContact(t.deps, actor, "Tomas")).rejects.toMatchObject({ code: "not_found" });
    await expect(resolveContact(t.deps, actor, "nobody@example.com")).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(resolveContact(t.deps, actor, "50%_")).rejects.toMatchObject({ code: "not_found" });
  });
});
