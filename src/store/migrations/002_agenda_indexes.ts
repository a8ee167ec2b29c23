// Indexes for loading an owner's book (store/agenda.ts): per-contact seeks instead of table scans.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Newest live touch per contact and direction (then intent): covering, so no table lookups.
  // The contact leads (the workspace is checked from the index too) so that seeks compare short keys.
  await db.schema
    .createIndex("touches_book")
    .on("touches")
    .columns(["contact_id", "direction", "occurred_at", "intent", "workspace_id", "archived_at"])
    .where(sql.ref("archived_at"), "is", null)
    .execute();
  // The few touches that agreed a get-back date, per workspace.
  await db.schema
    .createIndex("touches_get_back")
    .on("touches")
    .columns(["workspace_id", "contact_id", "occurred_at", "get_back_on", "archived_at"])
    .where(sql.ref("get_back_on"), "is not", null)
    .execute();
}
