// Address-book fields a contact can now hold (nickname, department, notes, links, picture and a
// label per email, phone, link or address), and what imports need: the keys that find a contact
// by email or phone without scanning the book, the fingerprint of every imported record so that
// importing the same file twice changes nothing, and each import's progress and result.
import type { Kysely } from "kysely";
import { rebuildContactKeys } from "../contact-keys.js";
import type { Database } from "../schema.js";

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ["nickname", "department", "notes", "photo"]) {
    await db.schema.alterTable("contacts").addColumn(column, "text").execute();
  }
  await db.schema
    .alterTable("contacts")
    .addColumn("urls", "text", (c) => c.notNull().defaultTo("[]"))
    .execute();
  await db.schema
    .alterTable("contacts")
    .addColumn("labels", "text", (c) => c.notNull().defaultTo("{}"))
    .execute();

  // Derived from each contact's emails and phones, rewritten with every contact write.
  await db.schema
    .createTable("contact_keys")
    .addColumn("contact_id", "text", (c) => c.notNull().references("contacts.id").onDelete("cascade"))
    .addColumn("workspace_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("key", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("contact_keys_pk", ["contact_id", "kind", "key"])
    .execute();
  await db.schema
    .createIndex("contact_keys_lookup")
    .on("contact_keys")
    .columns(["workspace_id", "kind", "key"])
    .execute();
  await rebuildContactKeys(db as unknown as Kysely<Database>);

  // Source data: which imported record became which contact.
  await db.schema
    .createTable("import_sources")
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("fingerprint", "text", (c) => c.notNull())
    .addColumn("contact_id", "text", (c) => c.notNull().references("contacts.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("import_sources_pk", ["workspace_id", "fingerprint"])
    .execute();

  await db.schema
    .createTable("imports")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("file_name", "text")
    .addColumn("dry_run", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("total_bytes", "bigint")
    .addColumn("read_bytes", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("rows", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("result", "text", (c) => c.notNull())
    .addColumn("error", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .execute();
  await db.schema
    .createIndex("imports_by_workspace")
    .on("imports")
    .columns(["workspace_id", "created_at"])
    .execute();
}
