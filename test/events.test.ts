// The outbox: every change others may react to is recorded with the change, as the API shows the
// resource, and a change that rolls back records nothing.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { created, newContact, newTouch, signUp, type Client, type TestApp, testApp } from "./support/app.js";

const now = new Date("2026-03-10T12:00:00Z");

interface Event {
  type: string;
  subjectId: string;
  payload: unknown;
}

describe.each(dialects)("the events outbox on %s", (dialect) => {
  let t: TestApp;
  let ann: Client;

  beforeAll(async () => {
    t = await testApp(dialect, () => now);
    ann = await signUp(t);
  });
  afterAll(() => t.close());

  /** The workspace's events, oldest first. */
  async function eventsOf(client: Client): Promise<Event[]> {
    const rows = await t.deps.store.db
      .selectFrom("events")
      .select(["type", "subjectId", "payload", "id"])
      .where("workspaceId", "=", client.workspaceId)
      .orderBy("seq")
      .execute();
    return rows.map((r) => ({
      type: r.type,
      subjectId: r.subjectId,
      payload: JSON.parse(r.payload) as unknown,
    }));
  }

  /** Runs `change`, then answers the events it recorded. */
  async function emittedBy(client: Client, change: () => Promise<unknown>): Promise<Event[]> {
    const before = (await eventsOf(client)).length;
    await change();
    return (await eventsOf(client)).slice(before);
  }

  const read = async (client: Client, path: string) => (await client.request("GET", path)).body as unknown;

  it("records a new contact, and a stage change as an update and a stage move", async () => {
    let id = "";
    const added = await emittedBy(ann, async () => {
      id = await newContact(ann, { name: "Maria Lopez" });
    });
    expect(added).toEqual([
      { type: "contact.created", subjectId: id, payload: await read(ann, `/api/v1/contacts/${id}`) },
    ]);
    const moved = await emittedBy(ann, () =>
      ann.request("PATCH", `/api/v1/contacts/${id}`, { stage: "customer" }),
    );
    const shown = await read(ann, `/api/v1/contacts/${id}`);
    expect(moved).toEqual([
      { type: "contact.updated", subjectId: id, payload: shown },
      { type: "contact.stage_changed", subjectId: id, payload: shown },
    ]);
    const renamed = await emittedBy(ann, () =>
      ann.request("PATCH", `/api/v1/contacts/${id}`, { title: "CFO" }),
    );
    expect(renamed.map((e) => e.type)).toEqual(["contact.updated"]);
    const archived = await emittedBy(ann, () => ann.request("DELETE", `/api/v1/contacts/${id}`));
    expect(archived).toEqual([
      { type: "contact.updated", subjectId: id, payload: await read(ann, `/api/v1/contacts/${id}`) },
    ]);
  });

  it("records touches logged, edited and archived, and matters saved", async () => {
    const contactId = await newContact(ann, { name: "Priya Shah" });
    let touchId = "";
    const logged = await emittedBy(ann, async () => {
      touchId = (await newTouch(ann, contactId, "2026-03-09T10:00:00Z", "give")).id as string;
    });
    expect(logged).toEqual([
      { type: "touch.created", subjectId: touchId, payload: await read(ann, `/api/v1/touches/${touchId}`) },
    ]);
    const edited = await emittedBy(ann, () =>
      ann.request("PATCH", `/api/v1/touches/${touchId}`, { notes: "Sent the article" }),
    );
    expect(edited).toEqual([
      { type: "touch.updated", subjectId: touchId, payload: await read(ann, `/api/v1/touches/${touchId}`) },
    ]);
    const gone = await emittedBy(ann, () => ann.request("DELETE", `/api/v1/touches/${touchId}`));
    expect(gone.map((e) => e.type)).toEqual(["touch.updated"]);
    let matterId = "";
    const saved = await emittedBy(ann, async () => {
      matterId = (await created(ann, "/api/v1/matters", { contactId, summary: "Knee surgery" })).id as string;
    });
    expect(saved).toEqual([
      {
        type: "matter.created",
        subjectId: matterId,
        payload: await read(ann, `/api/v1/matters/${matterId}`),
      },
    ]);
  });

  it("records a deal's stage move with the deal as the API shows it, and not its other edits", async () => {
    const contactId = await newContact(ann, { name: "Tom Berg" });
    const deal = await created(ann, "/api/v1/deals", { contactId, title: "Audit" });
    const url = `/api/v1/deals/${deal.id as string}`;
    const retitled = await emittedBy(ann, () => ann.request("PATCH", url, { title: "Cold-chain audit" }));
    expect(retitled).toEqual([]);
    const moved = await emittedBy(ann, () =>
      ann.request("PATCH", url, { stage: "needs_understood", needs: "Fewer spoiled deliveries" }),
    );
    expect(moved).toEqual([
      { type: "deal.stage_changed", subjectId: deal.id, payload: await read(ann, url) },
    ]);
  });

  it("records nothing when the change rolls back: a touch whose matter cannot be saved", async () => {
    const bo = await signUp(t);
    const contactId = await newContact(bo, { name: "Lena Fischer" });
    expect((await bo.request("PATCH", "/api/v1/settings", { autoConfirmMatters: true })).status).toBe(200);
    const before = await eventsOf(bo);
    // The matter the notes suggest is written after the touch and its event, in the same transaction.
    await sql`alter table matters rename to matters_away`.execute(t.deps.store.db);
    try {
      const res = await bo.request("POST", "/api/v1/touches", {
        contactId,
        occurredAt: "2026-03-09T10:00:00Z",
        intent: "give",
        channel: "call",
        direction: "outbound",
        notes: "Her daughter's recital is next Friday",
      });
      expect(res.status).toBe(500);
    } finally {
      await sql`alter table matters_away rename to matters`.execute(t.deps.store.db);
    }
    expect(await eventsOf(bo)).toEqual(before);
    expect((await bo.request("GET", `/api/v1/touches?contactId=${contactId}`)).body.items).toEqual([]);
  });

  it("keeps each workspace's events to itself", async () => {
    const cy = await signUp(t);
    await newContact(cy, { name: "Only Cy's" });
    const names = (await eventsOf(ann)).map((e) => (e.payload as { name?: string }).name);
    expect(names).not.toContain("Only Cy's");
    expect((await eventsOf(cy)).map((e) => e.type)).toEqual(["contact.created"]);
  });
});
