// A fresh, migrated database per test file, on every dialect under test: SQLite always,
// PostgreSQL when RAPPORT_TEST_DATABASE_URL is set. Each file creates and drops its own.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { migrate, openStore, type DialectName, type Store } from "../../src/store/db.js";

const pgUrl = process.env.RAPPORT_TEST_DATABASE_URL;

export const dialects: DialectName[] = pgUrl ? ["sqlite", "postgres"] : ["sqlite"];

export interface TestStore {
  store: Store;
  drop(): Promise<void>;
}

export async function freshStore(dialect: DialectName): Promise<TestStore> {
  if (dialect === "sqlite") {
    const store = openStore({ kind: "sqlite", file: ":memory:" });
    await migrate(store);
    return { store, drop: () => store.close() };
  }
  return sharedStore(dialect);
}

export interface SharedStore extends TestStore {
  /** Where another process finds it: the SQLite data directory, or the PostgreSQL URL. */
  where: string;
}

/**
 * A fresh, migrated database that another process (the CLI) can open too: `rapport.db` in a new
 * data directory, or a new PostgreSQL database. The test reads it through `store`.
 */
export async function sharedStore(dialect: DialectName): Promise<SharedStore> {
  if (dialect === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-db-"));
    const store = openStore({ kind: "sqlite", file: path.join(dir, "rapport.db") });
    await migrate(store);
    return {
      store,
      where: dir,
      async drop() {
        await store.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const database = await freshPostgresDatabase();
  const store = openStore({ kind: "postgres", url: database.url });
  await migrate(store);
  return {
    store,
    where: database.url,
    async drop() {
      await store.close();
      await database.drop();
    },
  };
}

/** A new, empty database on the test PostgreSQL server: its URL, and how to drop it. */
async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!pgUrl) throw new Error("RAPPORT_TEST_DATABASE_URL is not set");
  const name = `rapport_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
