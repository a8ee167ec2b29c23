// Restoring a workspace export into a second, empty workspace of the same database: the copy holds
// the same rows under new ids with every relation intact, people mapped to the target's members
// by email (or the restoring owner), and the source is untouched. A non-empty target, a member, or
// a malformed file is refused without writing anything.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailKey } from "../src/domain/contact-keys.js";
import { signedInAs, createUser } from "../src/services/accounts.js";
import { agendaToday } from "../src/services/agenda.js";
import type { Actor } from "../src/services/context.js";
import { workspaceExport, type WorkspaceExport } from "../src/services/exports.js";
import { restoreWorkspace } from "../src/services/workspace-restore.js";
import { contactsByKeys } from "../src/store/contact-keys.js";
import { restoredTables } from "../src/store/workspace-restore.js";
import { dialects } from "./support/db.js";
import { created, newContact, newTouch, signUp, testApp, type Client, type TestApp } from "./support/app.js";

type Row = Record<string, unknown>;

const today = "2026-03-10";

/**
 * An export's business rows with ids replaced by what they name: a row's own id dropped, and each
 * other `…Id` column by the content of the row it points at (a user by their email, mapped by
 * `people`), so that two exports of the same book compare equal whatever their ids.
 */
function canonical(doc: WorkspaceExport, people: Record<string, string> = {}): Record<string, string[]> {
  const tables = doc.tables as unknown as Record<string, Row[]>;
  const isId = (key: string) => key === "id" || key.endsWith("Id");
  const content = (row: Row) => JSON.stringify(Object.entries(row).filter(([key]) => !isId(key)));
  const labels = new Map<string, string>();
  for (const user of tables.users!) {
    const email = String(user.email);
    labels.set(String(user.id), `user ${people[email] ?? email}`);
  }
  for (const table of restoredTables) {
    for (const row of tables[table]!) labels.set(String(row.id), `${table} ${content(row)}`);
  }
  return Object.fromEntries(
    restoredTables.map((table) => [
      table,
      tables[table]!.map((row) =>
        JSON.stringify(
          Object.entries(row)
            .filter(([key]) => key !== "id" && key !== "workspaceId")
            .map(([key, value]) => [key, isId(key) && value !== null ? labels.get(value as string) : value]),
        ),
      ).sort(),
    ]),
  );
}

const withoutStamp = ({ exportedAt: _, ...doc }: WorkspaceExport) => doc;

