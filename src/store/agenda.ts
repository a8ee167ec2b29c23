// The agenda's book: one owner's contacts as per-contact aggregates (domain/agenda/book.ts), read in
// a handful of set-based queries. Touch aggregates are correlated index seeks on `touches_book`
// (migration 002), one statement for the whole book: cheaper than scanning every touch, and never
// a query per contact. SQL returns instants; local dates are worked out here, in the owner's zone.
import { expressionBuilder, sql, type ExpressionBuilder } from "kysely";
import { z } from "zod";
import type {
  BookConcern,
  BookContact,
  BookContract,
  BookFact,
  BookFollowUp,
  BookMatter,
} from "../domain/agenda/book.js";
import { addDays, localDate } from "../domain/dates.js";
import type { Ledger } from "../domain/ledger.js";
import {
  channels,
  factKinds,
  followUpStatuses,
  intents,
  matterKinds,
  reasonKinds,
  stages,
  type Instant,
  type Intent,
  type IsoDate,
} from "../domain/model.js";
import type { Db } from "./db.js";
import { followUpSpec, type StoredFollowUp } from "./follow-ups.js";
import { count, nullableText } from "./rows.js";
import type { Database } from "./schema.js";

/** Whose book: a workspace's contacts, narrowed to one owner and/or one contact. */
export interface BookScope {
  workspaceId: string;
  ownerId?: string;
  contactId?: string;
}

export interface BookDay {
  today: IsoDate;
  timeZone: string;
  ledgerWindowDays: number;
}

/** Done and dismissed records older than this no longer matter to any reason. */
const RECORD_DAYS = 400;
const DAY_MS = 86_400_000;

function zoneOffsets(timeZone: string) {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  /** Milliseconds the zone is ahead of UTC at an instant. */
  return (at: number): number => {
    const parts = format.formatToParts(new Date(at));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const wall = Date.UTC(
      get("year"),
      get("month") - 1,
      get("day"),
      get("hour"),
      get("minute"),
      get("second"),
    );
    return wall - Math.floor(at / 1000) * 1000;
  };
}

const stored = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):\d{2}(?:\.\d+)?Z$/;

function makeZoneDates(timeZone: string) {
  const offsetMs = zoneOffsets(timeZone);
  // Per UTC day, the offset in minutes when it holds all day; per minute on the days it changes.
  const offsets = new Map<string, number | null>();
  const near = new Map<string, IsoDate>();
  const minutesAhead = (key: string, at: number): number => {
    let offset = offsets.get(key);
    if (offset === undefined) offsets.set(key, (offset = Math.round(offsetMs(at) / 60_000)));
    return offset ?? 0;
  };
  const shift = (day: IsoDate, by: number): IsoDate => {
    const key = `${day}${by}`;
    let found = near.get(key);
    if (found === undefined) near.set(key, (found = addDays(day, by)));
    return found;
  };

  function dateOf(instant: Instant): IsoDate {
    const m = stored.exec(instant);
    if (!m) return localDate(instant, timeZone);
    const day = m[1] as string;
    let offset = offsets.get(day);
    if (offset === undefined) {
      const start = Date.parse(`${day}T00:00:00Z`);
      const [a, b] = [offsetMs(start), offsetMs(start + DAY_MS - 1)];
      offset = a === b ? Math.round(a / 60_000) : null;
      offsets.set(day, offset);
    }
    const minuteOfDay = Number(m[2]) * 60 + Number(m[3]);
    if (offset === null) {
      // Offsets change on minute boundaries: look this minute up once.
      offset = minutesAhead(instant.slice(0, 16), Date.parse(`${instant.slice(0, 16)}:00Z`));
    }
    const minutes = minuteOfDay + offset;
    return minutes < 0 ? shift(day, -1) : minutes >= 1440 ? shift(day, 1) : day;
  }

  /** The instant a local day starts. */
  function startOf(date: IsoDate): Instant {
    const midnight = Date.parse(`${date}T00:00:00Z`);
    const guess = midnight - offsetMs(midnight);
    // Once more at the guess, in case the offset changes between the two.
    return new Date(midnight - offsetMs(guess)).toISOString();
  }

  return { dateOf, startOf };
}

const zones = new Map<string, ReturnType<typeof makeZoneDates>>();

/**
 * Local dates of stored instants in one time zone, fast: the zone's offset is looked up once per
 * UTC day (per minute on days it changes) and remembered, since offsets of past days do not move.
 * @example zoneDates("Pacific/Auckland").dateOf("2026-03-10T20:00:00.000Z") // "2026-03-11"
 */
