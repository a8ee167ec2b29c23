// A per-contact summary of live touches, kept exact at write time (store/activity.ts), so that an
// owner's book reads one row per contact instead of walking their touches. Backfilled here in
// plain SQL that both databases run; this copy stays frozen when the store's rebuild changes.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // A row for each contact with at least one live touch; instants are ISO 8601 UTC text.
  await db.schema
    .createTable("contact_activity")
    .addColumn("contact_id", "text", (c) => c.primaryKey().references("contacts.id").onDelete("cascade"))
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("last_touch_at", "text", (c) => c.notNull())
    .addColumn("last_inbound_at", "text")
    .addColumn("last_ask_at", "text")
    .addColumn("last_give_at", "text")
    .addColumn("unanswered_outbound", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("recent_outbound", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("get_back_on", "text")
    .execute();

  // The ledger window: outbound live touches of a workspace from a day on, read by range.
  await db.schema
    .createIndex("touches_ledger")
    .on("touches")
    .columns(["workspace_id", "direction", "occurred_at", "contact_id", "intent", "archived_at"])
    .where(sql.ref("archived_at"), "is", null)
    .execute();

  // Whether a row's contact is in the book (store/agenda/scope.ts), answered from the index alone.
  await db.schema
    .createIndex("contacts_scope")
    .on("contacts")
    .columns(["id", "workspace_id", "owner_id", "archived_at"])
    .execute();

  await sql`
    with last_at as (
      select contact_id,
        max(occurred_at) as last_touch_at,
        max(case when direction = 'inbound' then occurred_at end) as last_inbound_at,
        max(case when direction = 'outbound' and intent = 'ask' then occurred_at end) as last_ask_at,
        max(case when direction = 'outbound' and intent = 'give' then occurred_at end) as last_give_at
      from touches where archived_at is null group by contact_id
    ),
    unanswered as (
      select t.contact_id, count(*) as n
      from touches t join last_at a on a.contact_id = t.contact_id
      where t.direction = 'outbound' and t.archived_at is null
        and t.occurred_at > coalesce(a.last_inbound_at, '')
      group by t.contact_id
    ),
    recent as (
      select contact_id, string_agg(intent, ',' order by occurred_at desc, intent desc) as intents
      from (
        select contact_id, intent, occurred_at,
          row_number() over (partition by contact_id order by occurred_at desc, intent desc) as n
        from touches where direction = 'outbound' and archived_at is null
      ) r
      where n <= 5 group by contact_id
    ),
    get_back as (
      select contact_id, get_back_on
      from (
        select contact_id, get_back_on,
          row_number() over (partition by contact_id order by occurred_at desc, get_back_on desc) as n
        from touches where get_back_on is not null and archived_at is null
      ) g
      where n = 1
    )
    insert into contact_activity (contact_id, workspace_id, last_touch_at, last_inbound_at, last_ask_at,
      last_give_at, unanswered_outbound, recent_outbound, get_back_on)
    select c.id, c.workspace_id, a.last_touch_at, a.last_inbound_at, a.last_ask_at, a.last_give_at,
      coalesce(u.n, 0), coalesce(r.intents, ''), g.get_back_on
    from last_at a
    join contacts c on c.id = a.contact_id
    left join unanswered u on u.contact_id = a.contact_id
    left join recent r on r.contact_id = a.contact_id
    left join get_back g on g.contact_id = a.contact_id
  `.execute(db);
}
