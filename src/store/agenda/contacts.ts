// The book's contacts: each live contact with its activity summary (`contact_activity`, one row per
// contact, kept exact at write time), and its give/take ledger over the window (store/ledger.ts).
import type { BookContact } from "../../domain/agenda/book.js";
import { emptyLedger, type Ledger } from "../../domain/ledger.js";
import { channels, intents, stages, type Intent } from "../../domain/model.js";
import type { Db } from "../db.js";
import { namedContacts, oneOf, type BookScope } from "./scope.js";
import type { ZoneDates } from "./zones.js";

const asStage = oneOf(stages, "contact stage");
const asChannel = oneOf(channels, "channel");
const asIntent = oneOf(intents, "touch intent");

/** Live contacts in scope with their summaries: one scan, a key lookup each. */
export function contactRows(db: Db, scope: BookScope) {
  let q = db
    .selectFrom("contacts as c")
    .leftJoin("contactActivity as a", "a.contactId", "c.id")
    .select([
      "c.id",
      "c.name",
      "c.stage",
      "c.birthday",
      "c.anniversary",
      "c.cadenceDays",
      "c.preferredChannel",
      "c.createdAt",
      "a.lastTouchAt",
      "a.lastInboundAt",
      "a.lastAskAt",
      "a.lastGiveAt",
      "a.unansweredOutbound",
      "a.recentOutbound",
      "a.getBackOn",
    ])
    .where("c.workspaceId", "=", scope.workspaceId)
    .where("c.archivedAt", "is", null);
  if (scope.ownerId !== undefined) q = q.where("c.ownerId", "=", scope.ownerId);
  const named = namedContacts(scope);
  if (named !== undefined) q = q.where("c.id", "in", named);
  return q.execute();
}

export type ContactRow = Awaited<ReturnType<typeof contactRows>>[number];

const noIntents: readonly Intent[] = Object.freeze([]);
// A book holds only a few hundred distinct lists (3 intents, 5 places): parse each once, share it.
const parsedIntents = new Map<string, readonly Intent[]>();

function recentIntents(list: string | null): readonly Intent[] {
  if (!list) return noIntents;
  let parsed = parsedIntents.get(list);
  if (parsed === undefined) {
    parsed = Object.freeze(list.split(",").map(asIntent));
    if (parsedIntents.size >= 4096) parsedIntents.clear();
    parsedIntents.set(list, parsed);
  }
  return parsed;
}

type RelatedKey = "matters" | "contracts" | "concerns" | "facts" | "followUps";

/** What the book keeps beside each contact, by contact id. */
export type Related = { [K in RelatedKey]: ReadonlyMap<string, BookContact[K]> };

// Most contacts have none of a kind: one shared empty list instead of thousands.
const none: readonly never[] = Object.freeze([]);

/** One contact of the book, its instants turned into dates in the owner's zone. */
export function bookContact(
  row: ContactRow,
  ledger: Ledger | undefined,
  zone: ZoneDates,
  related: Related,
): BookContact {
  const lastTouchOn = row.lastTouchAt === null ? null : zone.dateOf(row.lastTouchAt);
  const getBackOn = row.getBackOn;
  return {
    id: row.id,
    name: row.name,
    stage: asStage(row.stage),
    birthday: row.birthday,
    anniversary: row.anniversary,
    cadenceDays: row.cadenceDays,
    preferredChannel: row.preferredChannel === null ? null : asChannel(row.preferredChannel),
    createdOn: zone.dateOf(row.createdAt),
    lastTouchOn,
    lastInboundOn: row.lastInboundAt === null ? null : zone.dateOf(row.lastInboundAt),
    lastAskOrProposalOn: row.lastAskAt === null ? null : zone.dateOf(row.lastAskAt),
    lastGiveOn: row.lastGiveAt === null ? null : zone.dateOf(row.lastGiveAt),
    unansweredOutbound: row.unansweredOutbound ?? 0,
    recentIntents: recentIntents(row.recentOutbound),
    ledger: ledger ?? emptyLedger,
    // Kept once any touch falls on or after the agreed day.
    openGetBackOn: getBackOn !== null && (lastTouchOn === null || lastTouchOn < getBackOn) ? getBackOn : null,
    matters: related.matters.get(row.id) ?? none,
    contracts: related.contracts.get(row.id) ?? none,
    concerns: related.concerns.get(row.id) ?? none,
    facts: related.facts.get(row.id) ?? none,
    followUps: related.followUps.get(row.id) ?? none,
  };
}
