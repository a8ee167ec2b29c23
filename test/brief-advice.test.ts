// The brief knows what put the contact on the agenda: contracts up for renewal, open concerns, the
// day's reasons; likely answers from their own history and organization only; questions in the
// right tense and counts pluralised.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { created, newContact, newTouch, signUp, testApp, type Client, type TestApp } from "./support/app.js";

const now = new Date("2026-03-10T09:00:00Z");

async function answeredConcern(client: Client, contactId: string, text: string, response: string) {
  const deal = await created(client, "/api/v1/deals", { contactId, title: `Deal about ${text}` });
  const concern = await created(client, `/api/v1/deals/${deal.id}/concerns`, { text });
  const res = await client.request("PATCH", `/api/v1/deals/${deal.id}/concerns/${concern.id}`, {
    status: "answered",
    response,
  });
  expect(res.status).toBe(200);
}

describe.each(dialects)("the brief's advice on %s", (dialect) => {
  let t: TestApp;
  let ann: Client;
  let rita: string;
  let brief: Record<string, unknown> & { likelyAnswers: { theyMaySay: string; source: string }[] };

  beforeAll(async () => {
    t = await testApp(dialect, () => now);
    ann = await signUp(t);
    const org = await created(ann, "/api/v1/organizations", { name: "Renew Ltd" });
    rita = await newContact(ann, { name: "Rita Renew", stage: "client", organizationId: org.id });
    await newTouch(ann, rita, "2026-03-02T10:00:00Z", "give");
    await newTouch(ann, rita, "2026-03-03T10:00:00Z", "ask");
    await newTouch(ann, rita, "2026-03-04T10:00:00Z", "ask");
    await created(ann, "/api/v1/contracts", { contactId: rita, title: "Support plan", endsOn: "2026-04-01" });
    await created(ann, "/api/v1/contracts", { contactId: rita, title: "Training", endsOn: "2027-01-01" });
    await created(ann, "/api/v1/matters", {
      contactId: rita,
      summary: "Daughter's recital",
      kind: "family",
      eventOn: "2026-03-06",
      followUpOn: "2026-03-07",
    });
    const open = await created(ann, "/api/v1/deals", { contactId: rita, title: "Second site" });
    await created(ann, `/api/v1/deals/${open.id}/concerns`, { text: "Installation dates" });
    await answeredConcern(ann, rita, "Too many logins", "Single sign-on is included.");
    const colleague = await newContact(ann, { name: "Col League", organizationId: org.id });
    await answeredConcern(ann, colleague, "Who trains our staff?", "We do, on site.");
    const stranger = await newContact(ann, { name: "Stan Stranger" });
    await answeredConcern(ann, stranger, "Your price is too high", "We can spread the cost.");
    brief = (await ann.request("GET", `/api/v1/contacts/${rita}/brief`)).body;
  });
  afterAll(() => t.close());

  it("shows the active contracts with their end dates and where their renewal stands", () => {
    expect(brief.contracts).toMatchObject([
      { title: "Support plan", endsOn: "2026-04-01", renewal: "due" },
      { title: "Training", endsOn: "2027-01-01", renewal: "later" },
    ]);
  });

  it("gives the agenda's reasons of the day and the open concerns of their deals", () => {
    const reasons = brief.agendaReasons as { kind: string }[];
    expect(reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(["matter", "renewal"]));
    expect(brief.openConcerns).toEqual([{ dealTitle: "Second site", text: "Installation dates" }]);
  });

  it("takes likely answers from their own deals, then their organization's, never a stranger's", () => {
    const past = brief.likelyAnswers.filter((a) => a.source === "past").map((a) => a.theyMaySay);
    expect(past).toEqual(["Too many logins", "Who trains our staff?"]);
  });

  it("asks about a past recital in the past tense", () => {
    const matters = brief.openMatters as { askAbout: string }[];
    expect(matters[0]?.askAbout).toBe("You mentioned Daughter's recital. How did it go?");
  });

  it("pluralises the counts and prints the contracts and the reasons in the sheet", async () => {
    const res = await t.app.inject({
      method: "GET",
      url: `/api/v1/contacts/${rita}/brief?format=text`,
      headers: { authorization: `Bearer ${ann.token}` },
    });
    expect(res.body).toContain("- Give/ask: 1 give, 2 asks, 0 services");
    expect(res.body).toMatch(/## Contracts\n\n- Support plan: ends 2026-04-01 \(renewal conversation due\)/);
    expect(res.body).toMatch(/## Why today\n\n- /);
  });
});
