import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql, type Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backup, restore } from "../src/services/backup.js";
import { rebuildActivity } from "../src/store/activity.js";
import { migrate, type Store } from "../src/store/db.js";
import { down as undoBookChanges } from "../src/store/migrations/004_book_changes.js";
import { down as undoBulkBookMarks } from "../src/store/migrations/011_bulk_book_marks.js";
import { dialects, freshStore } from "./support/db.js";
import { signUp, testApp, type Client, type Reply, type TestApp } from "./support/app.js";
import { generator } from "./support/random.js";

const now = new Date("2026-03-10T09:00:00Z");

async function ok(reply: Promise<Reply>, status = 200): Promise<Reply["body"]> {
  const res = await reply;
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
}

async function newContact(client: Client, name: string, extra: Record<string, unknown> = {}) {
  const body = await ok(client.request("POST", "/api/v1/contacts", { name, ...extra }), 201);
  return body.id as string;
}

async function logTouch(client: Client, contactId: string, fields: Record<string, unknown>) {
  const body = await ok(
    client.request("POST", "/api/v1/touches", {
      contactId,
      channel: "call",
      direction: "outbound",
      intent: "service",
      ...fields,
    }),
    201,
  );
  return body.id as string;
}

function activityOf(store: Store, contactId: string) {
  return store.db
    .selectFrom("contactActivity")
    .selectAll()
    .where("contactId", "=", contactId)
    .executeTakeFirst();
}

function allActivity(store: Store) {
  return store.db.selectFrom("contactActivity").selectAll().orderBy("contactId").execute();
}

