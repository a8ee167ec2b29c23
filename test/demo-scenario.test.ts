// The demo book's morning, read as a new user would: advice worth following.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInAs } from "../src/services/accounts.js";
import { loadDemo } from "../src/services/demo/load.js";
import { dialects } from "./support/db.js";
import { pageThrough, signUp, testApp, type Client, type TestApp } from "./support/app.js";

const now = new Date("2026-03-10T09:00:00Z");

interface Item {
  contactId: string;
  contactName: string;
  reasons: { kind: string; refId?: string }[];
  suggested: { opener: string; idea?: string };
}
interface Brief {
  contracts: { contractId: string; title: string }[];
  likelyAnswers: { theyMaySay: string; source: string }[];
}

/** An opener's own words: without the greeting and the dates, which differ anyway. */
const words = (opener: string) =>
  opener.replace(/^Hi [^,]+, /, "").replace(/\d{1,2} [A-Z][a-z]{2}( \d{4})?/g, "#");

describe.each(dialects)("the demo book's morning on %s", (dialect) => {
  let t: TestApp;
  let user: Client;
  let day: Item[];
  const briefs = new Map<string, Brief>();
  const organizationOf = new Map<string, string | null>();
  /** Each concern's text, with the organizations whose deals raised it. */
  const raisedBy = new Map<string, Set<string | null>>();

  beforeAll(async () => {
    t = await testApp(dialect, () => now);
    user = await signUp(t);
    const { actor } = await signedInAs(t.deps, user.userId, user.workspaceId);
    await loadDemo(t.deps, actor);
    const agenda = (await user.request("GET", "/api/v1/agenda")).body;
    day = [...agenda.items, ...agenda.later];
    const contacts = await pageThrough<{ id: string; organizationId: string | null }>(
      user,
      "/api/v1/contacts?limit=200",
    );
    for (const c of contacts) organizationOf.set(c.id, c.organizationId);
    const deals = await pageThrough<{ contactId: string; concerns: { text: string }[] }>(
      user,
      "/api/v1/deals?limit=200",
    );
    for (const deal of deals) {
      for (const concern of deal.concerns) {
        const orgs = raisedBy.get(concern.text) ?? new Set();
        raisedBy.set(concern.text, orgs.add(organizationOf.get(deal.contactId) ?? null));
      }
    }
    for (const item of day) {
      const res = await user.request("GET", `/api/v1/contacts/${item.contactId}/brief`);
      expect(res.status).toBe(200);
      briefs.set(item.contactId, res.body as Brief);
    }
  });
  afterAll(() => t.close());

  it("never repeats an opener or a give idea on the day", () => {
    const openers = day.map((i) => words(i.suggested.opener));
    expect(openers.length).toBeGreaterThan(10);
    expect(new Set(openers).size).toBe(openers.length);
    const ideas = day.flatMap((i) => (i.suggested.idea ? [i.suggested.idea] : []));
    expect(new Set(ideas).size).toBe(ideas.length);
  });

  it("shows the contract in the brief of every contact with a renewal reason", () => {
    const renewing = day.filter((i) => i.reasons.some((r) => r.kind === "renewal"));
    expect(renewing.length).toBeGreaterThan(0);
    for (const item of renewing) {
      const contracts = briefs.get(item.contactId)!.contracts.map((k) => k.contractId);
      for (const r of item.reasons.filter((r) => r.kind === "renewal")) {
        expect(contracts, item.contactName).toContain(r.refId);
      }
    }
  });

  it("takes no likely answer from another organization's deal", () => {
    for (const item of day) {
      const own = organizationOf.get(item.contactId) ?? null;
      for (const answer of briefs.get(item.contactId)!.likelyAnswers) {
        if (answer.source !== "past") continue;
        expect([...(raisedBy.get(answer.theyMaySay) ?? [])], item.contactName).toContain(own);
      }
    }
  });

  it("puts the birthday of the day in the first five items", () => {
    const at = day.findIndex((i) => i.reasons.some((r) => r.kind === "birthday"));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(5);
  });

  it("shows a quiet prospect's feedback call only after an unanswered follow-up", () => {
    const quiet = day.filter((i) => i.reasons.some((r) => r.kind === "feedback_call"));
    expect(quiet.map((i) => i.contactName)).toEqual(["Benjamin Harris"]);
  });
});
