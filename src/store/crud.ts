// Create, read, update, archive and list for every versioned, workspace-owned table.
// Each resource describes itself once (a ResourceSpec); the SQL lives here, written once.
import { sql, type ExpressionBuilder, type Kysely, type SqlBool, type Expression } from "kysely";
import { notFound, preconditionFailed, invalid } from "../errors.js";
import type { Instant } from "../domain/model.js";
import { compiledOnce } from "./compiled-once.js";
import { openCursor, sealCursor } from "./cursors.js";
import type { Db } from "./db.js";
import { newId } from "./ids.js";
import type { Database } from "./schema.js";

type Row = Record<string, unknown>;
// Generic code addresses tables by name; rows are parsed by each spec's own zod schema.
type LooseDb = Kysely<Record<string, Row>>;
type LooseEb = ExpressionBuilder<Record<string, Row>, string>;

export type VersionedTable = {
  [K in keyof Database]: Database[K] extends { version: unknown; workspaceId: string } ? K : never;
}[keyof Database];

export interface ResourceSpec<T> {
  table: VersionedTable;
  /** Singular noun for messages ("contact"). */
  noun: string;
  fromRow(row: Row): T;
  /** Encodes API-shaped fields as columns (lists to JSON text). */
  toRow(fields: Row): Row;
  /** API sort keys and the column each sorts on; keys must be non-null columns. */
  sorts: Record<string, string>;
  defaultSort: string;
  /** Columns searched by `q` (case-insensitive substring). */
  searchColumns: string[];
  /** More search targets (a related name, phone keys): `text` is the raw `q`, `pattern` its LIKE form. */
  searchExtra?: (eb: LooseEb, pattern: string, text: string) => Expression<SqlBool>;
  /** JSON list columns filterable by one member (`tag=vip`). */
  listColumns?: string[];
  /** Keeps rows derived from this one current, in the same transaction as the write. */
  afterWrite?: (db: Db, workspaceId: string, saved: T) => Promise<void>;
}

/** Bounds on one column: `from` inclusive, `before` exclusive, `upTo` inclusive. */
export interface Range {
  column: string;
  from?: string;
  before?: string;
  upTo?: string;
}

