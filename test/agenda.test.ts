import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { created, newContact, newTouch, signUp, testApp, type Client, type TestApp } from "./support/app.js";

// "Today" is 10 March 2026 in UTC (and, for the Auckland test, already the 11th there).
const now = new Date("2026-03-10T09:00:00Z");

interface Reason {
  kind: string;
  dueOn: string;
  refId?: string;
}
interface Item {
  contactId: string;
  contactName: string;
  reason: Reason;
  reasons: Reason[];
  why: string;
  suggested: { intent: string; channel: string; opener: string };
}

async function agendaOf(client: Client, date?: string) {
  const res = await client.request("GET", `/api/v1/agenda${date ? `?date=${date}` : ""}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { date: string; timeZone: string; items: Item[]; later: Item[] };
}

const itemFor = (items: Item[], contactId: string) => items.find((i) => i.contactId === contactId);

describe.each(dialects)("the agenda over HTTP on %s", (dialect) => {
  let t: TestApp;
  let ann: Client;
  let bob: Client;
  const ids = {} as Record<
    "prospect" | "client" | "birthday" | "matter" | "manual" | "plannedFollowUp" | "bobs",
    string
  >;

  beforeAll(async () => {
    t = await testApp(dialect, () => now);
    ann = await signUp(t);
    bob = await signUp(t);
    ids.prospect = await newContact(ann, { name: "Paula Quiet", stage: "prospect" });
    await newTouch(ann, ids.prospect, "2026-02-26T10:00:00Z", "ask", { channel: "email" });
    await newTouch(ann, ids.prospect, "2026-03-02T10:00:00Z", "give", { channel: "email" });
    ids.client = await newContact(ann, { name: "Carl Promise", stage: "client" });
    await newTouch(ann, ids.client, "2026-03-01T10:00:00Z", "give", { getBackOn: "2026-03-10" });
    ids.birthday = await newContact(ann, { name: "Bea Day", stage: "advocate", birthday: "--03-10" });
    ids.matter = await newContact(ann, { name: "Max Matter", stage: "client" });
    await newTouch(ann, ids.matter, "2026-03-02T10:00:00Z", "give");
    await created(ann, "/api/v1/matters", {
      contactId: ids.matter,
      summary: "Knee surgery",
      kind: "health",
      followUpOn: "2026-03-05",
    });
    ids.manual = await newContact(ann, { name: "Mia Manual", stage: "client" });
    await newTouch(ann, ids.manual, "2026-03-02T10:00:00Z", "give");
    const planned = await created(ann, "/api/v1/follow-ups", {
      contactId: ids.manual,
      dueOn: "2026-03-09",
      detail: "Send the case study",
    });
    ids.plannedFollowUp = planned.id as string;
    ids.bobs = await newContact(bob, { name: "Bob's Birthday Friend", birthday: "--03-10" });
  });
  afterAll(() => t.close());

  it("lists today's items for the signed-in owner, ranked by reason band", async () => {
    const agenda = await agendaOf(ann);
    expect(agenda.date).toBe("2026-03-10");
    expect(agenda.timeZone).toBe("UTC");
    const kinds = agenda.items.map((i) => [i.contactName, i.reason.kind]);
    expect(kinds).toEqual([
      ["Carl Promise", "get_back"],
      ["Bea Day", "birthday"],
      ["Max Matter", "matter"],
      ["Paula Quiet", "feedback_call"],
      ["Mia Manual", "manual"],
    ]);
    const quiet = itemFor(agenda.items, ids.prospect)!;
    expect(quiet.reasons.map((r) => r.kind)).toEqual(["feedback_call"]);
    expect(quiet.reason).toMatchObject({ dueOn: "2026-03-08", overdueDays: 2 });
    expect(quiet.suggested.channel).toBe("call");
    expect(quiet.why).toMatch(/quiet prospect/i);
    expect(itemFor(agenda.items, ids.manual)!.reason).toMatchObject({
      kind: "manual",
      refId: ids.plannedFollowUp,
      dueOn: "2026-03-09",
    });
    expect(agenda.later).toEqual([]);
  });

  it("never lists another owner's contacts", async () => {
    const ours = await agendaOf(ann);
    expect(itemFor(ours.items, ids.bobs)).toBeUndefined();
    const theirs = await agendaOf(bob);
    expect(theirs.items.map((i) => i.contactId)).toEqual([ids.bobs]);
  });

  it("plans another day with ?date and refuses a date that is not one", async () => {
    const later = await agendaOf(ann, "2026-03-11");
    expect(later.date).toBe("2026-03-11");
    expect(itemFor(later.items, ids.birthday)).toBeUndefined();
    const bad = await ann.request("GET", "/api/v1/agenda?date=2026-02-30");
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe("querystring.date");
  });

  it("completes an item: it leaves the agenda and the record says done", async () => {
    const item = itemFor((await agendaOf(ann)).items, ids.client)!;
    const res = await ann.request("POST", "/api/v1/agenda/actions", {
      contactId: ids.client,
      action: "complete",
      reasons: item.reasons.map(({ kind, dueOn }) => ({ kind, dueOn })),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.item).toBeNull();
    expect(res.body.followUps).toHaveLength(1);
    expect(res.body.followUps[0]).toMatchObject({
      contactId: ids.client,
      reasonKind: "get_back",
      dueOn: "2026-03-10",
      status: "done",
      completedAt: now.toISOString(),
    });
    expect(itemFor((await agendaOf(ann)).items, ids.client)).toBeUndefined();
  });

  it("snoozes an item until a later day, when it comes back", async () => {
    const item = itemFor((await agendaOf(ann)).items, ids.matter)!;
    const reasons = [{ kind: item.reason.kind, dueOn: item.reason.dueOn, refId: item.reason.refId }];
    const res = await ann.request("POST", "/api/v1/agenda/actions", {
      contactId: ids.matter,
      action: "snooze",
      reasons,
      until: "2026-03-12",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.followUps[0]).toMatchObject({ status: "snoozed", snoozedUntil: "2026-03-12" });
    expect(itemFor((await agendaOf(ann)).items, ids.matter)).toBeUndefined();
    expect(itemFor((await agendaOf(ann, "2026-03-11")).items, ids.matter)).toBeUndefined();
    expect(itemFor((await agendaOf(ann, "2026-03-12")).items, ids.matter)?.reason.kind).toBe("matter");
    // Snoozing again updates the same record rather than adding one.
    const again = await ann.request("POST", "/api/v1/agenda/actions", {
      contactId: ids.matter,
      action: "snooze",
      reasons,
      until: "2026-03-13",
    });
    expect(again.body.followUps[0].id).toBe(res.body.followUps[0].id);
  });

  it.each([
    [{ action: "snooze" }, "until"],
    [{ action: "snooze", until: "2026-03-10" }, "until"],
    [{ action: "dismiss" }, "reason"],
    [{ action: "dismiss", reason: "   " }, "reason"],
    [{ action: "complete", until: "2026-03-12" }, "until"],
    [{ action: "shelve" }, "action"],
    [{ action: "complete", reasons: [] }, "reasons"],
    [{ action: "complete", reasons: [{ kind: "gossip", dueOn: "2026-03-10" }] }, "reasons.0.kind"],
  ])("refuses %j naming the field %s", async (patch, field) => {
    const res = await ann.request("POST", "/api/v1/agenda/actions", {
      contactId: ids.birthday,
      reasons: [{ kind: "birthday", dueOn: "2026-03-10" }],
      ...patch,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it("dismisses an item with a reason", async () => {
    const res = await ann.request("POST", "/api/v1/agenda/actions", {
      contactId: ids.birthday,
      action: "dismiss",
      reasons: [{ kind: "birthday", dueOn: "2026-03-10" }],
      reason: "Celebrated together yesterday",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.followUps[0]).toMatchObject({
      status: "dismissed",
      dismissReason: "Celebrated together yesterday",
    });
    expect(itemFor((await agendaOf(ann)).items, ids.birthday)).toBeUndefined();
  });

  it("updates a stored follow-up in place instead of recording another", async () => {
    const item = itemFor((await agendaOf(ann)).items, ids.manual)!;
    const res = await ann.request("POST", "/api/v1/agenda/actions", {
      contactId: ids.manual,
      action: "complete",
      reasons: item.reasons,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.followUps.map((f: { id: string }) => f.id)).toEqual([ids.plannedFollowUp]);
    const stored = await ann.request("GET", `/api/v1/follow-ups/${ids.plannedFollowUp}`);
    expect(stored.body).toMatchObject({ status: "done", reasonKind: "manual", version: 2 });
    const all = await ann.request("GET", `/api/v1/follow-ups?contactId=${ids.manual}`);
    expect(all.body.items).toHaveLength(1);
  });

  it("answers 404 for a contact of another workspace or none at all", async () => {
    for (const contactId of [ids.bobs, "no-such-contact"]) {
      const res = await ann.request("POST", "/api/v1/agenda/actions", {
        contactId,
        action: "complete",
        reasons: [{ kind: "birthday", dueOn: "2026-03-10" }],
      });
      expect(res.status).toBe(404);
    }
    const bobsView = await agendaOf(bob);
    expect(bobsView.items.map((i) => i.contactId)).toEqual([ids.bobs]);
  });
});

describe.each(dialects)("the agenda across time zones on %s", (dialect) => {
  let t: TestApp;
  // 20:00 UTC on the 10th is 09:00 on the 11th in Auckland.
  const evening = new Date("2026-03-10T20:00:00Z");

  beforeAll(async () => {
    t = await testApp(dialect, () => evening);
  });
  afterAll(() => t.close());

  it("plans each user's own today, with touches dated in their zone", async () => {
    const london = await signUp(t, { name: "Ursula", timeZone: "UTC" });
    const auckland = await signUp(t, { name: "Aroha", timeZone: "Pacific/Auckland" });
    for (const user of [london, auckland]) {
      await newContact(user, { name: "Born on the 11th", stage: "advocate", birthday: "--03-11" });
      const agreed = await newContact(user, { name: "Agreed on the 5th", stage: "client" });
      // 12:00 UTC on the 4th is already 01:00 on the 5th in Auckland: the get-back was kept there.
      await newTouch(user, agreed, "2026-03-01T10:00:00Z", "give", { getBackOn: "2026-03-05" });
      await newTouch(user, agreed, "2026-03-04T12:00:00Z", "give");
    }
    const utc = await agendaOf(london);
    const nz = await agendaOf(auckland);
    expect(utc.date).toBe("2026-03-10");
    expect(nz.date).toBe("2026-03-11");
    expect(nz.timeZone).toBe("Pacific/Auckland");
    expect(utc.items.map((i) => [i.contactName, i.reason.kind])).toEqual([["Agreed on the 5th", "get_back"]]);
    expect(nz.items.map((i) => [i.contactName, i.reason.kind])).toEqual([["Born on the 11th", "birthday"]]);
  });
});
