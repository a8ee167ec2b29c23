// Whose book a query reads, and the small helpers the book's queries share.
import { expressionBuilder, sql } from "kysely";
import type { Db } from "../db.js";
import type { Database } from "../schema.js";

/** Whose book: a workspace's contacts, narrowed to one owner and/or one contact or a few. */
export interface BookScope {
  workspaceId: string;
  ownerId?: string;
  contactId?: string;
  /** A few contacts (those changed since a book was loaded); kept small, as a list of parameters. */
  contactIds?: readonly string[];
}

/**
 * The scope's contact filter as a non-empty list for `in`, when it narrows to given contacts (an
 * empty list matches no contact id).
 */
export function namedContacts(scope: BookScope): readonly string[] | undefined {
  const named =
    scope.contactId !== undefined ? [scope.contactId, ...(scope.contactIds ?? [])] : scope.contactIds;
  return named === undefined || named.length > 0 ? named : [""];
}

/** The ids of the contacts in scope: live ones only, always within the workspace. */
function scopedContacts(db: Db, scope: BookScope) {
  let q = db
    .selectFrom("contacts as sc")
    .select("sc.id")
    .where("sc.workspaceId", "=", scope.workspaceId)
    .where("sc.archivedAt", "is", null);
  if (scope.ownerId !== undefined) q = q.where("sc.ownerId", "=", scope.ownerId);
  const named = namedContacts(scope);
  if (named !== undefined) q = q.where("sc.id", "in", named);
  return q;
}

/**
 * The row's contact (`contactColumn`) is in scope, as `exists`: the database walks the workspace's
 * rows and checks each one's contact by key, rather than probing the table once per contact. For
 * named contacts, the column is also compared directly, so that the contacts' own index is used.
 */
export function ofScopedContact(db: Db, scope: BookScope, contactColumn: string) {
  const column = sql.ref<string>(contactColumn);
  const eb = expressionBuilder<Database, never>();
  const exists = eb.exists(scopedContacts(db, scope).where("sc.id", "=", column));
  const named = namedContacts(scope);
  if (named === undefined) return exists;
  return eb.and([eb(column, "in", named), exists]);
}

/** Rows grouped by contact, each turned into its book shape. */
export function byContact<T extends { contactId: string }, U>(
  rows: readonly T[],
  toBook: (row: T) => U,
): Map<string, U[]> {
  const groups = new Map<string, U[]>();
  for (const row of rows) {
    const list = groups.get(row.contactId);
    if (list) list.push(toBook(row));
    else groups.set(row.contactId, [toBook(row)]);
  }
  return groups;
}

/**
 * A checker for values read from a closed set: the database is not the validator, and a value
 * outside the set is a bug or a bad import, not an outcome.
 * @example const asStage = oneOf(stages, "stage"); asStage(row.stage)
 */
export function oneOf<const T extends string>(values: readonly T[], what: string) {
  const known: ReadonlySet<string> = new Set(values);
  return (value: string): T => {
    if (!known.has(value)) throw new Error(`unexpected ${what} in the database: ${value}`);
    return value as T;
  };
}
