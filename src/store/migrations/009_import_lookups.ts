// Imports match a record to a contact by name with organization, and find organizations by
// name, both without case: without these indexes each batch would read the whole book.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index contacts_by_lower_name on contacts (workspace_id, lower(name))`.execute(db);
  await sql`create index organizations_by_lower_name on organizations (workspace_id, lower(name))`.execute(
    db,
  );
}
