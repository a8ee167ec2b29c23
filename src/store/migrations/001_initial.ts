// The first schema: accounts, the relationship book, deals and contracts.
import { sql, type Kysely, type CreateTableBuilder } from "kysely";

type Builder = CreateTableBuilder<string, never>;

/** Columns every workspace-owned, archivable, versioned row carries. */
function owned(table: Builder): Builder {
  return table
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"));
}

function versioned(table: Builder): Builder {
  return table
    .addColumn("archived_at", "text")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull());
}

export async function up(db: Kysely<unknown>, postgres: boolean): Promise<void> {
  // Byte order in both databases, so that sorting and cursors agree whatever the server's locale.
  const sortable = postgres ? sql`text collate "C"` : sql`text`;

  await db.schema
    .createTable("workspaces")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("settings", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("time_zone", "text", (c) => c.notNull().defaultTo("UTC"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("memberships")
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("memberships_pk", ["workspace_id", "user_id"])
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("csrf_token", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("api_tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("last_used_at", "text")
    .addColumn("revoked_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("invites")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("email", "text")
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("accepted_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await versioned(
    owned(db.schema.createTable("organizations"))
      .addColumn("name", sortable, (c) => c.notNull())
      .addColumn("website", "text")
      .addColumn("notes", "text", (c) => c.notNull().defaultTo("")),
  ).execute();

  await versioned(
    owned(db.schema.createTable("contacts"))
      .addColumn("owner_id", "text", (c) => c.notNull().references("users.id"))
      .addColumn("organization_id", "text", (c) => c.references("organizations.id").onDelete("set null"))
      .addColumn("name", sortable, (c) => c.notNull())
      .addColumn("emails", "text", (c) => c.notNull().defaultTo("[]"))
      .addColumn("phones", "text", (c) => c.notNull().defaultTo("[]"))
      .addColumn("title", "text")
      .addColumn("stage", "text", (c) => c.notNull())
      .addColumn("birthday", "text")
      .addColumn("anniversary", "text")
      .addColumn("how_we_met", "text")
      .addColumn("preferred_channel", "text")
      .addColumn("cadence_days", "integer")
      .addColumn("tags", "text", (c) => c.notNull().defaultTo("[]"))
      .addColumn("address", "text")
      .addColumn("time_zone", "text"),
  ).execute();

  await db.schema
    .createTable("stage_changes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("contact_id", "text", (c) => c.notNull().references("contacts.id").onDelete("cascade"))
    .addColumn("from_stage", "text")
    .addColumn("to_stage", "text", (c) => c.notNull())
    .addColumn("changed_at", "text", (c) => c.notNull())
    .execute();

  await versioned(
    owned(db.schema.createTable("deals"))
      .addColumn("contact_id", "text", (c) => c.notNull().references("contacts.id").onDelete("cascade"))
      .addColumn("owner_id", "text", (c) => c.notNull().references("users.id"))
      .addColumn("title", sortable, (c) => c.notNull())
      .addColumn("stage", "text", (c) => c.notNull())
      .addColumn("needs", "text")
      .addColumn("decision_on", "text")
      .addColumn("outcome_feedback", "text")
      .addColumn("stage_override_reason", "text"),
  ).execute();

  await versioned(
    owned(db.schema.createTable("touches"))
      .addColumn("contact_id", "text", (c) => c.notNull().references("contacts.id").onDelete("cascade"))
      .addColumn("owner_id", "text", (c) => c.notNull().references("users.id"))
      .addColumn("deal_id", "text", (c) => c.references("deals.id").onDelete("set null"))
      .addColumn("occurred_at", "text", (c) => c.notNull())
      .addColumn("channel", "text", (c) => c.notNull())
      .addColumn("intent", "text", (c) => c.notNull())
      .addColumn("direction", "text", (c) => c.notNull())
      .addColumn("notes", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("steps", "text", (c) => c.notNull().defaultTo("[]"))
      .addColumn("get_back_on", "text"),
  ).execute();

  await versioned(
    owned(db.schema.createTable("facts"))
      .addColumn("contact_id", "text", (c) => c.notNull().references("contacts.id").onDelete("cascade"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("learned_on", "text", (c) => c.notNull())
      .addColumn("source_touch_id", "text", (c) => c.references("touches.id").onDelete("set null")),
  ).execute();

  await versioned(
    owned(db.schema.createTable("matters"))
      .addColumn("contact_id", "text", (c) => c.notNull().references("contacts.id").onDelete("cascade"))
      .addColumn("summary", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("event_on", "text")
      .addColumn("follow_up_on", "text")
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("source_touch_id", "text", (c) => c.references("touches.id").onDelete("set null")),
  ).execute();

  await versioned(
    owned(db.schema.createTable("follow_ups"))
      .addColumn("contact_id", "text", (c) => c.notNull().references("contacts.id").onDelete("cascade"))
      .addColumn("owner_id", "text", (c) => c.notNull().references("users.id"))
      .addColumn("due_on", "text", (c) => c.notNull())
      .addColumn("reason_kind", "text", (c) => c.notNull())
      .addColumn("detail", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("snoozed_until", "text")
      .addColumn("dismiss_reason", "text")
      .addColumn("completed_at", "text"),
  ).execute();

  await db.schema
    .createTable("concerns")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("deal_id", "text", (c) => c.notNull().references("deals.id").onDelete("cascade"))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("response", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await versioned(
    owned(db.schema.createTable("contracts"))
      .addColumn("contact_id", "text", (c) => c.notNull().references("contacts.id").onDelete("cascade"))
      .addColumn("title", sortable, (c) => c.notNull())
      .addColumn("starts_on", "text")
      .addColumn("ends_on", "text", (c) => c.notNull())
      .addColumn("value", "double precision")
      .addColumn("status", "text", (c) => c.notNull()),
  ).execute();

  const indexes: [string, string, string[]][] = [
    ["memberships_user", "memberships", ["user_id"]],
    ["sessions_user", "sessions", ["user_id"]],
    ["api_tokens_user", "api_tokens", ["workspace_id", "user_id"]],
    ["organizations_ws_name", "organizations", ["workspace_id", "name", "id"]],
    ["contacts_ws_owner", "contacts", ["workspace_id", "owner_id"]],
    ["contacts_ws_name", "contacts", ["workspace_id", "name", "id"]],
    ["contacts_org", "contacts", ["organization_id"]],
    ["stage_changes_ws", "stage_changes", ["workspace_id", "changed_at"]],
    ["deals_contact", "deals", ["workspace_id", "contact_id"]],
    ["touches_contact", "touches", ["workspace_id", "contact_id", "occurred_at"]],
    ["touches_owner", "touches", ["workspace_id", "owner_id", "occurred_at"]],
    ["facts_contact", "facts", ["workspace_id", "contact_id"]],
    ["matters_contact", "matters", ["workspace_id", "contact_id"]],
    ["follow_ups_contact", "follow_ups", ["workspace_id", "contact_id"]],
    ["follow_ups_owner", "follow_ups", ["workspace_id", "owner_id", "due_on"]],
    ["concerns_deal", "concerns", ["workspace_id", "deal_id"]],
    ["contracts_contact", "contracts", ["workspace_id", "contact_id"]],
    ["contracts_ends", "contracts", ["workspace_id", "ends_on"]],
  ];
  for (const [name, table, columns] of indexes) {
    await db.schema.createIndex(name).on(table).columns(columns).execute();
  }
}
