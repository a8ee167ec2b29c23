// Kysely builds and compiles a query on every call, which costs more than SQLite takes to answer
// a lookup by key. The queries every request runs (who a credential signs in, a row by id) are
// built once per database and then only bound to their values.
import type { Compilable, CompiledQuery } from "kysely";
import type { Db } from "./db.js";

const ARGUMENT = Symbol("argument");
type Placeholder = { [ARGUMENT]: number };

const isPlaceholder = (value: unknown): value is Placeholder =>
  typeof value === "object" && value !== null && ARGUMENT in value;

/**
 * A query built by `build` once per database (SQLite and PostgreSQL compile differently), each
 * call binding `args` where the build used them. `build` may use its arguments only as values
 * compared or written, never to decide the query's shape: it sees stand-ins, once.
 */
export function compiledOnce<A extends unknown[], R>(
  build: (db: Db, ...args: A) => Compilable<R>,
): (db: Db, ...args: A) => Promise<R[]> {
  // Keyed by the dialect's adapter: a transaction shares its database's.
  const compiled = new WeakMap<object, CompiledQuery<R>>();
  return async (db, ...args) => {
    const adapter = db.getExecutor().adapter;
    let query = compiled.get(adapter);
    if (!query) {
      const standIns = args.map((_, i): Placeholder => ({ [ARGUMENT]: i })) as unknown as A;
      query = build(db, ...standIns).compile();
      compiled.set(adapter, query);
    }
    const parameters = query.parameters.map((p) => (isPlaceholder(p) ? args[p[ARGUMENT]] : p));
    return (await db.executeQuery<R>({ ...query, parameters })).rows;
  };
}
