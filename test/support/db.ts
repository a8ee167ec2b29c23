// A fresh, migrated database per test file, on every dialect under test: SQLite always,
// PostgreSQL when RAPPORT_TEST_DATABASE_URL is set. Each file creates and drops its own.
import { randomBytes } from "node:crypto";
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
  if (!pgUrl) throw new Error("RAPPORT_TEST_DATABASE_URL is not set");
  const name = `rapport_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  const store = openStore({ kind: "postgres", url: url.toString() });
  await migrate(store);
  return {
    store,
    async drop() {
      await store.close();
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
