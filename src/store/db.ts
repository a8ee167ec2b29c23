// The only file that knows which database is in use. Everything else speaks Kysely.
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { CamelCasePlugin, Kysely, Migrator, PostgresDialect, SqliteDialect, type Transaction } from "kysely";
import pg from "pg";
import { conflict } from "../errors.js";
import { migrationProvider } from "./migrations/index.js";
import { ensurePrivateDir, ensurePrivateFile } from "./private-files.js";
import { cachingStatements } from "./statement-cache.js";
import type { Database } from "./schema.js";

export type Db = Kysely<Database> | Transaction<Database>;
export type DialectName = "sqlite" | "postgres";

/** Which database to open: a SQLite file (or `:memory:`) or a PostgreSQL URL. */
export type DatabaseConfig = { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };

export interface Store {
  db: Kysely<Database>;
  dialect: DialectName;
  /** The SQLite file, when the store is SQLite (for online backups). */
  sqlite: SQLite.Database | null;
  close(): Promise<void>;
}

export function openStore(config: DatabaseConfig): Store {
  const plugins = [new CamelCasePlugin()];
  if (config.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    // An idle client dropped by the server (restart, failover) must not crash the process;
    // the pool replaces it on the next checkout.
    pool.on("error", (error) => process.emitWarning(`PostgreSQL connection lost: ${error.message}`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins });
    return { db, dialect: "postgres", sqlite: null, close: () => db.destroy() };
  }
  if (config.file !== ":memory:") {
    ensurePrivateDir(path.dirname(config.file));
    // SQLite gives its WAL and shared-memory files the database file's mode.
    for (const file of [config.file, `${config.file}-wal`, `${config.file}-shm`]) {
      if (file === config.file || fs.existsSync(file)) ensurePrivateFile(file);
    }
  }
  const sqlite = new SQLite(config.file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: cachingStatements(sqlite) }),
    plugins,
  });
  return { db, dialect: "sqlite", sqlite, close: () => db.destroy() };
}

/** Applies pending migrations; returns the names applied now. */
export async function migrate(store: Store): Promise<string[]> {
  const migrator = new Migrator({
    db: store.db,
    provider: migrationProvider(store.dialect === "postgres"),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(`migration failed: ${JSON.stringify(error)}`);
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/** Whether a write failed on a unique key: SQLite's constraint codes, PostgreSQL's SQLSTATE 23505. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

/** Runs a write; a duplicate of a unique key becomes a `conflict` with this message. */
export async function conflictOnDuplicate<T>(write: Promise<T>, message: string): Promise<T> {
  try {
    return await write;
  } catch (error) {
    throw isUniqueViolation(error) ? conflict(message) : error;
  }
}
