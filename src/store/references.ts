import type { Db } from "./db.js";

export type ReferenceTable = "contacts" | "organizations" | "deals" | "touches";

export async function rowExists(
  db: Db,
  table: ReferenceTable,
  workspaceId: string,
  id: string,
): Promise<boolean> {
  const row = await db
    .selectFrom(table)
    .select("id")
    .where("workspaceId", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row !== undefined;
}
