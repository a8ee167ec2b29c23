// What the book keeps beside each contact: open matters, active contracts, open concerns, the
// newest fact of each kind, and stored follow-ups. One query each, whatever the size of the book.
import type {
  BookConcern,
  BookContract,
  BookFact,
  BookFollowUp,
  BookMatter,
} from "../../domain/agenda/book.js";
import {
  factKinds,
  followUpStatuses,
  matterKinds,
  reasonKinds,
  type FactKind,
  type IsoDate,
} from "../../domain/model.js";
import type { Db } from "../db.js";
import { byContact, ofScopedContact, oneOf, type BookScope } from "./scope.js";
import type { ZoneDates } from "./zones.js";

const asMatterKind = oneOf(matterKinds, "matter kind");
const asFactKind = oneOf(factKinds, "fact kind");
const asReasonKind = oneOf(reasonKinds, "reason kind");
const asStatus = oneOf(followUpStatuses, "follow-up status");

export async function openMatters(db: Db, scope: BookScope): Promise<Map<string, BookMatter[]>> {
  const rows = await db
    .selectFrom("matters as m")
    .select(["m.id", "m.contactId", "m.summary", "m.kind", "m.followUpOn", "m.eventOn"])
    .where("m.workspaceId", "=", scope.workspaceId)
    .where("m.status", "=", "open")
    .where("m.archivedAt", "is", null)
    .where(ofScopedContact(db, scope, "m.contactId"))
    .orderBy("m.createdAt")
    .execute();
  return byContact(rows, (m) => ({
    id: m.id,
    summary: m.summary,
    kind: asMatterKind(m.kind),
    followUpOn: m.followUpOn,
    eventOn: m.eventOn,
  }));
}

export async function activeContracts(db: Db, scope: BookScope): Promise<Map<string, BookContract[]>> {
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
export async function openConcerns(
  db: Db,
  scope: BookScope,
  zone: ZoneDates,
): Promise<Map<string, BookConcern[]>> {
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

/**
 * The newest live fact of each kind per contact, newest first: one ordered read, the first of each
 * kind kept (a window function ranks every fact, which costs more than it saves).
 */
export async function newestFacts(db: Db, scope: BookScope): Promise<Map<string, BookFact[]>> {
  const rows = await db
    .selectFrom("facts as f")
    .select(["f.contactId", "f.kind", "f.text"])
    .where("f.workspaceId", "=", scope.workspaceId)
    .where("f.archivedAt", "is", null)
    .where(ofScopedContact(db, scope, "f.contactId"))
    .orderBy("f.contactId")
    .orderBy("f.learnedOn", "desc")
    .orderBy("f.createdAt", "desc")
    .orderBy("f.id", "desc")
    .execute();
  const facts = new Map<string, BookFact[]>();
  let contactId: string | undefined;
  let list: BookFact[] = [];
  let seen = new Set<FactKind>();
  for (const row of rows) {
    if (row.contactId !== contactId) {
      contactId = row.contactId;
      facts.set(contactId, (list = []));
      seen = new Set();
    }
    const kind = asFactKind(row.kind);
    if (seen.has(kind)) continue;
    seen.add(kind);
    list.push({ kind, text: row.text });
  }
  return facts;
}

/** Pending follow-ups, and records of acting on items recent enough to still suppress one. */
export async function storedFollowUps(
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
  return byContact(rows, (u) => ({
    id: u.id,
    dueOn: u.dueOn,
    reasonKind: asReasonKind(u.reasonKind),
    status: asStatus(u.status),
    snoozedUntil: u.snoozedUntil,
    detail: u.detail,
  }));
}