export function zoneDates(timeZone: string) {
  let zone = zones.get(timeZone);
  if (!zone) {
    if (zones.size >= 64) zones.clear();
    zones.set(timeZone, (zone = makeZoneDates(timeZone)));
  }
  return zone;
}

export type ZoneDates = ReturnType<typeof zoneDates>;

type Eb = ExpressionBuilder<Database & { c: Database["contacts"] }, "c">;

/** The ids of the contacts in scope: live ones only, always within the workspace. */
function scopedContacts(db: Db, scope: BookScope) {
  let q = db
    .selectFrom("contacts as sc")
    .select("sc.id")
    .where("sc.workspaceId", "=", scope.workspaceId)
    .where("sc.archivedAt", "is", null);
  if (scope.ownerId !== undefined) q = q.where("sc.ownerId", "=", scope.ownerId);
  if (scope.contactId !== undefined) q = q.where("sc.id", "=", scope.contactId);
  return q;
}

/**
 * The row's contact (`contactColumn`) is in scope, as `exists`: the database walks the workspace's
 * rows and checks each one's contact by key, rather than probing the table once per contact.
 */
export function ofScopedContact(db: Db, scope: BookScope, contactColumn: string) {
  const contact = scopedContacts(db, scope).where("sc.id", "=", sql.ref<string>(contactColumn));
  return expressionBuilder<Database, never>().exists(contact);
}

/** Live touches of the outer contact `c` in one direction (seeks on `touches_book`). */
function touchesOf(eb: Eb, workspaceId: string, direction: "inbound" | "outbound") {
  return eb
    .selectFrom("touches as t")
    .where("t.workspaceId", "=", workspaceId)
    .whereRef("t.contactId", "=", "c.id")
    .where("t.direction", "=", direction)
    .where("t.archivedAt", "is", null);
}

const stage = z.enum(stages);
const intentSet: ReadonlySet<string> = new Set(intents);

const contactRow = z.object({
  id: z.string(),
  name: z.string(),
  stage,
  birthday: nullableText,
  anniversary: nullableText,
  cadenceDays: count.nullable(),
  preferredChannel: z.enum(channels).nullable(),
  createdAt: z.string(),
  lastInboundAt: nullableText,
  /** The newest 5 outbound touches as `instant intent`, comma-separated, in no order. */
  recentOutbound: nullableText,
  lastAskAt: nullableText,
  lastGiveAt: nullableText,
  /** Intents of the outbound touches in the ledger window, comma-separated. */
  ledgerIntents: nullableText,
  unanswered: count,
});

function asIntent(value: string): Intent {
  if (!intentSet.has(value)) throw new Error(`unexpected touch intent in the database: ${value}`);
  return value as Intent;
}

function ledgerOf(list: string | null): Ledger {
  const ledger: Ledger = { give: 0, ask: 0, service: 0 };
  if (list) for (const intent of list.split(",")) ledger[asIntent(intent)]++;
  return ledger;
}

/** Contacts with their touch aggregates: one row per contact, one statement. */
async function contactsWithTouches(db: Db, scope: BookScope, ledgerFrom: Instant) {
  const ws = scope.workspaceId;
  let q = db
    .selectFrom("contacts as c")
    .select([
      "c.id",
      "c.name",
      "c.stage",
      "c.birthday",
      "c.anniversary",
      "c.cadenceDays",
      "c.preferredChannel",
      "c.createdAt",
    ])
    .select((eb) => [
      touchesOf(eb, ws, "inbound")
        .select((e) => e.fn.max("t.occurredAt").as("at"))
        .as("lastInboundAt"),
      // Unordered (each entry carries its instant, sorted here): no sort per contact in the database.
      eb
        .selectFrom(
          touchesOf(eb, ws, "outbound")
            .select(["t.occurredAt", "t.intent"])
            .orderBy("t.occurredAt", "desc")
            .orderBy("t.intent", "desc")
            .limit(5)
            .as("r"),
        )
        .select((e) =>
          e.fn
            .agg<string>("string_agg", [
              sql`${e.ref("r.occurredAt")} || ' ' || ${e.ref("r.intent")}`,
              sql.lit(","),
            ])
            .as("list"),
        )
        .as("recentOutbound"),
      ...(["ask", "give"] as const).map((intent) =>
        touchesOf(eb, ws, "outbound")
          .select("t.occurredAt")
          .where("t.intent", "=", intent)
          .orderBy("t.occurredAt", "desc")
          .limit(1)
          .as(intent === "ask" ? "lastAskAt" : "lastGiveAt"),
      ),
      touchesOf(eb, ws, "outbound")
        .select((e) => e.fn.agg<string>("string_agg", ["t.intent", sql.lit(",")]).as("list"))
        .where("t.occurredAt", ">=", ledgerFrom)
        .as("ledgerIntents"),
      touchesOf(eb, ws, "outbound")
        .select((e) => e.fn.countAll().as("n"))
        .where((e) =>
          e(
            "t.occurredAt",
            ">",
            e.fn.coalesce(
              e
                .selectFrom("touches as i")
                .select((i) => i.fn.max("i.occurredAt").as("at"))
                .where("i.workspaceId", "=", ws)
                .whereRef("i.contactId", "=", "c.id")
                .where("i.direction", "=", "inbound")
                .where("i.archivedAt", "is", null),
              sql.lit(""),
            ),
          ),
        )
        .as("unanswered"),
    ])
    .where("c.workspaceId", "=", ws)
    .where("c.archivedAt", "is", null);
  if (scope.ownerId !== undefined) q = q.where("c.ownerId", "=", scope.ownerId);
  if (scope.contactId !== undefined) q = q.where("c.id", "=", scope.contactId);
  const rows = await q.execute();
  return rows.map((row) => contactRow.parse(row));
}

