// Bulk writes of many rows of one shape. Building a multi-row insert with Kysely costs more than
// running it (every value becomes a node, then text), and the text depends only on the table,
// the columns and the number of rows: it is built once per shape, then run with each part's
// values. Every value of these rows is a plain parameter (text, number or null).
import { CompiledQuery, type Compilable, type DialectAdapter } from "kysely";
import type { Db } from "./db.js";

type Value = string | number | null;
type Row = Record<string, Value>;

// By the database's adapter: each dialect writes its own text (`?` or `$1` parameters).
const textsByAdapter = new WeakMap<DialectAdapter, Map<string, string>>();

function parametersOf(rows: readonly Row[], columns: readonly string[]): Value[] {
  const parameters: Value[] = [];
  for (const row of rows) for (const column of columns) parameters.push(row[column] ?? null);
  return parameters;
}

/** The statement's text for a full part, built the first time; checked to bind the rows' values in order. */
function textFor(
  texts: Map<string, string>,
  shape: string,
  part: Row[],
  parameters: readonly Value[],
  compiled: () => CompiledQuery,
) {
  const key = `${shape}\u0000${Object.keys(part[0]!).join(",")}\u0000${part.length}`;
  let text = texts.get(key);
  if (text !== undefined) return text;
  const built = compiled();
  const same =
    built.parameters.length === parameters.length && built.parameters.every((v, i) => v === parameters[i]);
  if (!same) throw new Error(`${shape}: the rows do not bind as plain values in column order`);
  texts.set(key, (text = built.sql));
  return text;
}

/**
 * Inserts `rows`, `size` at a time, with the statement `build` makes for a part (an insert with
 * its conflict clause); `shape` names that statement.
 * @example await insertInParts(db, "contact keys", keys, 2_000, (part) => db.insertInto("contactKeys").values(part))
 */
export async function insertInParts<R extends Row>(
  db: Db,
  shape: string,
  rows: readonly R[],
  size: number,
  build: (part: R[]) => Compilable,
): Promise<void> {
  const adapter = db.getExecutor().adapter;
  let texts = textsByAdapter.get(adapter);
  if (!texts) textsByAdapter.set(adapter, (texts = new Map<string, string>()));
  for (let at = 0; at < rows.length; at += size) {
    const part = rows.slice(at, at + size);
    // A short last part is built as usual: its length seldom comes again.
    if (part.length < size) {
      await db.executeQuery(build(part).compile());
      continue;
    }
    const parameters = parametersOf(part, Object.keys(part[0]!));
    const text = textFor(texts, shape, part, parameters, () => build(part).compile());
    await db.executeQuery(CompiledQuery.raw(text, parameters));
  }
}
