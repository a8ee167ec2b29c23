// Advice a salesperson would follow: varied openers that weave every reason in, and timing that
// respects people (quiet prospects, birthdays, renewals past their date, matters after their event).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { created, newContact, newTouch, signUp, testApp, type Client, type TestApp } from "./support/app.js";

const now = new Date("2026-03-10T09:00:00Z");

interface Item {
  contactId: string;
  contactName: string;
  reason: { kind: string; dueOn: string; overdueDays: number; detail: string };
  reasons: { kind: string; detail: string }[];
  suggested: { intent: string; channel: string; opener: string; idea?: string };
}

async function dayOf(client: Client): Promise<Item[]> {
  const res = await client.request("GET", "/api/v1/agenda");
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return [...res.body.items, ...res.body.later] as Item[];
}

const words = (opener: string) => opener.replace(/^Hi [^,]+, /, "").replace(/\d{1,2} [A-Z][a-z]{2}/g, "#");

describe.each(dialects)("advice on the agenda on %s", (dialect) => {
  let t: TestApp;
  let sam: Client;
  const ids: Record<string, string> = {};
  let items: Item[];
  const item = (id: string) => items.find((i) => i.contactId === ids[id]);

  beforeAll(async () => {
    t = await testApp(dialect, () => now);
    sam = await signUp(t);
    // Four clients in the same situation: due for their cadence, nothing known about them.
    for (const name of ["Ada One", "Ben Two", "Cal Three", "Dee Four"]) {
      const id = await newContact(sam, { name, stage: "client" });
      await newTouch(sam, id, "2026-01-20T10:00:00Z", "give", { direction: "inbound" });
    }
    // A client with a renewal near and a personal matter: one conversation.
    ids.both = await newContact(sam, { name: "Maria Both", stage: "client" });
    await newTouch(sam, ids.both, "2026-03-01T10:00:00Z", "give");
    await created(sam, "/api/v1/contracts", {
      contactId: ids.both,
      title: "Route planning",
      endsOn: "2026-04-01",
    });
    await created(sam, "/api/v1/matters", {
      contactId: ids.both,
      summary: "Sofia's cello recital",
      kind: "family",
      eventOn: "2026-03-06",
      followUpOn: "2026-03-07",
    });
    // A prospect silent since the proposal twelve days ago, with no follow-up yet.
    ids.silent = await newContact(sam, { name: "Sid Silent", stage: "prospect" });
    await newTouch(sam, ids.silent, "2026-02-26T10:00:00Z", "ask", { channel: "email" });
    // A prospect who let the window pass and a follow-up go unanswered.
    ids.quiet = await newContact(sam, { name: "Quin Quiet", stage: "prospect" });
    await newTouch(sam, ids.quiet, "2026-02-24T10:00:00Z", "ask", { channel: "email" });
    await newTouch(sam, ids.quiet, "2026-03-04T10:00:00Z", "give", { channel: "email" });
    // A contract whose end date passed last week, though we talked since.
    ids.ended = await newContact(sam, { name: "Ed Ended", stage: "client" });
    await created(sam, "/api/v1/contracts", {
      contactId: ids.ended,
      title: "Ordering app",
      endsOn: "2026-03-05",
    });
    await newTouch(sam, ids.ended, "2026-03-06T10:00:00Z", "service");
    // A trip that lasts past the day we planned to ask about it.
    ids.trip = await newContact(sam, { name: "Tia Trip", stage: "client" });
    await newTouch(sam, ids.trip, "2026-03-08T10:00:00Z", "give");
    await created(sam, "/api/v1/matters", {
      contactId: ids.trip,
      summary: "Trip to Lisbon",
      kind: "travel",
      eventOn: "2026-03-10",
      followUpOn: "2026-03-09",
    });
    // A birthday today, among many older items.
    ids.birthday = await newContact(sam, { name: "Bea Birthday", stage: "customer", birthday: "--03-10" });
    items = await dayOf(sam);
  });
  afterAll(() => t.close());

  it("never opens two items with the same words, nor offers the same give twice", () => {
    const openers = items.map((i) => words(i.suggested.opener));
    expect(new Set(openers).size).toBe(openers.length);
    const ideas = items.flatMap((i) => (i.suggested.idea ? [i.suggested.idea] : []));
    expect(new Set(ideas).size).toBe(ideas.length);
  });

  it("weaves the renewal into the personal matter's opening, without quote marks", () => {
    const both = item("both")!;
    expect(both.reasons.map((r) => r.kind)).toEqual(["matter", "renewal"]);
    expect(both.suggested.opener).toMatch(
      /Sofia's cello recital.*How did it go\?.*Route planning up for renewal/,
    );
    for (const i of items) expect(i.suggested.opener, i.contactName).not.toMatch(/["“”]/);
  });

  it("keeps a prospect's silence alone to an ordinary follow-up", () => {
    expect(item("silent")!.reasons.map((r) => r.kind)).toEqual(["cadence"]);
  });

  it("asks a quiet prospect for feedback once a follow-up went unanswered, without a break-up", () => {
    const quiet = item("quiet")!;
    expect(quiet.reason).toMatchObject({ kind: "feedback_call", dueOn: "2026-03-09", overdueDays: 1 });
    expect(quiet.suggested.opener).toMatch(/no rush|no pressure|no wrong answer/i);
    expect(quiet.suggested.opener).not.toMatch(/goodbye|last time|close (your|the) file|done better|stop/i);
  });

  it("shows a renewal past its end date as overdue", () => {
    expect(item("ended")!.reason).toMatchObject({ kind: "renewal", overdueDays: 5 });
  });

  it("asks about a matter only after its event", () => {
    expect(item("trip")?.reasons.map((r) => r.kind) ?? []).not.toContain("matter");
  });

  it("ranks the birthday of the day right after the commitments", () => {
    expect(items[0]?.contactId).toBe(ids.birthday);
  });

  it("lets the workspace ask for the feedback call without a follow-up first", async () => {
    const res = await sam.request("PATCH", "/api/v1/settings", { agenda: { feedbackAfterFollowUps: 0 } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const silent = (await dayOf(sam)).find((i) => i.contactId === ids.silent)!;
    expect(silent.reason).toMatchObject({ kind: "feedback_call", dueOn: "2026-03-08" });
  });
});
