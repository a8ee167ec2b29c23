// Security state shared by every server instance: failed sign-in attempts (throttling), the
// first-run claim (one owner however many setups race), per-install secrets (cursor signing);
// and sessions that expire when idle and keep only a hash of their CSRF token.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per throttled key (`account:<email>`, `source:<address>`), whether or not the account exists.
  await db.schema
    .createTable("auth_attempts")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("failures", "integer", (c) => c.notNull())
    .addColumn("last_at", "text", (c) => c.notNull())
    .addColumn("locked_until", "text")
    .execute();
  // Old counts are pruned by age: a spray of made-up emails must not grow the table for ever.
  await db.schema.createIndex("auth_attempts_last_at").on("auth_attempts").column("last_at").execute();
  // Its primary key lets exactly one first-run setup commit.
  await db.schema
    .createTable("setup_claims")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("claimed_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("install_secrets")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("secret", "text", (c) => c.notNull())
    .execute();
  // Sessions held their CSRF token in clear: everyone signs in again once.
  await sql`delete from sessions`.execute(db);
  await db.schema
    .alterTable("sessions")
    .addColumn("last_seen_at", "text", (c) => c.notNull().defaultTo(""))
    .execute();
}
