// What relationship health (domain/health.ts) needs of each contact in scope, set-based: one
// contact's health card and the whole workspace's insights read it the same way, so they agree.
// Five queries whatever the size of the book.
import { z } from "zod";
import type { DayWindow, Ledger } from "../domain/ledger.js";
import type { FactKind, IsoDate } from "../domain/model.js";
import { byContact, ofScopedContact, type BookScope } from "./agenda/scope.js";
import type { Db } from "./db.js";
import {
  contactColumns,
  contactRow,
  factKindsByContact,
  getBackChecks,
  type GetBackCheck,
} from "./insights.js";
import { ledgerCounts, ledgerOf } from "./ledger.js";
import { count } from "./rows.js";

/** One live contact with its health aggregates; counts are over the ledger window. */
export type HealthRow = z.infer<typeof contactRow> & {
  /** Outbound touches by intent. */
  ledger: Ledger;
  /** Touches they started. */
  inbound: number;
  factKinds: FactKind[];
  /** Agreed get-backs already past (all time), each with the touch that followed. */
  getBacks: GetBackCheck[];
};

/** Live contacts in scope, with their latest touch from the activity summary (`contact_activity`). */
async function contactsOf(db: Db, scope: BookScope) {
  const rows = await db
    .selectFrom("contacts as c")
    .leftJoin("contactActivity as a", "a.contactId", "c.id")
    .select([...contactColumns, "a.lastTouchAt"])
    .where("c.workspaceId", "=", scope.workspaceId)
    .where(ofScopedContact(db, scope, "c.id"))
    .execute();
  return rows.map((r) => contactRow.parse(r));
}

const inboundRow = z.object({ contactId: z.string(), n: count });

/** Inbound live touches per contact over `[window.from, window.until)`. */
async function inboundCounts(db: Db, scope: BookScope, window: DayWindow): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom("touches as t")
    .select((eb) => ["t.contactId", eb.fn.countAll().as("n")])
    .where("t.workspaceId", "=", scope.workspaceId)
    .where("t.direction", "=", "inbound")
    .where("t.archivedAt", "is", null)
    .where("t.occurredAt", ">=", window.from)
    .where("t.occurredAt", "<", window.until)
    .where(ofScopedContact(db, scope, "t.contactId"))
    .groupBy("t.contactId")
    .execute();
  return new Map(rows.map((r) => inboundRow.parse(r)).map((r) => [r.contactId, r.n]));
}

/**
 * Every live contact in scope with what its health is made of: the ledger and inbound touches over
 * `window`, the fact kinds known, and the get-backs agreed for before `today`.
 * @example await healthRows(db, { workspaceId }, ledgerWindow(today, timeZone, 90), today)
 */
export async function healthRows(
  db: Db,
  scope: BookScope,
  window: DayWindow,
  today: IsoDate,
): Promise<HealthRow[]> {
  const [contacts, ledgers, inbound, kinds, getBacks] = await Promise.all([
    contactsOf(db, scope),
    ledgerCounts(db, { scope, window, by: "contact" }),
    inboundCounts(db, scope, window),
    factKindsByContact(db, scope),
    getBackChecks(db, scope, { before: today }),
  ]);
  const kindsOf = byContact(kinds, (k) => k.kind);
  const getBacksOf = byContact(getBacks, (g) => g);
  return contacts.map((c) => ({
    ...c,
    ledger: ledgerOf(ledgers, c.id),
    inbound: inbound.get(c.id) ?? 0,
    factKinds: kindsOf.get(c.id) ?? [],
    getBacks: getBacksOf.get(c.id) ?? [],
  }));
}
