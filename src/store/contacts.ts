import { sql, type SqlBool } from "kysely";
import { z } from "zod";
import { channels, stages, type Contact, type Instant } from "../domain/model.js";
import { writeContactKeys } from "./contact-keys.js";
import type { ResourceSpec } from "./crud.js";
import { encodeLists, jsonLabels, jsonStrings, nullableText, count, versionedColumns } from "./rows.js";
import type { Db } from "./db.js";
import { newId } from "./ids.js";

const contactRow = z.object({
  ...versionedColumns,
  ownerId: z.string(),
  organizationId: nullableText,
  name: z.string(),
  emails: jsonStrings,
  phones: jsonStrings,
  title: nullableText,
  stage: z.enum(stages),
  birthday: nullableText,
  anniversary: nullableText,
  howWeMet: nullableText,
  preferredChannel: z.enum(channels).nullable(),
  cadenceDays: count.nullable(),
  tags: jsonStrings,
  address: nullableText,
  timeZone: nullableText,
  nickname: nullableText,
  department: nullableText,
  notes: nullableText,
  photo: nullableText,
  urls: jsonStrings,
  labels: jsonLabels,
});

const lists = ["emails", "phones", "tags", "urls", "labels"] as const;

export const contactSpec: ResourceSpec<Contact> = {
  table: "contacts",
  noun: "contact",
  fromRow: (row) => contactRow.parse(row),
  toRow: (fields) => encodeLists(fields, lists),
  sorts: { name: "name", createdAt: "createdAt", updatedAt: "updatedAt" },
  defaultSort: "name",
  searchColumns: ["name", "emails"],
  searchExtra: (eb, pattern) =>
    eb.exists(
      eb
        .selectFrom("organizations as o")
        .select("o.id")
        .whereRef("o.id", "=", "organizationId")
        .where(sql<SqlBool>`lower(o.name) like ${pattern} escape '\\'`),
    ),
  listColumns: ["tags"],
  afterWrite: (db, workspaceId, saved) => writeContactKeys(db, workspaceId, [saved]),
};

/**
 * Remembers a move between lifecycle stages, for stage-flow insights. The moment is the service's
 * clock, not the store's, since insights count moves within windows of that clock.
 */
export async function recordStageChange(
  db: Db,
  workspaceId: string,
  contactId: string,
  move: { fromStage: string | null; toStage: string; changedAt: Instant },
): Promise<void> {
  await db
    .insertInto("stageChanges")
    .values({ id: newId(), workspaceId, contactId, ...move })
    .execute();
}
