// Kysely prepares every statement again on SQLite; preparing costs as much as running a short
// statement, and a bulk write runs the same few statements thousands of times. The connection
// handed to Kysely keeps the latest statements prepared, by their text.
import type SQLite from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

/** Statements kept, least recently used first out, and the most text they may hold together. */
const KEPT = 200;
const TEXT = 4 * 2 ** 20;

/**
 * The database as Kysely's SQLite dialect sees it, reusing a prepared statement for the same
 * text. Kysely runs one statement at a time on the one connection, so a reused statement is
 * never busy.
 */
export function cachingStatements(sqlite: SQLite.Database): SqliteDatabase {
  const prepared = new Map<string, SqliteStatement>();
  let text = 0;
  return {
    close: () => {
      prepared.clear();
      text = 0;
      sqlite.close();
    },
    prepare(sql: string): SqliteStatement {
      let statement = prepared.get(sql);
      if (statement) prepared.delete(sql);
      else {
        statement = sqlite.prepare(sql);
        text += sql.length;
      }
      prepared.set(sql, statement);
      for (const oldest of prepared.keys()) {
        if (prepared.size <= KEPT && text <= TEXT) break;
        prepared.delete(oldest);
        text -= oldest.length;
      }
      return statement;
    },
  };
}
