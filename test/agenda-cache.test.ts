// The agenda a server keeps between requests follows every kind of write: after each one, the agenda
// over HTTP equals the agenda computed from a freshly loaded book.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSnapshot, writeSnapshot } from "../src/store/backup.js";
import { freshAgenda, wholeAgenda, type Item } from "./support/agenda.js";
import { dialects } from "./support/db.js";
import { postFile } from "./support/uploads.js";
import { created, newContact, newTouch, signUp, testApp, type Client, type TestApp } from "./support/app.js";

const now = new Date("2026-03-10T09:00:00Z");
const today = "2026-03-10";

/** Whether a contact's item, on the agenda or later, carries a reason of this kind. */
const hasReason = (agenda: { items: Item[]; later: Item[] }, contactId: string, kind: string) =>
  [...agenda.items, ...agenda.later].some(
    (i) => i.contactId === contactId && i.reasons.some((r) => r.kind === kind),
  );

describe.each(dialects)("the kept agenda on %s", (dialect) => {
  let t: TestApp;
  let ann: Client;
  let bob: Client;
  const ids: string[] = [];

  async function expectInStep(client: Client = ann) {
    const { timeZone: _, ...served } = await wholeAgenda(client, "", 5);
    expect(served).toEqual(JSON.parse(JSON.stringify(await freshAgenda(t, client, today))));
    return served;
  }

  async function ok(client: Client, method: "PATCH" | "DELETE" | "POST", url: string, body?: object) {
    const res = await client.request(method, url, body);
    expect(res.status, `${method} ${url}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
    return res.body as { id: string };
  }

  beforeAll(async () => {
    t = await testApp(dialect, () => now);
    ann = await signUp(t, "Shared book", "Ann");
    bob = await signUp(t, "Shared book", "Bob");
    const stages = ["prospect", "customer", "client", "advocate"];
    for (let i = 0; i < 12; i++) {
      const id = await newContact(ann, { name: `Contact ${i}`, stage: stages[i % 4] });
      ids.push(id);
      if (i % 3 !== 0) await newTouch(ann, id, `2026-0${1 + (i % 2)}-1${i % 9}T10:00:00Z`, "give");
    }
    await expectInStep();
  });
  afterAll(() => t.close());

  it("answers again from the kept book when nothing changed", async () => {
    const first = await expectInStep();
    const second = await expectInStep();
    expect(second).toEqual(first);
  });

  it("stays in step when requests and writes overlap", async () => {
    const look = () => ann.request("GET", "/api/v1/agenda");
    const replies = await Promise.all([
      look(),
      newTouch(ann, ids[1]!, "2026-03-08T10:00:00Z", "ask"),
      look(),
      newTouch(ann, ids[2]!, "2026-03-08T11:00:00Z", "ask"),
      look(),
    ]);
    for (const reply of [replies[0], replies[2], replies[4]]) expect(reply.status).toBe(200);
    await expectInStep();
  });

  it("follows touches logged, edited, moved to another contact and archived", async () => {
    const touch = await newTouch(ann, ids[0]!, "2026-03-09T10:00:00Z", "ask", { getBackOn: "2026-03-10" });
    const agenda = await expectInStep();
    expect(hasReason(agenda, ids[0]!, "get_back")).toBe(true);
    await ok(ann, "PATCH", `/api/v1/touches/${touch.id}`, { getBackOn: "2026-03-20" });
    await expectInStep();
    await ok(ann, "PATCH", `/api/v1/touches/${touch.id}`, { contactId: ids[1] });
    await expectInStep();
    await ok(ann, "DELETE", `/api/v1/touches/${touch.id}`);
    await expectInStep();
  });

  it("follows contacts changed, handed to another owner, archived and restored", async () => {
    await ok(ann, "PATCH", `/api/v1/contacts/${ids[2]}`, { birthday: "--03-10", stage: "advocate" });
    await expectInStep();
    await ok(ann, "PATCH", `/api/v1/contacts/${ids[3]}`, { ownerId: bob.userId });
    await expectInStep();
    await expectInStep(bob);
    await ok(ann, "DELETE", `/api/v1/contacts/${ids[4]}`);
    await expectInStep();
    await ok(ann, "POST", `/api/v1/contacts/${ids[4]}/restore`);
    await expectInStep();
    await newContact(ann, { name: "Newly Met", stage: "prospect" });
    await expectInStep();
  });

  it("follows facts, matters, contracts and planned follow-ups", async () => {
    const fact = await created(ann, "/api/v1/facts", {
      contactId: ids[5],
      kind: "interest",
      text: "Keeps bees",
    });
    await expectInStep();
    await ok(ann, "DELETE", `/api/v1/facts/${fact.id}`);
    await expectInStep();
    const matter = await created(ann, "/api/v1/matters", {
      contactId: ids[6],
      summary: "Moving house",
      kind: "home",
      followUpOn: "2026-03-08",
    });
    await expectInStep();
    await ok(ann, "PATCH", `/api/v1/matters/${matter.id}`, { status: "done" });
    await expectInStep();
    const contract = await created(ann, "/api/v1/contracts", {
      contactId: ids[7],
      title: "Support plan",
      endsOn: "2026-04-01",
    });
    await expectInStep();
    await ok(ann, "PATCH", `/api/v1/contracts/${contract.id}`, { status: "renewed" });
    await expectInStep();
    await created(ann, "/api/v1/follow-ups", {
      contactId: ids[8],
      dueOn: "2026-03-09",
      detail: "Send the deck",
    });
    await expectInStep();
  });

  it("follows deals and their concerns", async () => {
    const deal = await created(ann, "/api/v1/deals", { contactId: ids[9], title: "Team licences" });
    await expectInStep();
    const concern = await created(ann, `/api/v1/deals/${deal.id}/concerns`, { text: "Onboarding time" });
    expect(hasReason(await expectInStep(), ids[9]!, "concern")).toBe(true);
    await ok(ann, "PATCH", `/api/v1/deals/${deal.id}/concerns/${concern.id}`, { status: "acknowledged" });
    await expectInStep();
    await created(ann, `/api/v1/deals/${deal.id}/concerns`, { text: "Price" });
    await expectInStep();
    await ok(ann, "PATCH", `/api/v1/deals/${deal.id}`, {
      stage: "lost",
      outcomeFeedback: "Went with a bigger vendor",
    });
    await expectInStep();
  });

  it("follows acting on items and changing the workspace's settings", async () => {
    const agenda = await expectInStep();
    const [first, second] = agenda.items as unknown as {
      contactId: string;
      reasons: { kind: string; dueOn: string }[];
    }[];
    for (const [item, action] of [
      [first, { action: "complete" }],
      [second, { action: "snooze", until: "2026-03-12" }],
    ] as const) {
      await ok(ann, "POST", "/api/v1/agenda/actions", {
        contactId: item!.contactId,
        reasons: item!.reasons.map(({ kind, dueOn }) => ({ kind, dueOn })),
        ...action,
      });
      await expectInStep();
    }
    await ok(ann, "PATCH", "/api/v1/settings", { agenda: { agendaSize: 2, cadenceDays: { client: 7 } } });
    expect((await expectInStep()).items).toHaveLength(2);
  });

  it("sees writes that bypass the services, one contact or the whole book at once", async () => {
    const db = t.deps.store.db;
    await db.updateTable("contacts").set({ birthday: "--03-10" }).where("id", "=", ids[10]!).execute();
    await expectInStep();
    await db
      .updateTable("contacts")
      .set({ stage: "client" })
      .where("workspaceId", "=", ann.workspaceId)
      .execute();
    await expectInStep();
    const deal = await created(ann, "/api/v1/deals", { contactId: ids[10], title: "Pilot" });
    await expectInStep();
    const at = now.toISOString();
    await db
      .insertInto("concerns")
      .values({
        id: "raw-concern",
        workspaceId: ann.workspaceId,
        dealId: deal.id,
        text: "Security review",
        status: "open",
        response: null,
        createdAt: at,
        updatedAt: at,
      })
      .execute();
    expect(hasReason(await expectInStep(), ids[10]!, "concern")).toBe(true);
    await db.deleteFrom("concerns").execute();
    await expectInStep();
  });

  it("follows contacts an import creates in bulk and merges into", async () => {
    const upload = async (csv: string) => {
      const res = await postFile(t, ann, "/api/v1/imports?wait=true", csv, "text/csv");
      expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
      return res.body as { result: { created: number; merged: number } };
    };
    const first = await upload(
      "Name,Email,Birthday\nIda Imported,ida@example.com,--03-10\nIan Imported,ian@example.com,\n",
    );
    expect(first.result.created).toBe(2);
    const agenda = await expectInStep();
    expect(agenda.items.length + agenda.later.length).toBeGreaterThan(0);
    const again = await upload("Name,Email,Birthday\nIan Imported,ian@example.com,--03-10\n");
    expect(again.result.merged).toBe(1);
    await expectInStep();
  });

  it("sees a restore that replaced everything", async () => {
    const snapshot = await readSnapshot(t.deps.store);
    await newTouch(ann, ids[11]!, "2026-03-10T08:00:00Z", "give");
    await expectInStep();
    await writeSnapshot(t.deps.store, snapshot);
    await expectInStep();
  });
});
