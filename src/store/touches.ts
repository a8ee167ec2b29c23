import { z } from "zod";
import type { Ledger } from "../domain/ledger.js";
import {
  channels,
  dealStages,
  directions,
  intents,
  steps,
  type Instant,
  type Touch,
} from "../domain/model.js";
import { type ResourceSpec } from "./crud.js";
import type { Db } from "./db.js";
import { count, encodeLists, jsonEnumList, nullableText, versionedColumns } from "./rows.js";

const touchRow = z.object({
  ...versionedColumns,
  contactId: z.string(),
  ownerId: z.string(),
  dealId: nullableText,
  occurredAt: z.string(),
  channel: z.enum(channels),
  intent: z.enum(intents),
  direction: z.enum(directions),
  notes: z.string(),
  steps: jsonEnumList(steps),
  getBackOn: nullableText,
});

export const touchSpec: ResourceSpec<Touch> = {
  table: "touches",
  noun: "touch",
  fromRow: (row) => touchRow.parse(row),
  toRow: (fields) => encodeLists(fields, ["steps"]),
  sorts: { occurredAt: "occurredAt", createdAt: "createdAt", updatedAt: "updatedAt" },
  defaultSort: "-occurredAt",
  searchColumns: ["notes"],
};

/**
 * Outbound touches with a contact by intent, over `(after, until]`, leaving out one touch (the one
 * being edited) and archived ones.
 */
export async function contactLedger(
  db: Db,
  workspaceId: string,
  contactId: string,
  window: { after: Instant; until: Instant },
  exceptTouchId?: string,
): Promise<Ledger> {
  let query = db
    .selectFrom("touches")
    .select((eb) => ["intent", eb.fn.countAll().as("n")])
    .where("workspaceId", "=", workspaceId)
    .where("contactId", "=", contactId)
    .where("direction", "=", "outbound")
    .where("archivedAt", "is", null)
    .where("occurredAt", ">", window.after)
    .where("occurredAt", "<=", window.until);
  if (exceptTouchId !== undefined) query = query.where("id", "!=", exceptTouchId);
  const rows = await query.groupBy("intent").execute();
  const ledger: Ledger = { give: 0, ask: 0, service: 0 };
  for (const row of rows) {
    const intent = z.enum(intents).safeParse(row.intent);
    if (intent.success) ledger[intent.data] = count.parse(row.n);
  }
  return ledger;
}

const dealProgressRow = z.object({ stage: z.enum(dealStages), needs: nullableText });
export type DealProgress = z.infer<typeof dealProgressRow>;

/** How far a deal has come: its stage and the needs recorded, or undefined when not ours. */
export async function dealProgress(
  db: Db,
  workspaceId: string,
  dealId: string,
): Promise<DealProgress | undefined> {
  const row = await db
    .selectFrom("deals")
    .select(["stage", "needs"])
    .where("workspaceId", "=", workspaceId)
    .where("id", "=", dealId)
    .executeTakeFirst();
  return row ? dealProgressRow.parse(row) : undefined;
}
