// Relationship KPIs (P14): per-owner aggregates of one workspace over a window, set-based. Work done
// (touches, get-backs) counts for whoever logged the touch; the book (contacts, depth, contracts,
// stage moves, referrals) for the contact's owner. Live rows of live contacts only.
import { sql, type SqlBool } from "kysely";
import { z } from "zod";
import { addDays } from "../domain/dates.js";
import { dealStages, factKinds, stages, type Instant, type IsoDate } from "../domain/model.js";
import { ofScopedContact, type BookScope } from "./agenda/scope.js";
import type { ZoneDates } from "./agenda/zones.js";
import type { Db } from "./db.js";
import { count, nullableText } from "./rows.js";

/** The reporting window as local dates, and as instants `[fromAt, untilAt)` in the viewer's zone. */
export interface InsightWindow {
  workspaceId: string;
  from: IsoDate;
  to: IsoDate;
  fromAt: Instant;
  untilAt: Instant;
  today: IsoDate;
}

/** A live contact as insights and health read it. */
export const contactRow = z.object({
  id: z.string(),
  ownerId: z.string(),
  stage: z.enum(stages),
  cadenceDays: count.nullable(),
  createdAt: z.string(),
  birthday: nullableText,
  howWeMet: nullableText,
  lastTouchAt: nullableText,
});

/** The columns of `contactRow` read from `contacts as c`; `lastTouchAt` is each reader's own. */
export const contactColumns = [
  "c.id",
  "c.ownerId",
  "c.stage",
  "c.cadenceDays",
  "c.createdAt",
  "c.birthday",
  "c.howWeMet",
] as const;

/** Every live contact with its latest touch before the window's end. */
export async function contactStates(db: Db, w: InsightWindow) {
  const rows = await db
    .selectFrom("contacts as c")
    .select((eb) => [
      ...contactColumns,
      eb
        .selectFrom("touches as t")
        .select((e) => e.fn.max("t.occurredAt").as("at"))
        .where("t.workspaceId", "=", w.workspaceId)
        .whereRef("t.contactId", "=", "c.id")
        .where("t.archivedAt", "is", null)
        .where("t.occurredAt", "<", w.untilAt)
        .as("lastTouchAt"),
    ])
    .where("c.workspaceId", "=", w.workspaceId)
    .where("c.archivedAt", "is", null)
    .execute();
  return rows.map((r) => contactRow.parse(r));
}

const kindRow = z.object({ contactId: z.string(), kind: z.enum(factKinds) });

/** The distinct kinds of live facts per live contact in scope. */
export async function factKindsByContact(db: Db, scope: BookScope) {
  const rows = await db
    .selectFrom("facts as f")
    .select(["f.contactId", "f.kind"])
    .distinct()
    .where("f.workspaceId", "=", scope.workspaceId)
    .where("f.archivedAt", "is", null)
    .where(ofScopedContact(db, scope, "f.contactId"))
    .execute();
  return rows.map((r) => kindRow.parse(r));
}

const mentionRow = z.object({ ownerId: z.string(), text: z.string() });
const referralWord = /\breferr/i;

/**
 * Referrals recorded in the window, by contact owner: each touch (not an ask: asking for one is not
 * getting one) and each fact whose text speaks of a referral ("referred", "referral"…).
 */
export async function referralCounts(db: Db, w: InsightWindow): Promise<Map<string, number>> {
  const mentions = (column: string) => sql<SqlBool>`lower(${sql.ref(column)}) like '%referr%'`;
  const [touches, facts] = await Promise.all([
    db
      .selectFrom("touches as t")
      .innerJoin("contacts as c", "c.id", "t.contactId")
      .select(["c.ownerId", "t.notes as text"])
      .where("t.workspaceId", "=", w.workspaceId)
      .where("c.workspaceId", "=", w.workspaceId)
      .where("c.archivedAt", "is", null)
      .where("t.archivedAt", "is", null)
      .where("t.intent", "!=", "ask")
      .where("t.occurredAt", ">=", w.fromAt)
      .where("t.occurredAt", "<", w.untilAt)
      .where(mentions("t.notes"))
      .execute(),
    db
      .selectFrom("facts as f")
      .innerJoin("contacts as c", "c.id", "f.contactId")
      .select(["c.ownerId", "f.text"])
      .where("f.workspaceId", "=", w.workspaceId)
      .where("c.workspaceId", "=", w.workspaceId)
      .where("c.archivedAt", "is", null)
      .where("f.archivedAt", "is", null)
      .where("f.learnedOn", ">=", w.from)
      .where("f.learnedOn", "<=", w.to)
      .where(mentions("f.text"))
      .execute(),
  ]);
  const counts = new Map<string, number>();
  // LIKE narrows the rows; the word boundary keeps out "preferred".
  for (const row of [...touches, ...facts].map((r) => mentionRow.parse(r))) {
    if (referralWord.test(row.text)) counts.set(row.ownerId, (counts.get(row.ownerId) ?? 0) + 1);
  }
  return counts;
}

const contractRow = z.object({ ownerId: z.string(), status: z.string(), n: count });

/**
 * Contracts whose end date fell in the window, by contact owner: renewed, or ended (marked ended, or
 * still active past their end date).
 */