/** Per contact, the get-back date of the latest touch that agreed one. */
async function latestGetBacks(db: Db, scope: BookScope): Promise<Map<string, IsoDate>> {
  const ranked = db
    .selectFrom("touches as t")
    .select((eb) => [
      "t.contactId",
      "t.getBackOn",
      eb.fn
        .agg<number>("row_number", [])
        // Ties broken by the date itself, so the index `touches_get_back` covers the query.
        .over((ob) =>
          ob.partitionBy("t.contactId").orderBy("t.occurredAt", "desc").orderBy("t.getBackOn", "desc"),
        )
        .as("rank"),
    ])
    .where("t.workspaceId", "=", scope.workspaceId)
    .where("t.getBackOn", "is not", null)
    .where("t.archivedAt", "is", null)
    .where(ofScopedContact(db, scope, "t.contactId"));
  const rows = await db
    .selectFrom(ranked.as("g"))
    .select(["g.contactId", "g.getBackOn"])
    .where("g.rank", "=", 1)
    .execute();
  return new Map(rows.map((r) => [r.contactId, z.string().parse(r.getBackOn)]));
}

const matterRow = z.object({
  id: z.string(),
  contactId: z.string(),
  summary: z.string(),
  kind: z.enum(matterKinds),
  followUpOn: nullableText,
});

// Most contacts have none of a kind: one shared empty list instead of thousands.
const none: readonly never[] = Object.freeze([]);

/** Rows grouped by contact, each turned into its book shape. */
function byContact<T extends { contactId: string }, U>(
  rows: readonly T[],
  toBook: (row: T) => U,
): Map<string, U[]> {
  const groups = new Map<string, U[]>();
  for (const row of rows) {
    const list = groups.get(row.contactId);
    if (list) list.push(toBook(row));
    else groups.set(row.contactId, [toBook(row)]);
  }
  return groups;
}

async function openMatters(db: Db, scope: BookScope): Promise<Map<string, BookMatter[]>> {
  const rows = await db
    .selectFrom("matters as m")
    .select(["m.id", "m.contactId", "m.summary", "m.kind", "m.followUpOn"])
    .where("m.workspaceId", "=", scope.workspaceId)
    .where("m.status", "=", "open")
    .where("m.archivedAt", "is", null)
    .where(ofScopedContact(db, scope, "m.contactId"))
    .orderBy("m.createdAt")
    .execute();
  return byContact(
    rows.map((r) => matterRow.parse(r)),
    ({ id, summary, kind, followUpOn }) => ({ id, summary, kind, followUpOn }),
  );
}

async function activeContracts(db: Db, scope: BookScope): Promise<Map<string, BookContract[]>> {
  const rows = await db
    .selectFrom("contracts as k")
    .select(["k.id", "k.contactId", "k.title", "k.endsOn"])
    .where("k.workspaceId", "=", scope.workspaceId)
    .where("k.status", "=", "active")
    .where("k.archivedAt", "is", null)
    .where(ofScopedContact(db, scope, "k.contactId"))
    .orderBy("k.endsOn")
    .execute();
  return byContact(rows, ({ id, title, endsOn }) => ({ id, title, endsOn }));
}

