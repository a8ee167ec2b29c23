import { z } from "zod";
import { channels, dealStages, directions, intents, steps, type Touch } from "../domain/model.js";
import { type ResourceSpec } from "./crud.js";
import type { Db } from "./db.js";
import { encodeLists, jsonEnumList, nullableText, versionedColumns } from "./rows.js";

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
