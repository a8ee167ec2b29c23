import { sql, type SqlBool } from "kysely";
import { z } from "zod";
import { phoneKey } from "../domain/contact-keys.js";
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

// Only digits and the marks people write phone numbers with, and enough digits to be one.
const phoneLike = /^[\d\s+().-]+$/;

/**
 * How a query that looks like a phone number meets the stored phone keys (national digits): a key
 * containing the query's own key or its digits (part of a number), or the query's digits ending
 * with a key (the number typed with its country code but no `+`). Null for any other query.
 */
function phoneSearch(q: string): { needles: string[]; digits: string } | null {
  const digits = q.replace(/\D/g, "");
  if (!phoneLike.test(q) || digits.length < 5) return null;
  const needles = new Set([phoneKey(q) ?? digits, digits]);
  return { needles: [...needles], digits };
}

export const contactSpec: ResourceSpec<Contact> = {
  table: "contacts",
  noun: "contact",
  fromRow: (row) => contactRow.parse(row),
  toRow: (fields) => encodeLists(fields, lists),
  sorts: { name: "name", createdAt: "createdAt", updatedAt: "updatedAt" },
  defaultSort: "name",
  searchColumns: ["name", "emails"],
  searchExtra: (eb, pattern, text) => {
    const byOrganization = eb.exists(
      eb
        .selectFrom("organizations as o")
        .select("o.id")
        .whereRef("o.id", "=", "organizationId")
        .where(sql<SqlBool>`lower(o.name) like ${pattern} escape '\\'`),
    );
    const phone = phoneSearch(text);
    if (!phone) return byOrganization;
    // Keys are digits only, so the needles need no LIKE escaping.
    const byPhone = eb.exists(
      eb
        .selectFrom("contactKeys as k")
        .select("k.contactId")
        .whereRef("k.contactId", "=", "contacts.id")
        .where("k.kind", "=", "phone")
        .where((k) =>
          k.or([
            ...phone.needles.map((needle) => k("k.key", "like", `%${needle}%`)),
            sql<SqlBool>`${phone.digits} like ('%' || ${k.ref("k.key")})`,
          ]),
        ),
    );
    return eb.or([byOrganization, byPhone]);
  },
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
