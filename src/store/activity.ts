// The per-contact activity summary (`contact_activity`, migration 003): derived from live touches,
// refreshed in the transaction of every touch write, and rebuilt in bulk after a restore.
import { sql, type Insertable } from "kysely";
import type { Db } from "./db.js";
import type { ContactActivityTable } from "./schema.js";

type ActivityRow = Insertable<ContactActivityTable>;

/** Live touches of one contact (seeks on `touches_book` and `touches_get_back`, migration 002). */
function liveTouches(db: Db, workspaceId: string, contactId: string) {
  return db
    .selectFrom("touches as t")
    .where("t.contactId", "=", contactId)
    .where("t.workspaceId", "=", workspaceId)
    .where("t.archivedAt", "is", null);
}

/** One contact's summary computed from their live touches; `null` when they have none. */
async function summarise(db: Db, workspaceId: string, contactId: string): Promise<ActivityRow | null> {
  const touches = liveTouches(db, workspaceId, contactId);
  const latest = await touches
    .select((eb) => ["t.direction", "t.intent", eb.fn.max("t.occurredAt").as("at")])
    .groupBy(["t.direction", "t.intent"])
    .execute();
  if (latest.length === 0) return null;
  const outbound = touches.where("t.direction", "=", "outbound");
  const latestOf = (direction: string, intent?: string) =>
    latest
      .filter((r) => r.direction === direction && (intent === undefined || r.intent === intent))
      .reduce<string | null>((max, r) => (max === null || r.at > max ? r.at : max), null);
  const lastInboundAt = latestOf("inbound");
  const [recent, unanswered, getBack] = await Promise.all([
    outbound
      .select("t.intent")
      .orderBy("t.occurredAt", "desc")
      .orderBy("t.intent", "desc")
      .limit(5)
      .execute(),
    outbound
      .select((eb) => eb.fn.countAll().as("n"))
      .where("t.occurredAt", ">", lastInboundAt ?? "")
      .executeTakeFirstOrThrow(),
    touches
      .select("t.getBackOn")
      .where("t.getBackOn", "is not", null)
      .orderBy("t.occurredAt", "desc")
      .orderBy("t.getBackOn", "desc")
      .limit(1)
      .executeTakeFirst(),
  ]);
  return {
    contactId,
    workspaceId,
    lastTouchAt: latest.reduce((max, r) => (r.at > max ? r.at : max), ""),
    lastInboundAt,
    lastAskAt: latestOf("outbound", "ask"),
    lastGiveAt: latestOf("outbound", "give"),
    unansweredOutbound: Number(unanswered.n),
    recentOutbound: recent.map((r) => r.intent).join(","),
    getBackOn: getBack?.getBackOn ?? null,
  };
}

/**
 * Recomputes one contact's activity summary from their live touches. Call it in the transaction
 * that wrote the touch, for every contact whose touches changed.
 * @example await refreshActivity(trx, actor.workspaceId, touch.contactId)
 */
export async function refreshActivity(db: Db, workspaceId: string, contactId: string): Promise<void> {
  // Lock the row first (inserting a stub if need be): a concurrent writer for the same contact waits
  // here until we commit, then summarises with our touch in view.
  const stub: ActivityRow = { contactId, workspaceId, lastTouchAt: "" };
  await db
    .insertInto("contactActivity")
    .values(stub)
    .onConflict((oc) => oc.column("contactId").doUpdateSet({ workspaceId }))
    .execute();
  const row = await summarise(db, workspaceId, contactId);
  if (row === null) {
    await db.deleteFrom("contactActivity").where("contactId", "=", contactId).execute();
    return;
  }
  const { contactId: _, ...columns } = row;
  await db.updateTable("contactActivity").set(columns).where("contactId", "=", contactId).execute();
}

/**
 * Recomputes every contact's summary (one workspace's, or all), set-based: after a restore, or
 * after rows were written around the services (the agenda bench's seed).
 * @example await rebuildActivity(db)
 */
export async function rebuildActivity(db: Db, workspaceId?: string): Promise<void> {
  let cleared = db.deleteFrom("contactActivity");
  if (workspaceId !== undefined) cleared = cleared.where("workspaceId", "=", workspaceId);
  await cleared.execute();
  const inScope = workspaceId === undefined ? sql`` : sql`and workspace_id = ${workspaceId}`;
  // Same SQL as migration 003's backfill, narrowed to the workspace.
  await sql`
    with last_at as (
      select contact_id,
        max(occurred_at) as last_touch_at,
        max(case when direction = 'inbound' then occurred_at end) as last_inbound_at,
        max(case when direction = 'outbound' and intent = 'ask' then occurred_at end) as last_ask_at,
        max(case when direction = 'outbound' and intent = 'give' then occurred_at end) as last_give_at
      from touches where archived_at is null ${inScope} group by contact_id
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
        from touches where direction = 'outbound' and archived_at is null ${inScope}
      ) r
      where n <= 5 group by contact_id
    ),
    get_back as (
      select contact_id, get_back_on
      from (
        select contact_id, get_back_on,
          row_number() over (partition by contact_id order by occurred_at desc, get_back_on desc) as n
        from touches where get_back_on is not null and archived_at is null ${inScope}
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
