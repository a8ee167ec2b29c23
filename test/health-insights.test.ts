import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { created, newContact, newTouch, signUp, testApp, type Client, type TestApp } from "./support/app.js";

const now = new Date("2026-03-10T09:00:00Z");

describe.each(dialects)("relationship health and insights on %s", (dialect) => {
  let t: TestApp;
  let ann: Client;
  let bob: Client;
  let friend: string;
  let newcomer: string;
  let bobsContact: string;

  beforeAll(async () => {
    t = await testApp(dialect, () => now);
    ann = await signUp(t, "Shared team", "Ann Seller");
    bob = await signUp(t);
    friend = await newContact(ann, {
      name: "Fran Friend",
      stage: "client",
      birthday: "--07-14",
      howWeMet: "Sailing club",
    });
    // Agreed a get-back for the 10th of February; they called on the 11th: kept (by the day after).
    await newTouch(ann, friend, "2026-02-01T10:00:00Z", "ask", { getBackOn: "2026-02-10" });
    await newTouch(ann, friend, "2026-02-11T10:00:00Z", "give", {
      direction: "inbound",
      notes: "She referred us to her neighbour",
    });
    // Agreed another for the 1st of March; nobody spoke until the 5th: not kept.
    await newTouch(ann, friend, "2026-02-20T10:00:00Z", "give", { getBackOn: "2026-03-01" });
    await newTouch(ann, friend, "2026-03-05T10:00:00Z", "give");
    // One ahead of us: not due yet.
    await newTouch(ann, friend, "2026-03-08T10:00:00Z", "service", { getBackOn: "2026-03-20" });
    // Outside the 90-day window: counts for nothing but history.
    await newTouch(ann, friend, "2025-11-01T10:00:00Z", "ask", { notes: "Asked for a referral" });
    // Archived touches count for nothing at all.
    const archived = await newTouch(ann, friend, "2026-03-06T10:00:00Z", "ask");
    expect((await ann.request("DELETE", `/api/v1/touches/${archived.id}`)).status).toBe(200);
    for (const [kind, text, learnedOn] of [
      ["family", "Two kids", "2026-02-11"],
      ["interest", "Sailing", "2026-02-11"],
      ["interest", "Jazz", "2026-02-20"],
      ["preference", "Preferred being called in the morning", "2026-02-20"],
    ]) {
      await created(ann, "/api/v1/facts", { contactId: friend, kind, text, learnedOn });
    }
    await created(ann, "/api/v1/contracts", {
      contactId: friend,
      title: "Support plan",
      endsOn: "2026-02-15",
      status: "renewed",
    });
    await created(ann, "/api/v1/contracts", { contactId: friend, title: "Training", endsOn: "2026-03-01" });
    newcomer = await newContact(ann, { name: "Ned New", stage: "prospect" });
    const moved = await ann.request("PATCH", `/api/v1/contacts/${newcomer}`, { stage: "customer" });
    expect(moved.status).toBe(200);
    await newContact(ann, { name: "Lou Lost", stage: "lost" });
    bobsContact = await newContact(bob, { name: "Bob's Client", stage: "client" });
  });
  afterAll(() => t.close());

  it("scores a contact's health from its parts", async () => {
    const res = await ann.request("GET", `/api/v1/contacts/${friend}/health`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const parts = Object.fromEntries(
      (res.body.parts as { key: string; score: number; weight: number; detail: string }[]).map((p) => [
        p.key,
        p,
      ]),
    );
    expect(res.body).toMatchObject({ contactId: friend, date: "2026-03-10" });
    expect(parts.recency).toMatchObject({
      score: 100,
      weight: 30,
      detail: "Last touch 2 days ago, within the 45-day rhythm",
    });
    // Outbound in the window: 1 ask, 2 gives (and a service): 2 gives per ask is the target.
    expect(parts.give_take).toMatchObject({ score: 100, detail: "2 gives and 1 ask in the last 90 days" });
    // Family, interest, preference, how we met (the field), and the birthday: 5 of 9.
    expect(parts.depth).toMatchObject({ score: 56, detail: "5 of 9 things a friend would know" });
    expect(parts.reciprocity).toMatchObject({ score: 40, detail: "They started 1 of the last 5 touches" });
    expect(parts.commitments).toMatchObject({ score: 50, detail: "1 of 2 get-backs kept on time" });
    expect(res.body.score).toBe(Math.round((100 * 30 + 100 * 20 + 56 * 20 + 40 * 15 + 50 * 15) / 100));
  });

  it("answers 404 for a contact of another workspace", async () => {
    expect((await ann.request("GET", `/api/v1/contacts/${bobsContact}/health`)).status).toBe(404);
    expect((await bob.request("GET", `/api/v1/contacts/${friend}/health`)).status).toBe(404);
    expect((await bob.request("GET", `/api/v1/contacts/${bobsContact}/health`)).status).toBe(200);
  });

  it("reports relationship KPIs per owner and for the team over the ledger window", async () => {
    const res = await ann.request("GET", "/api/v1/insights");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ from: "2025-12-11", to: "2026-03-10", timeZone: "UTC" });
    expect(res.body.owners).toHaveLength(1);
    const [owner] = res.body.owners;
    expect(owner).toMatchObject({
      ownerId: ann.userId,
      name: "Ann Seller",
      giveTake: { give: 2, ask: 1, service: 1, balance: 1, givesPerAsk: 2 },
      commitments: { kept: 1, due: 2, share: 0.5 },
      // "She referred us…" counts; "Asked for a referral" (an ask, and old) and "Preferred…" do not.
      referrals: 1,
      renewals: { renewed: 1, ended: 1, share: 0.5 },
    });
    // Fran (5 of 9) and Ned (0 of 9) are active; Lou is lost. (5 + 0) / 18 → 28.
    expect(owner.depth).toEqual({ average: 28 });
    expect(owner.cadence.of).toBe(2);
    expect(res.body.team).toMatchObject({ giveTake: owner.giveTake, referrals: 1 });
    expect(JSON.stringify(res.body)).not.toMatch(/calls/i);
  });

  it("counts stage moves per month in the window, dated by the service's clock", async () => {
    const res = await ann.request("GET", "/api/v1/insights?from=2026-03-10&to=2026-03-10");
    expect(res.status).toBe(200);
    const [month] = res.body.owners[0].stageFlow;
    expect(month).toMatchObject({ month: "2026-03", promoted: 1 });
    expect(month.into).toMatchObject({ client: 1, prospect: 1, customer: 1, lost: 1 });
  });

  it("keeps each workspace's figures to itself and refuses a backwards window", async () => {
    const theirs = await bob.request("GET", "/api/v1/insights");
    expect(theirs.body.owners.map((o: { ownerId: string }) => o.ownerId)).toEqual([bob.userId]);
    expect(theirs.body.team.giveTake).toMatchObject({ give: 0, ask: 0 });
    const backwards = await ann.request("GET", "/api/v1/insights?from=2026-03-10&to=2026-03-01");
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0].field).toBe("from");
  });
});
