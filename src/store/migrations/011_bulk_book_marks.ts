// A bulk write of new contacts marks the book once instead of once per row (store/imports.ts):
// on SQLite the per-row trigger of migration 004 costs more than the insert itself. While the
// writing transaction holds a row of `book_mark_pauses` for the workspace, the contacts insert
// trigger leaves the marking to it; the row is deleted before commit, so no other writer ever
// sees it. PostgreSQL's statement triggers already mark a bulk write once: they ignore pauses.
import { sql, type Kysely } from "kysely";
import { sqliteMark } from "./004_book_changes.js";

async function contactsInsertTrigger(db: Kysely<unknown>, when: string): Promise<void> {
  await sql`drop trigger book_contacts_insert`.execute(db);
  await sql
    .raw(
      `create trigger book_contacts_insert after insert on contacts for each row ${when}
      begin ${sqliteMark("new", "new.id")} end`,
    )
    .execute(db);
}

export async function up(db: Kysely<unknown>, postgres: boolean): Promise<void> {
  // No unique key: two writers to one workspace never wait on each other's pause (PostgreSQL).
  await db.schema
    .createTable("book_mark_pauses")
    .addColumn("workspace_id", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("book_mark_pauses_by_workspace")
    .on("book_mark_pauses")
    .column("workspace_id")
    .execute();
  if (postgres) return;
  await contactsInsertTrigger(
    db,
    "when not exists (select 1 from book_mark_pauses p where p.workspace_id = new.workspace_id)",
  );
}

/** Undoes `up` (tests that replay an earlier migration step back through this one). */
export async function down(db: Kysely<unknown>, postgres: boolean): Promise<void> {
  if (!postgres) await contactsInsertTrigger(db, "");
  await db.schema.dropTable("book_mark_pauses").execute();
}
