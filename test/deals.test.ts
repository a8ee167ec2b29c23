import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { newContact, pageThrough, signUp, testApp, type Client, type TestApp } from "./support/app.js";
import { expectInvalid } from "./support/expect.js";

// "Today" is fixed so that agreed decision dates are judged the same on every run.
const now = new Date("2026-03-10T12:00:00Z");

interface Item {
  id: string;
  title: string;
  concerns: { id: string; text: string }[];
}

const fields = (res: { body: { errors: { field: string }[] } }) => res.body.errors.map((e) => e.field);
const codes = (res: { body: { warnings: { code: string }[] } }) => res.body.warnings.map((w) => w.code);

describe.each(dialects)("deals over HTTP on %s", (dialect) => {
  let t: TestApp;
  let ann: Client;
  let contactId: string;

  beforeAll(async () => {
    t = await testApp(dialect, () => now);
    ann = await signUp(t);
    contactId = await newContact(ann, { name: "Maria Lopez" });
  });
  afterAll(() => t.close());

  const create = (client: Client, body: Record<string, unknown>) =>
    client.request("POST", "/api/v1/deals", { contactId, ...body });
  const patch = (id: string, body: Record<string, unknown>, headers?: Record<string, string>) =>
    ann.request("PATCH", `/api/v1/deals/${id}`, body, headers);

  it("creates a deal exploring, with no concerns or warnings, and reads it back with an ETag", async () => {
    const created = await create(ann, { title: "Cold-chain audit" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      contactId,
      title: "Cold-chain audit",
      stage: "exploring",
      needs: null,
      decisionOn: null,
      outcomeFeedback: null,
      stageOverrideReason: null,
      ownerId: ann.userId,
      concerns: [],
      warnings: [],
      version: 1,
    });
    const read = await ann.request("GET", `/api/v1/deals/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.body).not.toHaveProperty("warnings");
  });

  it("updates with If-Match and refuses a stale one with 412", async () => {
    const { body: d } = await create(ann, { title: "Etag deal" });
    const first = await patch(d.id, { title: "Renamed" }, { "if-match": '"1"' });
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    const stale = await patch(d.id, { title: "Again" }, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
  });

  it("refuses sharing a solution before their needs are recorded, naming needs", async () => {
    const { body: d } = await create(ann, { title: "Needs first" });
    const refused = await patch(d.id, { stage: "solution_shared" });
    expect(refused.status).toBe(400);
    expect(fields(refused)).toEqual(["needs"]);
    const onCreate = await create(ann, { title: "Straight to solution", stage: "solution_shared" });
    expect(onCreate.status).toBe(400);
    expect(fields(onCreate)).toEqual(["needs"]);
    const withNeeds = await patch(d.id, { stage: "solution_shared", needs: "Fewer spoiled deliveries" });
    expect(withNeeds.status).toBe(200);
    expect(withNeeds.body).toMatchObject({ stage: "solution_shared", needs: "Fewer spoiled deliveries" });
    expect(withNeeds.body.warnings).toEqual([]);
    const cleared = await patch(d.id, { needs: null });
    expect(fields(cleared)).toEqual(["needs"]);
  });

  it("lets a move through with an override reason, recording it and warning", async () => {
    const { body: d } = await create(ann, { title: "Override" });
    const moved = await patch(d.id, {
      stage: "solution_shared",
      overrideReason: "They asked for the deck first",
    });
    expect(moved.status).toBe(200);
    expect(moved.body.stageOverrideReason).toBe("They asked for the deck first");
    expect(codes(moved)).toEqual(["needs_overridden"]);
    const back = await patch(d.id, { stage: "needs_understood", needs: "Proof of savings" });
    expect(back.body.stageOverrideReason).toBeNull();
  });

  it("moves to deciding only with an agreed date that is not past", async () => {
    const { body: d } = await create(ann, {
      title: "Deciding",
      needs: "A second site",
      stage: "needs_understood",
    });
    const noDate = await patch(d.id, { stage: "deciding" });
    expect(noDate.status).toBe(400);
    expect(fields(noDate)).toEqual(["decisionOn"]);
    const past = await patch(d.id, { stage: "deciding", decisionOn: "2026-03-01" });
    expect(fields(past)).toEqual(["decisionOn"]);
    const agreed = await patch(d.id, { stage: "deciding", decisionOn: "2026-03-20" });
    expect(agreed.status).toBe(200);
    expect(agreed.body).toMatchObject({ stage: "deciding", decisionOn: "2026-03-20", warnings: [] });
    const resent = await patch(d.id, { stage: "deciding", decisionOn: "2026-03-20", title: "Deciding soon" });
    expect(resent.status).toBe(200);
  });

  it("records what they said when the answer is no, and warns when nothing was written down", async () => {
    const { body: d } = await create(ann, { title: "A no" });
    const silent = await patch(d.id, { stage: "lost" });
    expect(silent.status).toBe(200);
    expect(codes(silent)).toEqual(["feedback_missing"]);
    const { body: e } = await create(ann, { title: "A heard no" });
    const heard = await patch(e.id, { stage: "lost", outcomeFeedback: "Budget went to the new warehouse" });
    expect(heard.body).toMatchObject({ stage: "lost", outcomeFeedback: "Budget went to the new warehouse" });
    expect(heard.body.warnings).toEqual([]);
    const closed = await patch(e.id, { stage: "deciding", decisionOn: "2026-04-01" });
    expect(fields(closed)).toEqual(["stage"]);
  });

  it("tracks concerns from open to answered with a response, and shows them on the deal", async () => {
    const { body: d } = await create(ann, { title: "Concerns" });
    const raised = await ann.request("POST", `/api/v1/deals/${d.id}/concerns`, {
      text: "Worried about setup time",
    });
    expect(raised.status).toBe(201);
    expect(raised.body).toMatchObject({
      dealId: d.id,
      text: "Worried about setup time",
      status: "open",
      response: null,
    });
    const url = `/api/v1/deals/${d.id}/concerns/${raised.body.id}`;
    const unanswered = await ann.request("PATCH", url, { status: "answered" });
    expect(unanswered.status).toBe(400);
    expect(fields(unanswered)).toEqual(["response"]);
    const answered = await ann.request("PATCH", url, {
      status: "answered",
      response: "Setup takes one afternoon",
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: "answered", response: "Setup takes one afternoon" });
    const empty = await ann.request("POST", `/api/v1/deals/${d.id}/concerns`, { text: " " });
    expect(fields(empty)).toEqual(["text"]);

    const read = await ann.request("GET", `/api/v1/deals/${d.id}`);
    expect(read.body.concerns).toEqual([answered.body]);
    expect(read.headers.etag).toBe('"3"');
    const missing = await ann.request("PATCH", `/api/v1/deals/${d.id}/concerns/nope`, {
      status: "acknowledged",
    });
    expect(missing.status).toBe(404);
  });

  it("filters by contact, owner, stage and title, pages with cursors, and loads each deal's concerns", async () => {
    const bea = await signUp(t);
    const c1 = await newContact(bea, { name: "One" });
    const c2 = await newContact(bea, { name: "Two" });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { body } = await create(bea, {
        contactId: i % 2 ? c2 : c1,
        title: `Deal ${i}${i === 2 ? " renewal" : ""}`,
        ...(i === 4 ? { stage: "needs_understood", needs: "Faster quotes" } : {}),
      });
      ids.push(body.id);
      await bea.request("POST", `/api/v1/deals/${body.id}/concerns`, { text: `concern of ${i}` });
    }
    const titles = (res: { body: { items: Item[] } }) => res.body.items.map((d) => d.title);
    const list = (query: string) => bea.request("GET", `/api/v1/deals?${query}`);
    expect(titles(await list(`contactId=${c2}&sort=title`))).toEqual(["Deal 1", "Deal 3"]);
    expect(titles(await list("stage=needs_understood"))).toEqual(["Deal 4"]);
    expect(titles(await list("q=RENEW"))).toEqual(["Deal 2 renewal"]);
    expect(titles(await list(`ownerId=${bea.userId}&sort=-title&limit=2`))).toEqual(["Deal 4", "Deal 3"]);

    const seen = await pageThrough<Item>(bea, "/api/v1/deals?limit=2&sort=title");
    expect(seen.map((d) => d.id)).toEqual(ids);
    expect(seen.map((d) => d.concerns.map((c) => c.text))).toEqual(ids.map((_, i) => [`concern of ${i}`]));
    const byContact = await bea.request("GET", `/api/v1/contacts/${c1}/deals?sort=title`);
    expect(titles(byContact)).toEqual(["Deal 0", "Deal 2 renewal", "Deal 4"]);
    expect((await ann.request("GET", `/api/v1/contacts/${c1}/deals`)).status).toBe(404);
    expect((await list("sort=value")).status).toBe(400);
  });

  it("archives and restores instead of deleting", async () => {
    const { body: d } = await create(ann, { title: "Archivable" });
    const archived = await ann.request("DELETE", `/api/v1/deals/${d.id}`);
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ concerns: [] });
    expect(archived.body.archivedAt).not.toBeNull();
    expect(titlesOf(await ann.request("GET", "/api/v1/deals?q=archivable"))).toEqual([]);
    expect(titlesOf(await ann.request("GET", "/api/v1/deals?q=archivable&archived=only"))).toEqual([
      "Archivable",
    ]);
    const restored = await ann.request("POST", `/api/v1/deals/${d.id}/restore`);
    expect(restored.body.archivedAt).toBeNull();
  });

  it.each([
    ["a missing title", {}, "title"],
    ["an unknown stage", { title: "X", stage: "hot" }, "stage"],
    ["an impossible decision date", { title: "X", decisionOn: "2026-13-01" }, "decisionOn"],
    ["an unknown field", { title: "X", probability: 0.7 }, "probability"],
    ["a contact of nobody's", { title: "X", contactId: "nope" }, "contactId"],
    ["an owner outside the workspace", { title: "X", ownerId: "nope" }, "ownerId"],
  ])("answers 400 naming the field for %s", async (_label, body, field) => {
    const res = await create(ann, body);
    expectInvalid(res, field);
  });

  it("keeps workspaces apart: another team's deal and concerns are not found, and never listed", async () => {
    const { body: d } = await create(ann, { title: "Private deal" });
    const { body: c } = await ann.request("POST", `/api/v1/deals/${d.id}/concerns`, {
      text: "Private concern",
    });
    const eve = await signUp(t);
    const { body: eveDeal } = await eve.request("POST", "/api/v1/deals", {
      contactId: await newContact(eve, { name: "Eve's" }),
      title: "Eve's deal",
    });
    const url = `/api/v1/deals/${d.id}`;
    const attempts = [
      await eve.request("GET", url),
      await eve.request("PATCH", url, { title: "Mine now" }),
      await eve.request("DELETE", url),
      await eve.request("POST", `${url}/restore`),
      await eve.request("POST", `${url}/concerns`, { text: "Injected" }),
      await eve.request("PATCH", `${url}/concerns/${c.id}`, { status: "acknowledged" }),
      await eve.request("PATCH", `/api/v1/deals/${eveDeal.id}/concerns/${c.id}`, { status: "acknowledged" }),
    ];
    expect(attempts.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404, 404]);
    const listed = await eve.request("GET", "/api/v1/deals?archived=include");
    expect(titlesOf(listed)).toEqual(["Eve's deal"]);
    const read = await ann.request("GET", url);
    expect(read.body).toMatchObject({ title: "Private deal", version: 2 });
    expect(read.body.concerns).toMatchObject([{ text: "Private concern", status: "open" }]);
  });
});

function titlesOf(res: { body: { items: Item[] } }) {
  return res.body.items.map((d) => d.title);
}
