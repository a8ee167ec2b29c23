// The import bench's baseline: plain multi-row inserts through the driver itself (better-sqlite3,
// or pg with named statements), each statement prepared once, one transaction a batch. Not a
// bench of its own (no default export).
import type SQLite from "better-sqlite3";
import pg from "pg";

export type Value = string | number | null;

export interface RawWriter {
  /** Runs `write` in one transaction. */
  transaction(write: () => Promise<void>): Promise<void>;
  /** Inserts rows of `columns` into `table`, `size` rows a statement; `tail` adds a conflict clause. */
  insert(
    table: string,
    columns: readonly string[],
    rows: readonly Value[][],
    size: number,
    tail?: string,
  ): Promise<void>;
  /** One statement written with `?` for its parameters; answers its rows. */
  query(text: string, values: readonly Value[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

function statementText(
  table: string,
  columns: readonly string[],
  rows: number,
  tail: string,
  mark: (n: number) => string,
) {
  const tuples: string[] = [];
  for (let r = 0, n = 1; r < rows; r++) tuples.push(`(${columns.map(() => mark(n++)).join(", ")})`);
  return `insert into ${table} (${columns.join(", ")}) values ${tuples.join(", ")} ${tail}`;
}

async function inParts(
  rows: readonly Value[][],
  size: number,
  run: (part: readonly Value[][]) => Promise<void>,
) {
  for (let at = 0; at < rows.length; at += size) await run(rows.slice(at, at + size));
}

export function sqliteWriter(sqlite: SQLite.Database): RawWriter {
  const prepared = new Map<string, SQLite.Statement>();
  return {
    async transaction(write) {
      sqlite.exec("begin");
      await write();
      sqlite.exec("commit");
    },
    insert(table, columns, rows, size, tail = "") {
      return inParts(rows, size, (part) => {
        const text = statementText(table, columns, part.length, tail, () => "?");
        let statement = prepared.get(text);
        if (!statement) prepared.set(text, (statement = sqlite.prepare(text)));
        statement.run(part.flat());
        return Promise.resolve();
      });
    },
    query(text, values) {
      const statement = sqlite.prepare(text);
      return Promise.resolve(
        statement.reader ? (statement.all(values) as Record<string, unknown>[]) : (statement.run(values), []),
      );
    },
    close: () => Promise.resolve(),
  };
}

export async function postgresWriter(url: string): Promise<RawWriter> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const names = new Map<string, string>();
  return {
    async transaction(write) {
      await client.query("begin");
      await write();
      await client.query("commit");
    },
    insert(table, columns, rows, size, tail = "") {
      return inParts(rows, size, async (part) => {
        const text = statementText(table, columns, part.length, tail, (n) => `$${n}`);
        let name = names.get(text);
        if (!name) names.set(text, (name = `raw_${names.size}`));
        await client.query({ name, text, values: part.flat() });
      });
    },
    async query(text, values) {
      let n = 0;
      const result = await client.query<Record<string, unknown>>(
        text.replace(/\?/g, () => `$${++n}`),
        [...values],
      );
      return result.rows;
    },
    close: () => client.end(),
  };
}
