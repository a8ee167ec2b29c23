// SQLite compiles every statement Kysely sends; the same few hundred texts come again on every
// request, so each compiled statement is kept and reused (least recently used first out).
import type SQLite from "better-sqlite3";
import type { SqliteDatabase } from "kysely";

/** How many compiled statements are kept: every query the app writes, with room to spare. */
export const STATEMENTS_KEPT = 1000;

/** The database as Kysely's SQLite driver sees it, preparing each SQL text once. */
export function withStatementCache(sqlite: SQLite.Database, kept = STATEMENTS_KEPT): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      const cached = cache.get(sql);
      // A statement still being iterated (a streamed select) cannot run twice at once.
      if (cached?.busy) return sqlite.prepare(sql);
      const statement = cached ?? sqlite.prepare(sql);
      cache.delete(sql);
      cache.set(sql, statement);
      if (cache.size > kept) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}
