// The agenda's book: one owner's contacts as per-contact aggregates (domain/agenda/book.ts). The
// touch aggregates are read from `contact_activity`, kept exact at write time (store/activity.ts);
// only the ledger, whose window moves with today, is counted from touches on each load (store/ledger.ts).
import type { BookContact } from "../../domain/agenda/book.js";
import { addDays } from "../../domain/dates.js";
import { ledgerWindow } from "../../domain/ledger.js";
import type { IsoDate } from "../../domain/model.js";
import type { Db } from "../db.js";
import { ledgerCounts } from "../ledger.js";
import { bookContact, contactRows } from "./contacts.js";
import { activeContracts, newestFacts, openConcerns, openMatters, storedFollowUps } from "./related.js";
import type { BookScope } from "./scope.js";
import { zoneDates } from "./zones.js";

export interface BookDay {
  today: IsoDate;
  timeZone: string;
  ledgerWindowDays: number;
}

/** Done and dismissed records older than this no longer matter to any reason. */
const RECORD_DAYS = 400;

/**
 * One owner's book (or one contact's, with `scope.contactId`): every live contact with its aggregates,
 * dates local to `day.timeZone`. Seven queries whatever the size of the book.
 * @example loadBook(db, { workspaceId, ownerId }, { today: "2026-03-10", timeZone: "Europe/Paris", ledgerWindowDays: 90 })
 */
export async function loadBook(db: Db, scope: BookScope, day: BookDay): Promise<BookContact[]> {
  const zone = zoneDates(day.timeZone);
  const window = ledgerWindow(day.today, day.timeZone, day.ledgerWindowDays);
  const [contacts, ledger, matters, contracts, concerns, facts, followUps] = await Promise.all([
    contactRows(db, scope),
    ledgerCounts(db, { scope, window, by: "contact" }),
    openMatters(db, scope),
    activeContracts(db, scope),
    openConcerns(db, scope, zone),
    newestFacts(db, scope),
    storedFollowUps(db, scope, addDays(day.today, -RECORD_DAYS)),
  ]);
  const related = { matters, contracts, concerns, facts, followUps };
  return contacts.map((row) => bookContact(row, ledger.get(row.id), zone, related));
}