export async function contractOutcomes(db: Db, w: InsightWindow) {
  const rows = await db
    .selectFrom("contracts as k")
    .innerJoin("contacts as c", "c.id", "k.contactId")
    .select((eb) => ["c.ownerId", "k.status", eb.fn.countAll().as("n")])
    .where("k.workspaceId", "=", w.workspaceId)
    .where("c.workspaceId", "=", w.workspaceId)
    .where("c.archivedAt", "is", null)
    .where("k.archivedAt", "is", null)
    .where("k.endsOn", ">=", w.from)
    .where("k.endsOn", "<=", w.to)
    .where((eb) =>
      eb.or([
        eb("k.status", "in", ["renewed", "ended"]),
        eb.and([eb("k.status", "=", "active"), eb("k.endsOn", "<", w.today)]),
      ]),
    )
    .groupBy(["c.ownerId", "k.status"])
    .execute();
  const outcomes = new Map<string, { renewed: number; ended: number }>();
  for (const row of rows.map((r) => contractRow.parse(r))) {
    const sum = outcomes.get(row.ownerId) ?? { renewed: 0, ended: 0 };
    if (row.status === "renewed") sum.renewed += row.n;
    else sum.ended += row.n;
    outcomes.set(row.ownerId, sum);
  }
  return outcomes;
}

const stageChangeRow = z.object({
  ownerId: z.string(),
  fromStage: z.enum(stages).nullable(),
  toStage: z.enum(stages),
  changedAt: z.string(),
});

/** Moves between stages in the window, by contact owner (months are worked out in the viewer's zone). */
export async function stageChangesIn(db: Db, w: InsightWindow) {
  const rows = await db
    .selectFrom("stageChanges as s")
    .innerJoin("contacts as c", "c.id", "s.contactId")
    .select(["c.ownerId", "s.fromStage", "s.toStage", "s.changedAt"])
    .where("s.workspaceId", "=", w.workspaceId)
    .where("c.workspaceId", "=", w.workspaceId)
    .where("c.archivedAt", "is", null)
    .where("s.changedAt", ">=", w.fromAt)
    .where("s.changedAt", "<", w.untilAt)
    .execute();
  return rows.map((r) => stageChangeRow.parse(r));
}

/** Get-back dates that came due, each with the first touch after the one that agreed it. */
export interface GetBackCheck {
  ownerId: string;
  contactId: string;
  getBackOn: IsoDate;
  /** The next live touch with the contact after the agreeing one, if any. */
  nextTouchAt: Instant | null;
}

const getBackRow = z.object({
  ownerId: z.string(),
  contactId: z.string(),
  getBackOn: z.string(),
  nextTouchAt: nullableText,
});

/** Live touches in scope whose agreed get-back date falls in `[from, before)`, by the touch's owner. */
export async function getBackChecks(
  db: Db,
  scope: BookScope,
  dates: { from?: IsoDate; before: IsoDate },
): Promise<GetBackCheck[]> {
  let q = db
    .selectFrom("touches as t")
    .select((eb) => [
      "t.ownerId",
      "t.contactId",
      "t.getBackOn",
      eb
        .selectFrom("touches as n")
        .select((e) => e.fn.min("n.occurredAt").as("at"))
        .where("n.workspaceId", "=", scope.workspaceId)
        .whereRef("n.contactId", "=", "t.contactId")
        .where("n.archivedAt", "is", null)
        .whereRef("n.occurredAt", ">", "t.occurredAt")
        .as("nextTouchAt"),
    ])
    .where("t.workspaceId", "=", scope.workspaceId)
    .where("t.getBackOn", "is not", null)
    .where("t.archivedAt", "is", null)
    .where("t.getBackOn", "<", dates.before)
    .where(ofScopedContact(db, scope, "t.contactId"));
  if (dates.from !== undefined) q = q.where("t.getBackOn", ">=", dates.from);
  const rows = await q.execute();
  return rows.map((r) => getBackRow.parse(r));
}

/** Whether a get-back was kept: some touch by the day after the agreed date, in the owner's zone. */
export function wasKept(check: GetBackCheck, zone: ZoneDates): boolean {
  return check.nextTouchAt !== null && zone.dateOf(check.nextTouchAt) <= addDays(check.getBackOn, 1);
}

const pipelineRow = z.object({
  ownerId: z.string(),
  stage: z.enum(dealStages),
  currency: nullableText,
  deals: count,
  amount: z.coerce.number().nullable(),
});

/** Live deals of live contacts today, counted and summed per deal owner, stage and currency. */
export async function pipelineCounts(db: Db, workspaceId: string) {
  const rows = await db
    .selectFrom("deals as d")
    .innerJoin("contacts as c", (j) =>
      j.onRef("c.id", "=", "d.contactId").onRef("c.workspaceId", "=", "d.workspaceId"),
    )
    .select(["d.ownerId", "d.stage", "d.currency"])
    .select((eb) => [eb.fn.countAll().as("deals"), eb.fn.sum("d.amount").as("amount")])
    .where("d.workspaceId", "=", workspaceId)
    .where("d.archivedAt", "is", null)
    .where("c.archivedAt", "is", null)
    .groupBy(["d.ownerId", "d.stage", "d.currency"])
    .execute();
  return rows.map((row) => {
    const parsed = pipelineRow.parse(row);
    return { ...parsed, amount: parsed.amount ?? 0 };
  });
}