export interface ListQuery {
  /** Column equality filters (camelCase column → value). */
  where?: Row;
  /** JSON list membership filters (column → member). */
  has?: Record<string, string>;
  ranges?: Range[];
  q?: string;
  /** Sort key, `-` prefix for descending. */
  sort?: string;
  cursor?: string;
  limit: number;
  archived?: "exclude" | "include" | "only";
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const loose = (db: Db): LooseDb => db as unknown as LooseDb;

export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function containsCi(eb: LooseEb, column: string, pattern: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${eb.ref(column)}) like ${pattern} escape '\\'`;
}

export async function insertRow<T>(
  db: Db,
  spec: ResourceSpec<T>,
  workspaceId: string,
  fields: Row,
  at: Instant,
): Promise<T> {
  const row = {
    id: newId(),
    ...spec.toRow(fields),
    workspaceId,
    version: 1,
    archivedAt: null,
    createdAt: at,
    updatedAt: at,
  };
  const saved = spec.fromRow(
    await loose(db).insertInto(spec.table).values(row).returningAll().executeTakeFirstOrThrow(),
  );
  await spec.afterWrite?.(db, workspaceId, saved);
  return saved;
}

export async function findRow<T>(
  db: Db,
  spec: ResourceSpec<T>,
  workspaceId: string,
  id: string,
): Promise<T | null> {
  const [row] = await rowById(spec.table)(db, workspaceId, id);
  return row ? spec.fromRow(row) : null;
}

type RowById = (db: Db, workspaceId: string, id: string) => Promise<Row[]>;
const rowByIdQueries = new Map<VersionedTable, RowById>();

/** The one query every read by id runs, compiled once per table. */
function rowById(table: VersionedTable): RowById {
  let query = rowByIdQueries.get(table);
  if (!query) {
    query = compiledOnce((db, workspaceId: string, id: string) =>
      loose(db).selectFrom(table).selectAll().where("workspaceId", "=", workspaceId).where("id", "=", id),
    );
    rowByIdQueries.set(table, query);
  }
  return query;
}

export async function getRow<T>(db: Db, spec: ResourceSpec<T>, workspaceId: string, id: string): Promise<T> {
  const found = await findRow(db, spec, workspaceId, id);
  if (!found) throw notFound(spec.noun);
  return found;
}

/**
 * Updates fields if the row exists in the workspace and, when `expectedVersion` is given,
 * still has that version (optimistic concurrency: 412 otherwise). Bumps the version.
 */
export async function updateRow<T>(
  db: Db,
  spec: ResourceSpec<T>,
  workspaceId: string,
  id: string,
  fields: Row,
  at: Instant,
  expectedVersion?: number,
): Promise<T> {
  let query = loose(db)
    .updateTable(spec.table)
    .set({ ...spec.toRow(fields), updatedAt: at, version: sql`version + 1` })
    .where("workspaceId", "=", workspaceId)
    .where("id", "=", id);
  if (expectedVersion !== undefined) query = query.where("version", "=", expectedVersion);
  const row = await query.returningAll().executeTakeFirst();
  if (row) {
    const saved = spec.fromRow(row);
    await spec.afterWrite?.(db, workspaceId, saved);
    return saved;
  }
  await getRow(db, spec, workspaceId, id);
  throw preconditionFailed(
    `The ${spec.noun} has changed since that version was read; reload it and try again`,
  );
}

export function resolveSort(spec: { sorts: Record<string, string>; defaultSort: string }, sort?: string) {
  const key = sort ?? spec.defaultSort;
  const descending = key.startsWith("-");
  const column = spec.sorts[descending ? key.slice(1) : key];
  if (!column) {
    const allowed = Object.keys(spec.sorts).join(", ");
    throw invalid(`Cannot sort by ${key}`, [
      { field: "sort", message: `one of ${allowed}, optionally prefixed by -` },
    ]);
  }
  return { column, descending };
}

export async function listRows<T>(
  db: Db,
  spec: ResourceSpec<T>,
  workspaceId: string,
  query: ListQuery,
): Promise<Page<T>> {
  const { column, descending } = resolveSort(spec, query.sort);
  let q = loose(db).selectFrom(spec.table).selectAll().where("workspaceId", "=", workspaceId);
  const archived = query.archived ?? "exclude";
  if (archived === "exclude") q = q.where("archivedAt", "is", null);
  if (archived === "only") q = q.where("archivedAt", "is not", null);
  for (const [col, value] of Object.entries(query.where ?? {})) {
    if (value !== undefined) q = q.where(col, "=", value);
  }
  for (const [col, member] of Object.entries(query.has ?? {})) {
    const pattern = `%${JSON.stringify(member).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<SqlBool>`${sql.ref(col)} like ${pattern} escape '\\'`);
  }
  for (const range of query.ranges ?? []) {
    if (range.from !== undefined) q = q.where(range.column, ">=", range.from);
    if (range.before !== undefined) q = q.where(range.column, "<", range.before);
    if (range.upTo !== undefined) q = q.where(range.column, "<=", range.upTo);
  }
  if (query.q) {
    const text = query.q;
    const pattern = likePattern(text);
    q = q.where((eb) =>
      eb.or([
        ...spec.searchColumns.map((c) => containsCi(eb, c, pattern)),
        ...(spec.searchExtra ? [spec.searchExtra(eb, pattern, text)] : []),
      ]),
    );
  }
  if (query.cursor) {
    const [value, id] = await openCursor(db, query.cursor);
    const op = descending ? "<" : ">";
    q = q.where((eb) => eb.or([eb(column, op, value), eb.and([eb(column, "=", value), eb("id", op, id)])]));
  }
  const direction = descending ? "desc" : "asc";
  const rows = await q
    .orderBy(column, direction)
    .orderBy("id", direction)
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > query.limit && last ? await sealCursor(db, last[column], String(last.id)) : null;
  return { items: page.map((r) => spec.fromRow(r)), nextCursor };
}
