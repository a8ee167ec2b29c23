// One salesperson's week, built through the API, and the morning agenda it leads to.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { created, newContact, newTouch, signUp, testApp, type Client, type TestApp } from "./support/app.js";

const now = new Date("2026-03-10T09:00:00Z");

interface Item {
  contactName: string;
  reason: { kind: string; dueOn: string; overdueDays: number; detail: string };
  reasons: { kind: string }[];
  why: string;
  suggested: { intent: string; channel: string; opener: string; idea?: string };
}

describe.each(dialects)("a salesperson's morning on %s", (dialect) => {
  let t: TestApp;
  let sam: Client;
  let items: Item[];

  beforeAll(async () => {
    t = await testApp(dialect, () => now);
    sam = await signUp(t);

    // A prospect we sent a proposal 12 days ago, who has not answered since.
    const quiet = await newContact(sam, { name: "Quentin Quiet", stage: "prospect" });
    await newTouch(sam, quiet, "2026-02-20T10:00:00Z", "give", { direction: "inbound", channel: "email" });
    await newTouch(sam, quiet, "2026-02-26T10:00:00Z", "ask", {
      channel: "email",
      notes: "Sent the proposal",
    });
    await newTouch(sam, quiet, "2026-03-03T10:00:00Z", "give", {
      channel: "email",
      notes: "Sent an article",
    });

    // A client with whom we agreed to get back to each other today.
    const client = await newContact(sam, { name: "Clara Commit", stage: "client" });
    await newTouch(sam, client, "2026-03-03T15:00:00Z", "service", { getBackOn: "2026-03-10" });

    // A customer who heard three asks in a row from us.
    const customer = await newContact(sam, { name: "Cyrus Asked", stage: "customer" });
    await newTouch(sam, customer, "2026-03-02T10:00:00Z", "ask");
    await newTouch(sam, customer, "2026-03-04T10:00:00Z", "ask");
    await newTouch(sam, customer, "2026-03-06T10:00:00Z", "ask");

    // A client whose support plan ends in 30 days.
    const renewing = await newContact(sam, { name: "Rita Renew", stage: "client" });
    await newTouch(sam, renewing, "2026-03-05T10:00:00Z", "give");
    await created(sam, "/api/v1/contracts", {
      contactId: renewing,
      title: "Support plan",
      endsOn: "2026-04-09",
    });

    // An advocate whose birthday is today.
    await newContact(sam, { name: "Bruno Birthday", stage: "advocate", birthday: "1980-03-10" });

    // A client who told us last week about their daughter's recital, to ask about a few days after.
    const parent = await newContact(sam, { name: "Pia Parent", stage: "client" });
    await newTouch(sam, parent, "2026-03-03T10:00:00Z", "give", { notes: "Caught up over coffee" });
    await created(sam, "/api/v1/matters", {
      contactId: parent,
      summary: "Daughter's piano recital",
      kind: "family",
      eventOn: "2026-03-06",
      followUpOn: "2026-03-07",
    });

    const res = await sam.request("GET", "/api/v1/agenda");
    expect(res.status).toBe(200);
    items = res.body.items as Item[];
  });
  afterAll(() => t.close());

  const item = (name: string) => {
    const found = items.find((i) => i.contactName === name);
    expect(found, name).toBeDefined();
    return found!;
  };

  it("puts commitments first, then birthdays, personal matters, renewals, quiet prospects, rebalancing", () => {
    expect(items.map((i) => [i.contactName, i.reason.kind])).toEqual([
      ["Clara Commit", "get_back"],
      ["Bruno Birthday", "birthday"],
      ["Pia Parent", "matter"],
      ["Rita Renew", "renewal"],
      ["Quentin Quiet", "feedback_call"],
      ["Cyrus Asked", "rebalance"],
    ]);
  });

  it("keeps the agreed get-back as a promise due today, not a chase", () => {
    const promise = item("Clara Commit");
    expect(promise.reason).toMatchObject({ dueOn: "2026-03-10", overdueDays: 0 });
    expect(promise.why).toMatch(/commitment/);
  });

  it("asks about the recital a few days on", () => {
    const matter = item("Pia Parent");
    expect(matter.reason).toMatchObject({ dueOn: "2026-03-07", overdueDays: 3 });
    expect(matter.reason.detail).toContain("Daughter's piano recital");
  });

  it("opens the renewal conversation 45 days ahead, as a conversation", () => {
    const renewal = item("Rita Renew");
    expect(renewal.reason.dueOn).toBe("2026-02-23");
    expect(renewal.why).toMatch(/ends in 30 days/);
    expect(renewal.suggested.intent).toBe("give");
    expect(renewal.suggested.opener.toLowerCase()).not.toMatch(/cancel|close your account/);
  });

  it("asks the quiet prospect for honest feedback, by phone", () => {
    const quiet = item("Quentin Quiet");
    expect(quiet.reason).toMatchObject({ dueOn: "2026-03-08", overdueDays: 2 });
    expect(quiet.suggested.channel).toBe("call");
  });

  it("suggests giving something back to the customer who only heard asks", () => {
    const asked = item("Cyrus Asked");
    expect(asked.reason.detail).toMatch(/3 of your last 3 touches were asks/);
    expect(asked.suggested.intent).toBe("give");
    expect(asked.suggested.idea).toBeTruthy();
  });

  it("wishes a happy birthday on the day", () => {
    expect(item("Bruno Birthday").reason).toMatchObject({ kind: "birthday", dueOn: "2026-03-10" });
  });
});
