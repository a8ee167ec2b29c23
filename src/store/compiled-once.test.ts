import SQLite from "better-sqlite3";
import { CamelCasePlugin, Kysely, SqliteDialect } from "kysely";
import { describe, expect, it } from "vitest";
import { compiledOnce } from "./compiled-once.js";
import type { Db } from "./db.js";

function database(): Db {
  const sqlite = new SQLite(":memory:");
  sqlite.exec("create table notes (note_id integer, owner_name text)");
  sqlite.exec("insert into notes values (1, 'ana'), (2, 'ben'), (3, 'ana')");
  return new Kysely({
    dialect: new SqliteDialect({ database: sqlite }),
    plugins: [new CamelCasePlugin()],
  }) as never;
}

type Loose = Kysely<Record<string, Record<string, unknown>>>;

describe("a query compiled once", () => {
  const notesOf = compiledOnce((db, owner: string, above: number) =>
    (db as unknown as Loose)
      .selectFrom("notes")
      .select(["noteId", "ownerName"])
      .where("ownerName", "=", owner)
      .where("noteId", ">", above)
      .where("noteId", "<", 100)
      .orderBy("noteId"),
  );

  it("binds each call's own values, with the plugins' names, and keeps the constants", async () => {
    const db = database();
    expect(await notesOf(db, "ana", 0)).toEqual([
      { noteId: 1, ownerName: "ana" },
      { noteId: 3, ownerName: "ana" },
    ]);
    expect(await notesOf(db, "ana", 1)).toEqual([{ noteId: 3, ownerName: "ana" }]);
    expect(await notesOf(db, "ben", 0)).toEqual([{ noteId: 2, ownerName: "ben" }]);
  });

  it("runs inside a transaction, seeing its uncommitted writes", async () => {
    const db = database();
    await db.transaction().execute(async (trx) => {
      await (trx as unknown as Loose).insertInto("notes").values({ noteId: 4, ownerName: "ben" }).execute();
      expect(await notesOf(trx, "ben", 2)).toEqual([{ noteId: 4, ownerName: "ben" }]);
    });
  });
});
