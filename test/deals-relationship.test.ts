// Deals connect to the relationship: an amount and currency, a win that makes a prospect a customer
// (so the agenda turns to gives), needs written down to mark them understood, totals in insights.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { created, newContact, newTouch, signUp, testApp, type Client, type TestApp } from "./support/app.js";

const now = new Date("2026-03-10T09:00:00Z");

describe.each(dialects)("deals and the relationship on %s", (dialect) => {
  let t: TestApp;
  let ann: Client;

  beforeAll(async () => {
    t = await testApp(dialect, () => now);
    ann = await signUp(t);
  });
  afterAll(() => t.close());

  it("carries an amount and a currency, and asks for the currency with an amount", async () => {
    const contactId = await newContact(ann, { name: "Amy Amount" });
    const deal = await created(ann, "/api/v1/deals", {
      contactId,
      title: "Fleet",
      amount: 12500.5,
      currency: "eur",
    });
    expect(deal).toMatchObject({ amount: 12500.5, currency: "EUR" });
    const read = await ann.request("GET", `/api/v1/deals/${deal.id}`);
    expect(read.body).toMatchObject({ amount: 12500.5, currency: "EUR" });
    const bare = await ann.request("POST", "/api/v1/deals", { contactId, title: "Bare", amount: 10 });
    expect(bare.status).toBe(400);
    expect(bare.body.errors).toEqual([{ field: "currency", message: "required with an amount, e.g. EUR" }]);
    const odd = await ann.request("POST", "/api/v1/deals", {
      contactId,
      title: "Odd",
      amount: 1,
      currency: "E",
    });
    expect(odd.body.errors[0]).toMatchObject({ field: "currency" });
  });

  it("makes a prospect a customer when their deal is won, recorded as a stage move", async () => {
    const contactId = await newContact(ann, { name: "Will Win", stage: "prospect" });
    await newTouch(ann, contactId, "2026-02-01T10:00:00Z", "ask");
    const deal = await created(ann, "/api/v1/deals", {
      contactId,
      title: "Booking system",
      stage: "needs_understood",
      needs: "Bookings without phone tag",
    });
    const won = await ann.request("PATCH", `/api/v1/deals/${deal.id}`, { stage: "won" });
    expect(won.status).toBe(200);
    const contact = await ann.request("GET", `/api/v1/contacts/${contactId}`);
    expect(contact.body.stage).toBe("customer");
    const insights = await ann.request("GET", "/api/v1/insights?from=2026-03-01&to=2026-03-10");
    const flow = insights.body.team.stageFlow as { into: Record<string, number> }[];
    expect(flow.reduce((n, m) => n + (m.into.customer ?? 0), 0)).toBeGreaterThanOrEqual(1);
    const agenda = await ann.request("GET", "/api/v1/agenda");
    const item = agenda.body.items.find((i: { contactId: string }) => i.contactId === contactId);
    expect(item?.suggested.intent).toBe("give");
  });

  it("asks for the needs in writing before marking them understood", async () => {
    const contactId = await newContact(ann, { name: "Nell Needs" });
    const deal = await created(ann, "/api/v1/deals", { contactId, title: "Audit" });
    const refused = await ann.request("PATCH", `/api/v1/deals/${deal.id}`, { stage: "needs_understood" });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toMatchObject({ field: "needs" });
    const moved = await ann.request("PATCH", `/api/v1/deals/${deal.id}`, {
      stage: "needs_understood",
      needs: "Pass the audit in May",
    });
    expect(moved.status).toBe(200);
  });

  it("totals the pipeline per stage and currency in insights", async () => {
    const bea = await signUp(t);
    const contactId = await newContact(bea, { name: "Tot Al" });
    for (const [amount, currency] of [
      [1000, "EUR"],
      [500, "EUR"],
      [300, "USD"],
    ] as const) {
      await created(bea, "/api/v1/deals", { contactId, title: `Deal ${amount}`, amount, currency });
    }
    await created(bea, "/api/v1/deals", { contactId, title: "No figure yet" });
    const res = await bea.request("GET", "/api/v1/insights");
    expect(res.status).toBe(200);
    const exploring = res.body.team.pipeline.find((p: { stage: string }) => p.stage === "exploring");
    expect(exploring).toEqual({
      stage: "exploring",
      deals: 4,
      totals: [
        { currency: "EUR", amount: 1500 },
        { currency: "USD", amount: 300 },
      ],
    });
    expect(res.body.owners[0].pipeline).toEqual(res.body.team.pipeline);
    expect(res.body.team.pipeline.map((p: { stage: string }) => p.stage)).toEqual([
      "exploring",
      "needs_understood",
      "solution_shared",
      "deciding",
      "won",
      "lost",
      "no_fit",
    ]);
  });
});
