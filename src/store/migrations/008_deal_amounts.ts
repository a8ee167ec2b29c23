// What a deal is worth, in its own currency (ISO 4217), so that the pipeline can be totalled per
// stage. Both optional: an early conversation often has no figure yet.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("deals").addColumn("amount", "double precision").execute();
  await db.schema.alterTable("deals").addColumn("currency", "text").execute();
}