describe.each(dialects)("contact activity on %s", (dialect) => {
  let t: TestApp;
  let ann: Client;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-activity-"));

  beforeAll(async () => {
    t = await testApp(dialect, () => now);
    ann = await signUp(t);
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("has no row for a contact until a touch is logged, then follows every touch logged", async () => {
    const rosa = await newContact(ann, "Rosa Díaz");
    expect(await activityOf(t.deps.store, rosa)).toBeUndefined();
    await logTouch(ann, rosa, { occurredAt: "2026-03-01T10:00:00Z", intent: "ask" });
    await logTouch(ann, rosa, {
      occurredAt: "2026-03-02T10:00:00Z",
      intent: "give",
      getBackOn: "2026-03-20",
    });
    await logTouch(ann, rosa, { occurredAt: "2026-03-03T10:00:00Z", direction: "inbound" });
    await logTouch(ann, rosa, { occurredAt: "2026-03-04T10:00:00Z", intent: "ask" });
    await logTouch(ann, rosa, { occurredAt: "2026-02-01T10:00:00Z", intent: "service" });
    await logTouch(ann, rosa, { occurredAt: "2026-03-05T10:00:00Z", intent: "service" });
    await logTouch(ann, rosa, { occurredAt: "2026-01-01T10:00:00Z", intent: "give" });
    expect(await activityOf(t.deps.store, rosa)).toEqual({
      contactId: rosa,
      workspaceId: ann.workspaceId,
      lastTouchAt: "2026-03-05T10:00:00.000Z",
      lastInboundAt: "2026-03-03T10:00:00.000Z",
      lastAskAt: "2026-03-04T10:00:00.000Z",
      lastGiveAt: "2026-03-02T10:00:00.000Z",
      unansweredOutbound: 2,
      recentOutbound: "service,ask,give,ask,service",
      getBackOn: "2026-03-20",
    });
  });

  it("breaks ties between touches at the same instant by intent, then by get-back date, latest first", async () => {
    const kim = await newContact(ann, "Kim Park");
    const at = "2026-03-06T10:00:00Z";
    await logTouch(ann, kim, { occurredAt: at, intent: "give", getBackOn: "2026-03-30" });
    await logTouch(ann, kim, { occurredAt: at, intent: "service", getBackOn: "2026-03-11" });
    await logTouch(ann, kim, { occurredAt: at, intent: "ask" });
    expect(await activityOf(t.deps.store, kim)).toMatchObject({
      recentOutbound: "service,give,ask",
      getBackOn: "2026-03-30",
    });
  });

  it("follows an update, and a touch moved to another contact moves out of the first one's summary", async () => {
    const from = await newContact(ann, "Tom O'Neil");
    const to = await newContact(ann, "Ana Ruiz");
    await logTouch(ann, from, { occurredAt: "2026-03-01T10:00:00Z", intent: "give" });
    const moved = await logTouch(ann, from, { occurredAt: "2026-03-02T10:00:00Z", intent: "ask" });
    await logTouch(ann, to, { occurredAt: "2026-02-01T10:00:00Z", direction: "inbound" });

    await ok(ann.request("PATCH", `/api/v1/touches/${moved}`, { intent: "give", getBackOn: "2026-03-12" }));
    expect(await activityOf(t.deps.store, from)).toMatchObject({
      lastTouchAt: "2026-03-02T10:00:00.000Z",
      lastAskAt: null,
      lastGiveAt: "2026-03-02T10:00:00.000Z",
      recentOutbound: "give,give",
      getBackOn: "2026-03-12",
    });

    await ok(ann.request("PATCH", `/api/v1/touches/${moved}`, { contactId: to }));
    expect(await activityOf(t.deps.store, from)).toMatchObject({
      lastTouchAt: "2026-03-01T10:00:00.000Z",
      unansweredOutbound: 1,
      recentOutbound: "give",
      getBackOn: null,
    });
    expect(await activityOf(t.deps.store, to)).toMatchObject({
      lastTouchAt: "2026-03-02T10:00:00.000Z",
      lastInboundAt: "2026-02-01T10:00:00.000Z",
      unansweredOutbound: 1,
      recentOutbound: "give",
      getBackOn: "2026-03-12",
    });
  });

  it("follows archiving and restoring a touch, and drops the row when no live touch is left", async () => {
    const lee = await newContact(ann, "Lee Chen");
    const older = await logTouch(ann, lee, { occurredAt: "2026-02-01T10:00:00Z", intent: "give" });
    const newer = await logTouch(ann, lee, { occurredAt: "2026-03-01T10:00:00Z", intent: "ask" });

    await ok(ann.request("DELETE", `/api/v1/touches/${newer}`));
    expect(await activityOf(t.deps.store, lee)).toMatchObject({
      lastTouchAt: "2026-02-01T10:00:00.000Z",
      lastAskAt: null,
      recentOutbound: "give",
    });
    await ok(ann.request("DELETE", `/api/v1/touches/${older}`));
    expect(await activityOf(t.deps.store, lee)).toBeUndefined();

    await ok(ann.request("POST", `/api/v1/touches/${newer}/restore`));
    expect(await activityOf(t.deps.store, lee)).toMatchObject({
      lastTouchAt: "2026-03-01T10:00:00.000Z",
      lastAskAt: "2026-03-01T10:00:00.000Z",
      lastGiveAt: null,
      unansweredOutbound: 1,
      recentOutbound: "ask",
    });
  });

  it("maintained write by write, equals a rebuild from scratch on a random-ish book", async () => {
    const bob = await signUp(t);
    const rng = generator(7);
    const contacts: string[] = [];
    for (let i = 0; i < 4; i++) contacts.push(await newContact(bob, `Contact ${i}`));
    const touches: string[] = [];
    // Few distinct instants, so that touches tie and the tie-breaks are compared too.
    const instant = () => new Date(now.getTime() - Math.floor(rng.next() * 8) * 21_600_000).toISOString();
    const fields = () => ({
      occurredAt: instant(),
      direction: rng.pick(["inbound", "outbound", "outbound"]),
      intent: rng.pick(["give", "ask", "service"]),
      getBackOn: rng.next() < 0.5 ? rng.pick(["2026-03-01", "2026-03-12", "2026-03-20"]) : null,
    });
    for (let step = 0; step < 100; step++) {
      const roll = rng.next();
      const touch = touches.length > 0 ? rng.pick(touches) : undefined;
      if (touch === undefined || roll < 0.5) {
        touches.push(await logTouch(bob, rng.pick(contacts), fields()));
      } else if (roll < 0.75) {
        const change = rng.next() < 0.3 ? { contactId: rng.pick(contacts) } : fields();
        await ok(bob.request("PATCH", `/api/v1/touches/${touch}`, change));
      } else if (roll < 0.9) {
        await ok(bob.request("DELETE", `/api/v1/touches/${touch}`));
      } else {
        await ok(bob.request("POST", `/api/v1/touches/${touch}/restore`));
      }
    }
    const maintained = await allActivity(t.deps.store);
    expect(maintained.filter((a) => a.workspaceId === bob.workspaceId).length).toBeGreaterThan(3);

    await rebuildActivity(t.deps.store.db, bob.workspaceId);
    expect(await allActivity(t.deps.store)).toEqual(maintained);
    await rebuildActivity(t.deps.store.db);
    expect(await allActivity(t.deps.store)).toEqual(maintained);
  });

  it("backfills the summary from the touches already there when migration 003 runs", async () => {
    const maintained = await allActivity(t.deps.store);
    const { store, drop } = await freshStore(dialect);
    try {
      const file = path.join(dir, "before-003.json");
      await backup(t.deps, file, "json");
      await restore({ store, now: () => now }, file);
      // Back to before 003, with the touches in place, then forward again.
      await undoBulkBookMarks(store.db as unknown as Kysely<unknown>, dialect === "postgres");
      await sql`delete from kysely_migration where name = '011_bulk_book_marks'`.execute(store.db);
      for (const table of ["webhook_deliveries", "webhooks", "follow_up_notices", "events"]) {
        await sql`drop table ${sql.table(table)}`.execute(store.db);
      }
      await sql`delete from kysely_migration where name = '010_events_webhooks'`.execute(store.db);
      for (const index of ["contacts_by_lower_name", "organizations_by_lower_name"]) {
        await sql`drop index ${sql.ref(index)}`.execute(store.db);
      }
      await sql`delete from kysely_migration where name = '009_import_lookups'`.execute(store.db);
      for (const column of ["amount", "currency"]) {
        await sql`alter table deals drop column ${sql.ref(column)}`.execute(store.db);
      }
      await sql`delete from kysely_migration where name = '008_deal_amounts'`.execute(store.db);
      for (const table of ["imports", "import_sources", "contact_keys"]) {
        await sql`drop table ${sql.table(table)}`.execute(store.db);
      }
      for (const column of ["nickname", "department", "notes", "photo", "urls", "labels"]) {
        await sql`alter table contacts drop column ${sql.ref(column)}`.execute(store.db);
      }
      await sql`delete from kysely_migration where name = '007_contact_import'`.execute(store.db);
      await sql`drop table calendar_feeds`.execute(store.db);
      await sql`delete from kysely_migration where name = '006_calendar_feeds'`.execute(store.db);
      await sql`delete from kysely_migration where name = '005_security'`.execute(store.db);
      for (const table of ["auth_attempts", "setup_claims", "install_secrets"]) {
        await sql`drop table ${sql.table(table)}`.execute(store.db);
      }
      await sql`alter table sessions drop column last_seen_at`.execute(store.db);
      await undoBookChanges(store.db as unknown as Kysely<unknown>, dialect === "postgres");
      await sql`delete from kysely_migration where name = '004_book_changes'`.execute(store.db);
      await sql`drop table contact_activity`.execute(store.db);
      await sql`drop index touches_ledger`.execute(store.db);
      await sql`drop index contacts_scope`.execute(store.db);
      await sql`delete from kysely_migration where name = '003_contact_activity'`.execute(store.db);
      expect(await migrate(store)).toEqual([
        "003_contact_activity",
        "004_book_changes",
        "005_security",
        "006_calendar_feeds",
        "007_contact_import",
        "008_deal_amounts",
        "009_import_lookups",
        "010_events_webhooks",
        "011_bulk_book_marks",
      ]);
      expect(await allActivity(store)).toEqual(maintained);
    } finally {
      await drop();
    }
  });

  const formats = dialect === "sqlite" ? (["sqlite", "json"] as const) : (["json"] as const);

  it.each(formats)("gives the same agenda after a %s backup is restored", async (format) => {
    const cy = await signUp(t);
    const quiet = await newContact(cy, "Quiet Client", { stage: "client", cadenceDays: 14 });
    const promise = await newContact(cy, "Promise Prospect", { stage: "prospect" });
    await newContact(cy, "Never Touched", { stage: "customer" });
    await logTouch(cy, quiet, { occurredAt: "2026-01-10T10:00:00Z", intent: "ask" });
    await logTouch(cy, quiet, { occurredAt: "2026-01-12T10:00:00Z", intent: "ask" });
    await logTouch(cy, promise, {
      occurredAt: "2026-03-02T10:00:00Z",
      intent: "ask",
      getBackOn: "2026-03-09",
    });
    const before = await ok(cy.request("GET", "/api/v1/agenda"));
    expect(before.items.length + before.later.length).toBeGreaterThan(1);

    const file = path.join(dir, `agenda.${format}`);
    await backup(t.deps, file, format);
    const target = await testApp(dialect, () => now);
    try {
      await restore(target.deps, file);
      expect(await allActivity(target.deps.store)).toEqual(await allActivity(t.deps.store));
      // The token came back with the rest, so Cy signs in to the restored app as before.
      const res = await target.app.inject({
        method: "GET",
        url: "/api/v1/agenda",
        headers: { authorization: `Bearer ${cy.token}` },
      });
      expect(res.statusCode).toBe(200);
      expect(JSON.parse(res.body)).toEqual(before);
    } finally {
      await target.close();
    }
  });
});
