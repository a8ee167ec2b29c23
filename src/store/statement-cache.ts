// SQLite compiles every statement Kysely sends; the same texts come again on every request, and
// a bulk write runs the same few statements thousands of times, so each compiled statement is
// kept and reused (least recently used first out).
import type SQLite from "better-sqlite3";
import type { SqliteDatabase } from "kysely";

/** How many compiled statements are kept, and the most SQL text they may hold together. */
export const STATEMENTS_KEPT = 1000;
const TEXT_KEPT = 4 * 2 ** 20;

/** The database as Kysely's SQLite driver sees it, preparing each SQL text once. */
export function withStatementCache(sqlite: SQLite.Database, kept = STATEMENTS_KEPT): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  let text = 0;
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare(sql) {
      const cached = cache.get(sql);
      // A statement still being iterated (a streamed select) cannot run twice at once.
      if (cached?.busy) return sqlite.prepare(sql);
      const statement = cached ?? sqlite.prepare(sql);
      if (cached) cache.delete(sql);
      else text += sql.length;
      cache.set(sql, statement);
      for (const oldest of cache.keys()) {
        if (cache.size <= kept && text <= TEXT_KEPT) break;
        cache.delete(oldest);
        text -= oldest.length;
      }
      return statement;
    },
  };
}
