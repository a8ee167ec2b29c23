// What changed in a workspace's book since a version: the marks that the triggers of migration 004
// leave on every write to a table the book reads.
import type { Db } from "../db.js";

export interface BookChanges {
  /** The workspace's book version now (0 before its first write). */
  version: number;
  /** Contacts marked after the version asked about; `null` when more than the limit changed. */
  contactIds: string[] | null;
}

/**
 * The book version, and the contacts whose rows changed after `since`, read in one statement so
 * that both come from the same snapshot.
 * @example await bookChanges(db, workspaceId, 41, 500) // { version: 43, contactIds: ["c1"] }
 */
export async function bookChanges(
  db: Db,
  workspaceId: string,
  since: number,
  limit: number,
): Promise<BookChanges> {
  const rows = await db
    .selectFrom("bookVersions as v")
    .leftJoin("bookMarks as m", (j) =>
      j.onRef("m.workspaceId", "=", "v.workspaceId").on("m.version", ">", since),
    )
    .select(["v.version", "m.contactId"])
    .where("v.workspaceId", "=", workspaceId)
    .limit(limit + 1)
    .execute();
  const first = rows[0];
  // Versions are bigint (strings) on PostgreSQL.
  const version = first === undefined ? 0 : Number(first.version);
  if (rows.length > limit) return { version, contactIds: null };
  const contactIds: string[] = [];
  for (const row of rows) if (row.contactId !== null) contactIds.push(row.contactId);
  return { version, contactIds };
}

/** The workspace's book version now (0 before its first write). */
export async function bookVersion(db: Db, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom("bookVersions")
    .select("version")
    .where("workspaceId", "=", workspaceId)
    .executeTakeFirst();
  return row === undefined ? 0 : Number(row.version);
}
