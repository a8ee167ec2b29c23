// Follow-ups falling due, and which of them have been announced: one notice per follow-up and day,
// its primary key making sure that of two servers announcing at once, one does.
import { sql } from "kysely";
import type { FollowUp, Instant, IsoDate } from "../domain/model.js";
import type { Db } from "./db.js";
import { followUpSpec } from "./follow-ups.js";

export interface DueFollowUp {
  followUp: FollowUp;
  workspaceId: string;
  /** The day it falls due: the snooze date while snoozed, else its due date. */
  day: IsoDate;
  /** Its owner's, in which that day begins. */
  timeZone: string;
}

/** Live open or snoozed follow-ups whose day is within `[from, upTo]` and not yet announced for it. */
export async function unannouncedDue(
  db: Db,
  window: { from: IsoDate; upTo: IsoDate },
): Promise<DueFollowUp[]> {
  const day = sql<string>`coalesce(f.snoozed_until, f.due_on)`;
  const rows = await db
    .selectFrom("followUps as f")
    .innerJoin("users as u", "u.id", "f.ownerId")
    .selectAll("f")
    .select(["u.timeZone as ownerTimeZone", day.as("day")])
    .where("f.archivedAt", "is", null)
    .where("f.status", "in", ["open", "snoozed"])
    .where(day, ">=", window.from)
    .where(day, "<=", window.upTo)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("followUpNotices as n")
            .select("n.followUpId")
            .whereRef("n.followUpId", "=", "f.id")
            .where("n.dueOn", "=", day),
        ),
      ),
    )
    .orderBy("f.id")
    .execute();
  return rows.map(({ ownerTimeZone, day, ...row }) => ({
    followUp: followUpSpec.fromRow(row),
    workspaceId: row.workspaceId,
    day,
    timeZone: ownerTimeZone,
  }));
}

/** Records that a follow-up was announced for `dueOn`; false when it already was. */
export async function recordNotice(
  db: Db,
  followUpId: string,
  dueOn: IsoDate,
  at: Instant,
): Promise<boolean> {
  const inserted = await db
    .insertInto("followUpNotices")
    .values({ followUpId, dueOn, createdAt: at })
    .onConflict((oc) => oc.columns(["followUpId", "dueOn"]).doNothing())
    .returning("followUpId")
    .executeTakeFirst();
  return inserted !== undefined;
}
