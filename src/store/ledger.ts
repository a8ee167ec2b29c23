// The give/take ledger (P4), counted in one place: outbound live touches with live contacts in scope,
// by intent, over a window of local days (domain/ledger.ts), grouped by contact or by the touch's owner.
import { emptyLedger, type Ledger, type DayWindow } from "../domain/ledger.js";
import { intents } from "../domain/model.js";
import { ofScopedContact, oneOf, type BookScope } from "./agenda/scope.js";
import type { Db } from "./db.js";

const asIntent = oneOf(intents, "touch intent");

export interface LedgerCount {
  /** Whose contacts: a workspace's, narrowed to one owner's book and/or some contacts. */
  scope: BookScope;
  window: Pick<DayWindow, "from" | "until">;
  /** One ledger per contact, or per salesperson who made the touches. */
  by: "contact" | "owner";
  /** Leaves out one touch: the one being edited, whose warnings weigh it as planned. */
  exceptTouchId?: string;
}

/**
 * Outbound live touches by intent over `[window.from, window.until)`: one range read on
 * `touches_ledger` (migration 003), grouped. Keys with no touch are absent (read `emptyLedger`).
 * @example (await ledgerCounts(db, { scope: { workspaceId, contactId }, window, by: "contact" })).get(contactId)
 */
export async function ledgerCounts(db: Db, count: LedgerCount): Promise<Map<string, Ledger>> {
  const key = count.by === "contact" ? "t.contactId" : "t.ownerId";
  let q = db
    .selectFrom("touches as t")
    .select((eb) => [`${key} as key`, "t.intent", eb.fn.countAll<number | string>().as("n")])
    .where("t.workspaceId", "=", count.scope.workspaceId)
    .where("t.direction", "=", "outbound")
    .where("t.archivedAt", "is", null)
    .where("t.occurredAt", ">=", count.window.from)
    .where("t.occurredAt", "<", count.window.until)
    .where(ofScopedContact(db, count.scope, "t.contactId"))
    .groupBy([key, "t.intent"]);
  if (count.exceptTouchId !== undefined) q = q.where("t.id", "!=", count.exceptTouchId);
  const ledgers = new Map<string, Ledger>();
  for (const row of await q.execute()) {
    let ledger = ledgers.get(row.key);
    if (!ledger) ledgers.set(row.key, (ledger = { ...emptyLedger }));
    // Counts are bigint (strings) on PostgreSQL.
    ledger[asIntent(row.intent)] += Number(row.n);
  }
  return ledgers;
}

/** One key's ledger from `ledgerCounts`: the empty ledger when it had no touch. */
export function ledgerOf(ledgers: ReadonlyMap<string, Ledger>, key: string): Ledger {
  return ledgers.get(key) ?? emptyLedger;
}
