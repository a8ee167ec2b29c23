// Which contacts' book rows changed, and in what order: a per-workspace version and, per contact,
// the version of its latest change, kept by triggers on every table the agenda's book reads. A
// server keeps an owner's agenda between requests and asks only for the contacts marked since.
// Triggers see every writer (services, restore, imports, another instance, the CLI), so nothing
// can change the book without leaving a mark.
import { sql, type Kysely } from "kysely";

/** Tables the book reads, with the column that names the row's contact. */
const direct = [
  ["contacts", "id"],
  ["touches", "contact_id"],
  ["facts", "contact_id"],
  ["matters", "contact_id"],
  ["follow_ups", "contact_id"],
  ["contracts", "contact_id"],
  ["deals", "contact_id"],
] as const;

// No foreign keys: a restore empties the workspaces table, and the versions must outlive that
// so that they only ever grow.
async function createTables(db: Kysely<unknown>, postgres: boolean): Promise<void> {
  const counter = postgres ? "bigint" : "integer";
  await db.schema
    .createTable("book_versions")
    .addColumn("workspace_id", "text", (c) => c.primaryKey())
    .addColumn("version", counter, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("book_marks")
    .addColumn("contact_id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull())
    .addColumn("version", counter, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("book_marks_since")
    .on("book_marks")
    .columns(["workspace_id", "version"])
    .execute();
}

// SQLite: row triggers. Writers take turns on the one file, so a version is never seen before the
// versions below it.
export function sqliteMark(row: "new" | "old", contact: string): string {
  return `
    insert into book_versions (workspace_id, version) values (${row}.workspace_id, 1)
      on conflict (workspace_id) do update set version = version + 1;
    insert into book_marks (contact_id, workspace_id, version)
      values (${contact}, ${row}.workspace_id,
        (select version from book_versions where workspace_id = ${row}.workspace_id))
      on conflict (contact_id) do update set workspace_id = excluded.workspace_id, version = excluded.version;`;
}

async function sqliteTriggers(db: Kysely<unknown>): Promise<void> {
  const tables: [string, (row: "new" | "old") => string][] = direct.map(([table, column]) => [
    table,
    (row) => sqliteMark(row, `${row}.${column}`),
  ]);
  // A concern's contact is its deal's.
  tables.push([
    "concerns",
    (row) => sqliteMark(row, `(select d.contact_id from deals d where d.id = ${row}.deal_id)`),
  ]);
  for (const [table, mark] of tables) {
    const statements = {
      insert: mark("new"),
      update: mark("old") + mark("new"),
      delete: mark("old"),
    };
    for (const [event, body] of Object.entries(statements)) {
      await sql
        .raw(
          `create trigger book_${table}_${event} after ${event} on ${table} for each row begin ${body} end`,
        )
        .execute(db);
    }
  }
}

// PostgreSQL: statement triggers over transition tables, so a bulk write bumps the version once
// per statement, not once per row. The version row stays locked until commit, so writers to one
// workspace commit in version order and a reader never sees a version before the ones below it.
async function postgresTriggers(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function book_mark(contact_ids text[], workspace_ids text[]) returns void language sql as $$
      with touched as (
        select distinct c, w from unnest(contact_ids, workspace_ids) as t(c, w) where c is not null
      ),
      bumped as (
        insert into book_versions (workspace_id, version)
        select w, 1 from (select distinct w from touched) ws order by w
        on conflict (workspace_id) do update set version = book_versions.version + 1
        returning workspace_id, version
      )
      insert into book_marks (contact_id, workspace_id, version)
      select distinct on (t.c) t.c, t.w, b.version from touched t join bumped b on b.workspace_id = t.w
      order by t.c
      on conflict (contact_id) do update set workspace_id = excluded.workspace_id, version = excluded.version
    $$`.execute(db);
  const tables: [string, (rows: string) => string][] = direct.map(([table, column]) => [
    table,
    (rows) => `select array_agg(${column}), array_agg(workspace_id) from ${rows}`,
  ]);
  tables.push([
    "concerns",
    (rows) =>
      `select array_agg(d.contact_id), array_agg(d.workspace_id) from ${rows} r join deals d on d.id = r.deal_id`,
  ]);
  for (const [table, pairs] of tables) {
    await sql
      .raw(
        `create function book_mark_${table}() returns trigger language plpgsql as $$
        declare contact_ids text[]; workspace_ids text[];
        begin
          if tg_op in ('UPDATE', 'DELETE') then
            ${pairs("old_rows")} into contact_ids, workspace_ids;
            perform book_mark(contact_ids, workspace_ids);
          end if;
          if tg_op in ('INSERT', 'UPDATE') then
            ${pairs("new_rows")} into contact_ids, workspace_ids;
            perform book_mark(contact_ids, workspace_ids);
          end if;
          return null;
        end $$`,
      )
      .execute(db);
    const events = {
      insert: "new table as new_rows",
      update: "old table as old_rows new table as new_rows",
      delete: "old table as old_rows",
    };
    for (const [event, referencing] of Object.entries(events)) {
      await sql
        .raw(
          `create trigger book_${table}_${event} after ${event} on ${table} referencing ${referencing}
          for each statement execute function book_mark_${table}()`,
        )
        .execute(db);
    }
  }
}

export async function up(db: Kysely<unknown>, postgres: boolean): Promise<void> {
  await createTables(db, postgres);
  await (postgres ? postgresTriggers(db) : sqliteTriggers(db));
}

/** Undoes `up` (tests that replay an earlier migration step back through this one). */
export async function down(db: Kysely<unknown>, postgres: boolean): Promise<void> {
  for (const table of [...direct.map(([t]) => t), "concerns"]) {
    for (const event of ["insert", "update", "delete"]) {
      await sql.raw(`drop trigger book_${table}_${event}${postgres ? ` on ${table}` : ""}`).execute(db);
    }
    if (postgres) await sql.raw(`drop function book_mark_${table}()`).execute(db);
  }
  if (postgres) await sql`drop function book_mark(text[], text[])`.execute(db);
  await db.schema.dropTable("book_marks").execute();
  await db.schema.dropTable("book_versions").execute();
}
