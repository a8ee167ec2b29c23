import SQLite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { withStatementCache } from "./statement-cache.js";

function database() {
  const sqlite = new SQLite(":memory:");
  sqlite.exec("create table t (n integer)");
  sqlite.exec("insert into t values (1), (2), (3)");
  return sqlite;
}

describe("the statement cache", () => {
  it("compiles a SQL text once and hands the same statement back", () => {
    const db = withStatementCache(database());
    const first = db.prepare("select n from t");
    expect(db.prepare("select n from t")).toBe(first);
    expect(first.all([])).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it("compiles a second statement while the first is still being iterated", () => {
    const db = withStatementCache(database());
    const outer = db.prepare("select n from t where n >= ?");
    const seen: number[][] = [];
    for (const row of outer.iterate([1]) as Iterable<{ n: number }>) {
      const inner = db.prepare("select n from t where n >= ?");
      expect(inner).not.toBe(outer);
      seen.push((inner.all([row.n]) as { n: number }[]).map((r) => r.n));
    }
    expect(seen).toEqual([[1, 2, 3], [2, 3], [3]]);
  });

  it("keeps a bounded number of statements, the least recently used out first", () => {
    const db = withStatementCache(database(), 2);
    const a = db.prepare("select 1");
    const b = db.prepare("select 2");
    expect(db.prepare("select 1")).toBe(a);
    db.prepare("select 3");
    expect(db.prepare("select 1")).toBe(a);
    expect(db.prepare("select 2")).not.toBe(b);
  });
});