/** Open concerns on the contacts' live deals that are still in play (not lost, not a fit). */
async function openConcerns(db: Db, scope: BookScope, zone: ZoneDates): Promise<Map<string, BookConcern[]>> {
  const rows = await db
    .selectFrom("concerns as q")
    .innerJoin("deals as d", (j) =>
      j.onRef("d.id", "=", "q.dealId").onRef("d.workspaceId", "=", "q.workspaceId"),
    )
    .select(["q.id", "q.dealId", "d.contactId", "d.title", "q.text", "q.createdAt"])
    .where("q.workspaceId", "=", scope.workspaceId)
    .where("q.status", "=", "open")
    .where("d.archivedAt", "is", null)
    .where("d.stage", "not in", ["lost", "no_fit"])
    .where(ofScopedContact(db, scope, "d.contactId"))
    .orderBy("q.createdAt")
    .execute();
  return byContact(rows, (q) => ({
    id: q.id,
    dealId: q.dealId,
    dealTitle: q.title,
    text: q.text,
    openedOn: zone.dateOf(q.createdAt),
  }));
}

const factRow = z.object({ contactId: z.string(), kind: z.enum(factKinds), text: z.string() });

/** The newest live fact of each kind per contact, newest first. */
async function newestFacts(db: Db, scope: BookScope): Promise<Map<string, BookFact[]>> {
  const ranked = db
    .selectFrom("facts as f")
    .select((eb) => [
      "f.contactId",
      "f.kind",
      "f.text",
      "f.learnedOn",
      "f.createdAt",
      eb.fn
        .agg<number>("row_number", [])
        .over((ob) =>
          ob
            .partitionBy(["f.contactId", "f.kind"])
            .orderBy("f.learnedOn", "desc")
            .orderBy("f.createdAt", "desc")
            .orderBy("f.id", "desc"),
        )
        .as("rank"),
    ])
    .where("f.workspaceId", "=", scope.workspaceId)
    .where("f.archivedAt", "is", null)
    .where(ofScopedContact(db, scope, "f.contactId"));
  const rows = await db
    .selectFrom(ranked.as("n"))
    .select(["n.contactId", "n.kind", "n.text"])
    .where("n.rank", "=", 1)
    .orderBy("n.contactId")
    .orderBy("n.learnedOn", "desc")
    .orderBy("n.createdAt", "desc")
    .execute();
  return byContact(
    rows.map((r) => factRow.parse(r)),
    ({ kind, text }) => ({ kind, text }),
  );
}

const followUpRow = z.object({
  id: z.string(),
  contactId: z.string(),
  dueOn: z.string(),
  reasonKind: z.enum(reasonKinds),
  status: z.enum(followUpStatuses),
  snoozedUntil: nullableText,
  detail: z.string(),
});

/** Pending follow-ups, and records of acting on items recent enough to still suppress one. */
async function storedFollowUps(
  db: Db,
  scope: BookScope,
  since: IsoDate,
): Promise<Map<string, BookFollowUp[]>> {
  const rows = await db
    .selectFrom("followUps as u")
    .select(["u.id", "u.contactId", "u.dueOn", "u.reasonKind", "u.status", "u.snoozedUntil", "u.detail"])
    .where("u.workspaceId", "=", scope.workspaceId)
    .where("u.archivedAt", "is", null)
    .where((eb) => eb.or([eb("u.status", "in", ["open", "snoozed"]), eb("u.dueOn", ">=", since)]))
    .where(ofScopedContact(db, scope, "u.contactId"))
    .orderBy("u.dueOn")
    .execute();
  return byContact(
    rows.map((r) => followUpRow.parse(r)),
    ({ contactId: _, ...fu }) => fu,
  );
}

/**
 * One owner's book (or one contact's, with `scope.contactId`): every live contact with its aggregates,
 * dates local to `day.timeZone`. Seven queries whatever the size of the book.
 * @example loadBook(db, { workspaceId, ownerId }, { today: "2026-03-10", timeZone: "Europe/Paris", ledgerWindowDays: 90 })
 */
