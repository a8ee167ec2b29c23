// The give/take ledger over several windows at once: one contact's, or the touches one owner made.
import { sql } from "kysely";
import type { Ledger } from "../domain/ledger.js";
import { intents, type Instant } from "../domain/model.js";
import { ofScopedContact, oneOf } from "./agenda/scope.js";
import type { Db } from "./db.js";

const asIntent = oneOf(intents, "touch intent");

export interface LedgerScope {
  workspaceId: string;
  /** One contact's touches… */
  contactId?: string;
  /** …or the touches one salesperson made, with live contacts of the workspace. */
  ownerId?: string;
}

/**
 * Outbound live touches by intent since each of `froms`: one range read from the earliest, each
 * window counted in the same pass.
 * @example await ledgerSince(db, { workspaceId, contactId }, [from30, from90]) // [{ give: 1, … }, { give: 3, … }]
 */
export async function ledgerSince(db: Db, scope: LedgerScope, froms: readonly Instant[]): Promise<Ledger[]> {
  const ledgers = froms.map((): Ledger => ({ give: 0, ask: 0, service: 0 }));
  if (froms.length === 0) return ledgers;
  const earliest = froms.reduce((a, b) => (b < a ? b : a));
  let q = db
    .selectFrom("touches as t")
    .select("t.intent")
    .select(
      froms.map((from, i) =>
        sql<number | string>`sum(case when ${sql.ref("t.occurredAt")} >= ${from} then 1 else 0 end)`.as(
          `w${i}`,
        ),
      ),
    )
    .where("t.workspaceId", "=", scope.workspaceId)
    .where("t.direction", "=", "outbound")
    .where("t.archivedAt", "is", null)
    .where("t.occurredAt", ">=", earliest)
    .where(ofScopedContact(db, { workspaceId: scope.workspaceId, contactId: scope.contactId }, "t.contactId"))
    .groupBy("t.intent");
  if (scope.ownerId !== undefined) q = q.where("t.ownerId", "=", scope.ownerId);
  for (const row of (await q.execute()) as Record<string, unknown>[]) {
    const intent = asIntent(String(row.intent));
    // Sums are numeric (strings) on PostgreSQL.
    froms.forEach((_, i) => ((ledgers[i] as Ledger)[intent] = Number(row[`w${i}`] ?? 0)));
  }
  return ledgers;
}
