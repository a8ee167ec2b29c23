// Whole-database snapshots: every table's rows, read in one consistent transaction, and
// written back in foreign-key order. Works the same on SQLite and PostgreSQL. Derived tables
// (`contact_activity`, `contact_keys`) stay out of snapshots and are rebuilt after writing one.
// A SQLite store can also copy its own file; callers ask whether it can, never which dialect it is.
import fs from "node:fs/promises";
import type { Kysely } from "kysely";
import { rebuildActivity } from "./activity.js";
import { rebuildContactKeys } from "./contact-keys.js";
import { openStore, type Store } from "./db.js";
import { ensurePrivateFile } from "./private-files.js";
import type { Database } from "./schema.js";

/** Parents before children, so that rows can be inserted in this order. Source tables only. */
export const tableOrder = [
  "workspaces",
  "users",
  "memberships",
  "sessions",
  "apiTokens",
  "calendarFeeds",
  "invites",
  "imports",
  "organizations",
  "contacts",
  "importSources",
  "stageChanges",
  "deals",
  "touches",
  "facts",
  "matters",
  "followUps",
  "concerns",
  "contracts",
] as const satisfies readonly (keyof Database)[];

export type Snapshot = Record<(typeof tableOrder)[number], Record<string, unknown>[]>;

type Loose = Kysely<Record<string, Record<string, unknown>>>;

/** Tables a workspace export leaves out: credentials, which are no one's to read back. */
const credentialTables = new Set<string>(["sessions", "apiTokens", "invites"]);

/** What a workspace export holds: every source table but the credentials, parents first. */
export const workspaceTableOrder = tableOrder.filter((t) => !credentialTables.has(t));
export type WorkspaceSnapshot = Record<(typeof workspaceTableOrder)[number], Record<string, unknown>[]>;

/** A table's rows (all, or one workspace's), ordered by primary key so that two reads of the same data are identical. */
function orderedRows(db: Loose, table: (typeof tableOrder)[number], workspaceId?: string) {
  const key =
    table === "memberships"
      ? ["workspaceId", "userId"]
      : table === "importSources"
        ? ["workspaceId", "fingerprint"]
        : ["id"];
  let q = db.selectFrom(table).selectAll();
  if (workspaceId !== undefined) {
    const members = db.selectFrom("memberships").select("userId").where("workspaceId", "=", workspaceId);
    if (table === "workspaces") q = q.where("id", "=", workspaceId);
    else if (table === "users") q = q.where("id", "in", members);
    else q = q.where("workspaceId", "=", workspaceId);
  }
  for (const k of key) q = q.orderBy(k);
  return q.execute();
}

/** Reads in one transaction (repeatable read on PostgreSQL), so that every table agrees. */
function consistently<T>(store: Store, read: (db: Loose) => Promise<T>): Promise<T> {
  const trx = store.db.transaction();
  const isolated = store.dialect === "postgres" ? trx.setIsolationLevel("repeatable read") : trx;
  return isolated.execute((db) => read(db as unknown as Loose));
}

export function readSnapshot(store: Store): Promise<Snapshot> {
  return consistently(store, async (db) => {
    const snapshot = {} as Snapshot;
    for (const table of tableOrder) snapshot[table] = await orderedRows(db, table);
    return snapshot;
  });
}

/** One workspace's rows, its members without their password hashes. */
export function readWorkspaceSnapshot(store: Store, workspaceId: string): Promise<WorkspaceSnapshot> {
  return consistently(store, async (db) => {
    const snapshot = {} as WorkspaceSnapshot;
    for (const table of workspaceTableOrder) snapshot[table] = await orderedRows(db, table, workspaceId);
    snapshot.users = snapshot.users.map(({ passwordHash: _secret, ...user }) => user);
    return snapshot;
  });
}

export async function isEmpty(store: Store): Promise<boolean> {
  const row = await store.db.selectFrom("workspaces").select("id").limit(1).executeTakeFirst();
  return row === undefined;
}

/** Replaces everything with the snapshot, in one transaction: all or nothing. */
export async function writeSnapshot(
  store: Store,
  snapshot: Snapshot,
  onTable?: (table: string, rows: number) => void,
): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    const db = trx as unknown as Loose;
    // Derived rows first: cheaper than cascading them away with their contacts.
    await trx.deleteFrom("contactActivity").execute();
    await trx.deleteFrom("contactKeys").execute();
    for (const table of [...tableOrder].reverse()) await db.deleteFrom(table).execute();
    for (const table of tableOrder) {
      const rows = snapshot[table];
      // Batches keep each statement under SQLite's bound-parameter limit.
      for (let i = 0; i < rows.length; i += 200) {
        await db
          .insertInto(table)
          .values(rows.slice(i, i + 200))
          .execute();
      }
      onTable?.(table, rows.length);
    }
    await rebuildActivity(trx);
    await rebuildContactKeys(trx);
  });
}

/** Whether the store can copy itself as one database file (SQLite can; PostgreSQL cannot). */
export function canCopyDatabaseFile(store: Store): boolean {
  return store.sqlite !== null;
}

/** SQLite's online backup: a consistent copy of the live file, taken while others write. */
export async function copyDatabaseFile(store: Store, file: string): Promise<void> {
  if (!store.sqlite) throw new Error("this store cannot copy itself as a file");
  await fs.rm(file, { force: true });
  // Created for the owner only before SQLite fills it.
  ensurePrivateFile(file);
  await store.sqlite.backup(file);
}

const SQLITE_MAGIC = "SQLite format 3\0";

/** The snapshot held in a database file written by `copyDatabaseFile`; null for any other file. */
export async function readDatabaseFile(file: string): Promise<Snapshot | null> {
  const handle = await fs.open(file, "r");
  const head = Buffer.alloc(16);
  try {
    await handle.read(head, 0, 16, 0);
  } finally {
    await handle.close();
  }
  if (head.toString("latin1") !== SQLITE_MAGIC) return null;
  const source = openStore({ kind: "sqlite", file });
  try {
    return await readSnapshot(source);
  } finally {
    await source.close();
  }
}
