// The give/take ledger over rolling windows, per contact and per salesperson, over HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { newContact, newTouch, signUp, testApp, type Client, type TestApp } from "./support/app.js";

const now = new Date("2026-03-10T09:00:00Z");

describe.each(dialects)("the give/take ledger on %s", (dialect) => {
  let t: TestApp;
  let ann: Client;
  let bob: Client;
  let outsider: Client;
  let client: string;

  beforeAll(async () => {
    t = await testApp(dialect, () => now);
    ann = await signUp(t, "Ledger team", "Ann");
    bob = await signUp(t, "Ledger team", "Bob");
    outsider = await signUp(t);
    client = await newContact(ann, { name: "Gina Given", stage: "client" });
    await newTouch(ann, client, "2026-03-09T10:00:00Z", "give"); // 2 days, in every window
    await newTouch(ann, client, "2026-02-20T10:00:00Z", "ask"); // 19 days
    await newTouch(ann, client, "2026-01-15T10:00:00Z", "ask"); // 55 days
    await newTouch(ann, client, "2025-06-01T10:00:00Z", "service"); // 282 days
    await newTouch(ann, client, "2024-12-01T10:00:00Z", "give"); // past a year
    await newTouch(ann, client, "2026-03-08T10:00:00Z", "ask", { direction: "inbound" }); // theirs: not counted
    await newTouch(bob, client, "2026-03-01T10:00:00Z", "give"); // Bob's touch with Ann's client
    const archived = await newTouch(ann, client, "2026-03-02T10:00:00Z", "ask");
    await ann.request("DELETE", `/api/v1/touches/${archived.id}`);
  });
  afterAll(() => t.close());

  it("counts a contact's outbound touches by intent in a month, the workspace window and a year", async () => {
    const res = await ann.request("GET", `/api/v1/contacts/${client}/ledger`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ contactId: client, date: "2026-03-10", timeZone: "UTC" });
    expect(res.body.windows).toEqual([
      { days: 30, from: "2026-02-09", give: 2, ask: 1, service: 0, balance: 1, givesPerAsk: 2 },
      { days: 90, from: "2025-12-11", give: 2, ask: 2, service: 0, balance: 0, givesPerAsk: 1 },
      { days: 365, from: "2025-03-11", give: 2, ask: 2, service: 1, balance: 0, givesPerAsk: 1 },
    ]);
  });

  it("takes the windows asked for, deduplicated and in order, and names a bad list", async () => {
    const res = await ann.request("GET", `/api/v1/contacts/${client}/ledger?days=7,1,7`);
    expect(res.status).toBe(200);
    expect(res.body.windows.map((w: { days: number; give: number }) => [w.days, w.give])).toEqual([
      [1, 0],
      [7, 1],
    ]);
    for (const days of ["0", "30,abc", "9999", "1,2,3,4,5,6,7"]) {
      const bad = await ann.request("GET", `/api/v1/contacts/${client}/ledger?days=${days}`);
      expect(bad.status, days).toBe(400);
      expect(bad.body.errors[0].field).toBe("querystring.days");
    }
  });

  it("counts one salesperson's own touches, and a teammate's on request", async () => {
    const mine = await ann.request("GET", "/api/v1/ledger?days=30");
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ ownerId: ann.userId, windows: [{ days: 30, give: 1, ask: 1 }] });
    const bobs = await ann.request("GET", `/api/v1/ledger?days=30&ownerId=${bob.userId}`);
    expect(bobs.body.windows[0]).toMatchObject({ give: 1, ask: 0, balance: 1, givesPerAsk: null });
  });

  it("keeps other workspaces out", async () => {
    expect((await outsider.request("GET", `/api/v1/contacts/${client}/ledger`)).status).toBe(404);
    const foreign = await outsider.request("GET", `/api/v1/ledger?ownerId=${ann.userId}`);
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors[0].field).toBe("ownerId");
  });
});