export async function loadBook(db: Db, scope: BookScope, day: BookDay): Promise<BookContact[]> {
  const zone = zoneDates(day.timeZone);
  const ledgerFrom = zone.startOf(addDays(day.today, 1 - day.ledgerWindowDays));
  const [contacts, getBacks, matters, contracts, concerns, facts, followUps] = await Promise.all([
    contactsWithTouches(db, scope, ledgerFrom),
    latestGetBacks(db, scope),
    openMatters(db, scope),
    activeContracts(db, scope),
    openConcerns(db, scope, zone),
    newestFacts(db, scope),
    storedFollowUps(db, scope, addDays(day.today, -RECORD_DAYS)),
  ]);
  const dateOf = (instant: string | null) => (instant === null ? null : zone.dateOf(instant));
  return contacts.map((c): BookContact => {
    // `instant intent` entries sort newest first as text (instants are fixed-width UTC).
    const recent = c.recentOutbound ? c.recentOutbound.split(",").sort().reverse() : [];
    const lastOutboundAt = recent[0]?.slice(0, recent[0].indexOf(" ")) ?? null;
    const lastTouchAt =
      lastOutboundAt === null || (c.lastInboundAt !== null && c.lastInboundAt > lastOutboundAt)
        ? c.lastInboundAt
        : lastOutboundAt;
    const lastTouchOn = dateOf(lastTouchAt);
    const getBackOn = getBacks.get(c.id) ?? null;
    return {
      id: c.id,
      name: c.name,
      stage: c.stage,
      birthday: c.birthday,
      anniversary: c.anniversary,
      cadenceDays: c.cadenceDays,
      preferredChannel: c.preferredChannel,
      createdOn: zone.dateOf(c.createdAt),
      lastTouchOn,
      lastInboundOn: dateOf(c.lastInboundAt),
      lastAskOrProposalOn: dateOf(c.lastAskAt),
      lastGiveOn: dateOf(c.lastGiveAt),
      unansweredOutbound: c.unanswered,
      recentIntents: recent.map((entry) => asIntent(entry.slice(entry.indexOf(" ") + 1))),
      ledger: ledgerOf(c.ledgerIntents),
      // Kept once any touch falls on or after the agreed day.
      openGetBackOn:
        getBackOn !== null && (lastTouchOn === null || lastTouchOn < getBackOn) ? getBackOn : null,
      matters: matters.get(c.id) ?? none,
      contracts: contracts.get(c.id) ?? none,
      concerns: concerns.get(c.id) ?? none,
      facts: facts.get(c.id) ?? none,
      followUps: followUps.get(c.id) ?? none,
    };
  });
}

/**
 * A stored follow-up of this contact: by id, or else the record of one occurrence of a reason
 * (kind + computed due date), oldest first when there are several.
 */
export async function findAgendaRecord(
  db: Db,
  workspaceId: string,
  contactId: string,
  match: { id: string } | { reasonKind: string; dueOn: IsoDate },
): Promise<StoredFollowUp | null> {
  let q = db
    .selectFrom("followUps")
    .selectAll()
    .where("workspaceId", "=", workspaceId)
    .where("contactId", "=", contactId)
    .where("archivedAt", "is", null);
  q =
    "id" in match
      ? q.where("id", "=", match.id)
      : q.where("reasonKind", "=", match.reasonKind).where("dueOn", "=", match.dueOn);
  const row = await q.orderBy("createdAt").orderBy("id").limit(1).executeTakeFirst();
  return row ? followUpSpec.fromRow(row) : null;
}

const activityRow = z.object({ direction: z.enum(["inbound", "outbound"]), intent: z.string(), n: count });

/** One contact's touches since `from` by direction and intent, its latest touch, and the fact kinds known. */
export async function contactActivity(db: Db, scope: BookScope & { contactId: string }, from: Instant) {
  const touches = db
    .selectFrom("touches as t")
    .where("t.workspaceId", "=", scope.workspaceId)
    .where("t.contactId", "=", scope.contactId)
    .where("t.archivedAt", "is", null);
  const [byKind, last, kinds] = await Promise.all([
    touches
      .select((eb) => ["t.direction", "t.intent", eb.fn.countAll().as("n")])
      .where("t.occurredAt", ">=", from)
      .groupBy(["t.direction", "t.intent"])
      .execute(),
    touches.select((eb) => eb.fn.max("t.occurredAt").as("at")).executeTakeFirst(),
    db
      .selectFrom("facts as f")
      .select("f.kind")
      .distinct()
      .where("f.workspaceId", "=", scope.workspaceId)
      .where("f.contactId", "=", scope.contactId)
      .where("f.archivedAt", "is", null)
      .execute(),
  ]);
  const ledger: Ledger = { give: 0, ask: 0, service: 0 };
  let inbound = 0;
  let outbound = 0;
  for (const row of byKind.map((r) => activityRow.parse(r))) {
    if (row.direction === "inbound") inbound += row.n;
    else {
      outbound += row.n;
      ledger[asIntent(row.intent)] += row.n;
    }
  }
  const factKindList = kinds.map((k) => z.enum(factKinds).parse(k.kind));
  return {
    inbound,
    outbound,
    ledger,
    lastTouchAt: nullableText.parse(last?.at ?? null),
    factKinds: factKindList,
  };
}