describe.each(dialects)("restoring a workspace export on %s", (dialect) => {
  let t: TestApp;
  let ana: Client;
  let bo: Client;
  let anaActor: Actor;
  let boActor: Actor;
  let miaInTarget: Actor;
  let source: WorkspaceExport;
  let restored: Record<string, number>;
  let usersBefore: number;
  /** A contact of the target workspace, which no other workspace's row may name. */
  let foreignContact: unknown;
  const mia = "mia@example.test";

  const actorOf = async (client: Client) =>
    (await signedInAs(t.deps, client.userId, client.workspaceId)).actor;
  const member = async (workspace: string) =>
    (await createUser(t.deps, { email: mia, password: "correct horse battery", name: "Mia", workspace }))
      .actor;
  /** An owner of a new, empty workspace. */
  const emptyWorkspace = async () => actorOf(await signUp(t));

  beforeAll(async () => {
    t = await testApp(dialect, () => new Date(`${today}T09:00:00Z`));
    ana = await signUp(t, { workspace: "Source", name: "Ana" });
    const miaInSource = await member("Source");
    bo = await signUp(t, { workspace: "Target", name: "Bo" });
    miaInTarget = await member("Target");
    anaActor = await actorOf(ana);
    boActor = await actorOf(bo);

    const org = await created(ana, "/api/v1/organizations", { name: "Cedar Lane Bakery" });
    const rosa = await newContact(ana, {
      name: "Rosa Díaz",
      emails: ["Rosa@Example.com"],
      phones: ["+1 415-555-0100"],
      organizationId: org.id,
      tags: ["bread", "weekly"],
      birthday: "--03-09",
    });
    const tom = await newContact(ana, { name: "Tom O'Neil", stage: "client", ownerId: miaInSource.userId });
    const gone = await newContact(ana, { name: "Archie Archived" });
    expect((await ana.request("DELETE", `/api/v1/contacts/${gone}`)).status).toBe(200);
    expect((await ana.request("PATCH", `/api/v1/contacts/${rosa}`, { stage: "customer" })).status).toBe(200);

    const deal = await created(ana, "/api/v1/deals", {
      contactId: rosa,
      title: "Rye for the spring menu",
      amount: 1200.5,
      currency: "EUR",
    });
    await created(ana, `/api/v1/deals/${deal.id}/concerns`, { text: "Delivery before seven?" });
    const call = await newTouch(ana, rosa, "2026-02-20T10:00:00Z", "ask", {
      dealId: deal.id,
      notes: "Talked rye; her daughter starts school in September.",
      steps: ["rapport", "needs"],
      getBackOn: "2026-03-05",
    });
    await newTouch(ana, tom, "2026-02-01T15:00:00Z", "give", {
      direction: "inbound",
      ownerId: miaInSource.userId,
    });
    await created(ana, "/api/v1/facts", {
      contactId: rosa,
      kind: "family",
      text: "Daughter starts school in September",
      learnedOn: "2026-02-20",
      sourceTouchId: call.id,
    });
    await created(ana, "/api/v1/matters", {
      contactId: rosa,
      summary: "Daughter's first school day",
      kind: "family",
      eventOn: "2026-09-01",
      followUpOn: "2026-09-03",
      sourceTouchId: call.id,
    });
    await created(ana, "/api/v1/follow-ups", {
      contactId: rosa,
      dueOn: today,
      detail: "Send the tasting notes",
    });
    await created(ana, "/api/v1/follow-ups", {
      contactId: tom,
      dueOn: today,
      detail: "Renewal terms",
      ownerId: miaInSource.userId,
    });
    await created(ana, "/api/v1/contracts", {
      contactId: tom,
      title: "Weekly rye",
      startsOn: "2025-04-01",
      endsOn: "2026-03-31",
      value: 4800,
    });
    const settings = { agenda: { agendaSize: 7 }, autoConfirmMatters: true };
    expect((await ana.request("PATCH", "/api/v1/settings", settings)).status).toBe(200);

    source = await workspaceExport(t.deps, anaActor);
    // Through JSON, as a file would carry it.
    const doc: unknown = JSON.parse(JSON.stringify(source));
    const countUsers = async () => (await t.deps.store.db.selectFrom("users").select("id").execute()).length;
    usersBefore = await countUsers();
    ({ restored } = await restoreWorkspace(t.deps, boActor, doc));
    expect(await countUsers()).toBe(usersBefore);
    foreignContact = (await workspaceExport(t.deps, boActor)).tables.contacts[0]!.id;
  });
  afterAll(() => t?.close());

  it("restores every business row under new ids, relations intact and people mapped", async () => {
    expect(restored).toMatchObject({
      organizations: 1,
      contacts: 3,
      stageChanges: source.tables.stageChanges.length,
      deals: 1,
      touches: 2,
      facts: 1,
      matters: 1,
      followUps: 2,
      concerns: 1,
      contracts: 1,
    });
    const target = await workspaceExport(t.deps, boActor);
    // Ana's rows become Bo's (the restoring owner); Mia is a member of both, so hers stay hers.
    const anaEmail = source.tables.users.find((u) => u.id === ana.userId)!.email as string;
    const boEmail = target.tables.users.find((u) => u.id === bo.userId)!.email as string;
    expect(canonical(target)).toEqual(canonical(source, { [anaEmail]: boEmail }));

    const sourceIds = new Set(restoredTables.flatMap((table) => source.tables[table].map((r) => r.id)));
    for (const table of restoredTables) {
      for (const row of target.tables[table]) {
        expect(row.workspaceId).toBe(bo.workspaceId);
        if (row.id !== undefined) expect(sourceIds.has(row.id)).toBe(false);
      }
    }
    const names = new Map(target.tables.contacts.map((c) => [c.id, c.name]));
    const touches = target.tables.touches.map((r) => [names.get(r.contactId), r.ownerId]);
    expect(touches.sort()).toEqual([
      ["Rosa Díaz", bo.userId],
      ["Tom O'Neil", miaInTarget.userId],
    ]);
    const [deal] = target.tables.deals;
    expect(target.tables.touches.find((r) => names.get(r.contactId) === "Rosa Díaz")!.dealId).toBe(deal!.id);
    expect(target.tables.concerns[0]!.dealId).toBe(deal!.id);
  });

  it("copies the settings and no member, feed or import history", async () => {
    const target = await workspaceExport(t.deps, boActor);
    expect(target.tables.workspaces[0]!.settings).toBe(source.tables.workspaces[0]!.settings);
    expect(JSON.parse(target.tables.workspaces[0]!.settings as string)).toMatchObject({
      autoConfirmMatters: true,
      agenda: { agendaSize: 7 },
    });
    expect(target.tables.users.map((u) => u.id).sort()).toEqual([bo.userId, miaInTarget.userId].sort());
    expect(target.tables.memberships).toHaveLength(2);
    expect(target.tables.imports).toEqual([]);
    expect(target.tables.calendarFeeds).toEqual([]);
  });

  it("leaves the source untouched", async () => {
    const again = await workspaceExport(t.deps, anaActor);
    expect(withoutStamp(again)).toEqual(withoutStamp(source));
  });

  it("finds the restored contacts by email and phone, and gives each owner the same agenda", async () => {
    const db = t.deps.store.db;
    const byEmail = await contactsByKeys(db, bo.workspaceId, "email", [emailKey("rosa@example.com")]);
    const [rosa] = byEmail.get("rosa@example.com") ?? [];
    const target = await workspaceExport(t.deps, boActor);
    expect(target.tables.contacts.find((c) => c.id === rosa)?.name).toBe("Rosa Díaz");
    expect((await contactsByKeys(db, bo.workspaceId, "phone", ["4155550100"])).get("4155550100")).toEqual([
      rosa,
    ]);
    const inSource = await contactsByKeys(db, ana.workspaceId, "email", ["rosa@example.com"]);
    expect(inSource.get("rosa@example.com")).not.toContain(rosa);

    const agenda = async (actor: Actor) =>
      (await agendaToday(t.deps, actor)).items.map((i) => [i.contactName, i.reason.kind]);
    const bos = await agenda(boActor);
    expect(bos.map(([name]) => name)).toContain("Rosa Díaz");
    expect(bos).toEqual(await agenda(anaActor));
    const miaInSource = await signedInAs(t.deps, miaInTarget.userId, ana.workspaceId);
    expect(await agenda(miaInTarget)).toEqual(await agenda(miaInSource.actor));
  });

  it("refuses a workspace that already holds data, writing nothing", async () => {
    const before = await workspaceExport(t.deps, boActor);
    const doc = structuredClone(source) as unknown as { tables: { workspaces: Row[] } };
    doc.tables.workspaces[0]!.settings = "{}";
    await expect(restoreWorkspace(t.deps, boActor, doc)).rejects.toMatchObject({ code: "conflict" });
    expect(withoutStamp(await workspaceExport(t.deps, boActor))).toEqual(withoutStamp(before));

    // An organization alone is data too.
    const client = await signUp(t);
    await created(client, "/api/v1/organizations", { name: "Mill Road" });
    await expect(restoreWorkspace(t.deps, await actorOf(client), source)).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("restores once when two restores of one empty workspace race", async () => {
    const owner = await emptyWorkspace();
    const results = await Promise.allSettled([
      restoreWorkspace(t.deps, owner, source),
      restoreWorkspace(t.deps, owner, source),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
    expect((await workspaceExport(t.deps, owner)).tables.contacts).toHaveLength(3);
  });

  it("lets only owners restore", async () => {
    const empty = await signUp(t, { workspace: "Empty for Mia" });
    const miaThere = await member("Empty for Mia");
    await expect(restoreWorkspace(t.deps, miaThere, source)).rejects.toMatchObject({ code: "forbidden" });
    expect((await workspaceExport(t.deps, await actorOf(empty))).tables.contacts).toEqual([]);
  });

  /** The source export changed by `edit`, as a hand-edited or foreign file would be. */
  const edited = (edit: (tables: Record<string, Row[]>) => void): unknown => {
    const doc = structuredClone(source) as unknown as { tables: Record<string, Row[]> };
    edit(doc.tables);
    return doc;
  };

  it.each([
    ["not an object", () => "hello", "document"],
    ["another format", () => ({ ...source, format: "rapport-backup" }), "format"],
    ["another version", () => ({ ...source, version: 2 }), "version"],
    [
      "a table that is not a list",
      () => ({ ...source, tables: { ...source.tables, contacts: {} } }),
      "tables.contacts",
    ],
    [
      "a missing table",
      () => ({ ...source, tables: { ...source.tables, touches: undefined } }),
      "tables.touches",
    ],
    [
      "rows that are not objects",
      () => edited((tables) => tables.facts!.splice(0, 1, [] as never)),
      "tables.facts.0",
    ],
    [
      "settings that are not JSON",
      () => edited((tables) => (tables.workspaces![0]!.settings = "{")),
      "tables.workspaces.0.settings",
    ],
    [
      "an unknown stage",
      () => edited((tables) => (tables.contacts![0]!.stage = "friend")),
      "tables.contacts.0.stage",
    ],
    [
      "a list column that is not JSON",
      () => edited((tables) => (tables.contacts![0]!.emails = "[")),
      "tables.contacts.0",
    ],
    [
      "a repeated id",
      () => edited((tables) => tables.facts!.push({ ...tables.facts![0]! })),
      "tables.facts.1.id",
    ],
    [
      "a reference to another workspace's row",
      () => edited((tables) => (tables.touches![0]!.contactId = foreignContact)),
      "tables.touches.0.contactId",
    ],
  ])("refuses %s as invalid, writing nothing", async (_, doc, field) => {
    const owner = await emptyWorkspace();
    const error = await restoreWorkspace(t.deps, owner, doc()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "invalid" });
    expect((error as { issues: { field: string }[] }).issues.map((i) => i.field)).toContain(field);
    const after = await workspaceExport(t.deps, owner);
    expect(restoredTables.every((table) => after.tables[table].length === 0)).toBe(true);
    expect(after.tables.workspaces[0]!.settings).toBe("{}");
  });

  it("ignores tables it does not know", async () => {
    const owner = await emptyWorkspace();
    const doc = { ...source, tables: { ...source.tables, someday: [{ id: "x" }] } };
    expect((await restoreWorkspace(t.deps, owner, doc)).restored.contacts).toBe(3);
  });
});
