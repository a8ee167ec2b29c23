// Agreed decision dates of the book's open deals, for the calendar feed (the agenda reads deals
// through their concerns instead).
import { finalDealStages } from "../../domain/deals.js";
import type { CalendarDecision } from "../../domain/calendar.js";
import type { Db } from "../db.js";
import { ofScopedContact, type BookScope } from "./scope.js";

export async function openDecisions(db: Db, scope: BookScope): Promise<CalendarDecision[]> {
  const rows = await db
    .selectFrom("deals as d")
    .select(["d.id", "d.contactId", "d.title", "d.decisionOn"])
    .where("d.workspaceId", "=", scope.workspaceId)
    .where("d.archivedAt", "is", null)
    .where("d.decisionOn", "is not", null)
    .where("d.stage", "not in", finalDealStages)
    .where(ofScopedContact(db, scope, "d.contactId"))
    .orderBy("d.decisionOn")
    .orderBy("d.id")
    .execute();
  return rows.flatMap((d) => (d.decisionOn === null ? [] : [{ ...d, decisionOn: d.decisionOn }]));
}
