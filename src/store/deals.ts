import { z } from "zod";
import { concernStatuses, dealStages, type Concern, type Deal, type Instant } from "../domain/model.js";
import type { ResourceSpec } from "./crud.js";
import type { Db } from "./db.js";
import { newId } from "./ids.js";
import { encodeLists, nullableText, versionedColumns } from "./rows.js";

/** A deal row without its concerns, which live in their own table. */
export type DealRecord = Omit<Deal, "concerns">;

const dealRow = z.object({
  ...versionedColumns,
  contactId: z.string(),
  ownerId: z.string(),
  title: z.string(),
  stage: z.enum(dealStages),
  needs: nullableText,
  decisionOn: nullableText,
  outcomeFeedback: nullableText,
  stageOverrideReason: nullableText,
  amount: z.coerce.number().nullable(),
  currency: nullableText,
});

export const dealSpec: ResourceSpec<DealRecord> = {
  table: "deals",
  noun: "deal",
  fromRow: (row) => dealRow.parse(row),
  toRow: (fields) => encodeLists(fields, []),
  sorts: { updatedAt: "updatedAt", createdAt: "createdAt", title: "title" },
  defaultSort: "-updatedAt",
  searchColumns: ["title"],
};

export const concernRow = z.object({
  id: z.string(),
  dealId: z.string(),
  text: z.string(),
  status: z.enum(concernStatuses),
  response: nullableText,
  createdAt: z.string(),
  updatedAt: z.string(),
});

const concernColumns = ["id", "dealId", "text", "status", "response", "createdAt", "updatedAt"] as const;

/** The concerns of some deals, oldest first, in one query. */
export async function listConcerns(db: Db, workspaceId: string, dealIds: string[]): Promise<Concern[]> {
  if (dealIds.length === 0) return [];
  const rows = await db
    .selectFrom("concerns")
    .select(concernColumns)
    .where("workspaceId", "=", workspaceId)
    .where("dealId", "in", dealIds)
    .orderBy("createdAt")
    .orderBy("id")
    .execute();
  return rows.map((row) => concernRow.parse(row));
}

export async function findConcern(
  db: Db,
  workspaceId: string,
  dealId: string,
  id: string,
): Promise<Concern | null> {
  const row = await db
    .selectFrom("concerns")
    .select(concernColumns)
    .where("workspaceId", "=", workspaceId)
    .where("dealId", "=", dealId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? concernRow.parse(row) : null;
}

export async function insertConcern(
  db: Db,
  workspaceId: string,
  dealId: string,
  text: string,
  at: Instant,
): Promise<Concern> {
  const row = await db
    .insertInto("concerns")
    .values({
      id: newId(),
      workspaceId,
      dealId,
      text,
      status: "open",
      response: null,
      createdAt: at,
      updatedAt: at,
    })
    .returning(concernColumns)
    .executeTakeFirstOrThrow();
  return concernRow.parse(row);
}

export async function updateConcern(
  db: Db,
  workspaceId: string,
  id: string,
  fields: Pick<Concern, "status" | "response">,
  at: Instant,
): Promise<Concern> {
  const row = await db
    .updateTable("concerns")
    .set({ ...fields, updatedAt: at })
    .where("workspaceId", "=", workspaceId)
    .where("id", "=", id)
    .returning(concernColumns)
    .executeTakeFirstOrThrow();
  return concernRow.parse(row);
}
