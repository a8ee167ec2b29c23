// Each user's secret calendar feed per workspace: at most one live feed, stored as a hash of its
// secret. Rotating replaces the row, so the old secret stops matching at once.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("calendar_feeds")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("secret_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("calendar_feeds_owner", ["workspace_id", "user_id"])
    .execute();
}
