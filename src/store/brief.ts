// Queries only the call brief and the CLI's contact lookup need: the last agreed get-back, concerns
// answered before for this contact or their organization, and contacts by exact email or part of their name.
import { sql, type SqlBool } from "kysely";
import { z } from "zod";
import type { Contact, IsoDate } from "../domain/model.js";
import { contactSpec } from "./contacts.js";
import { likePattern } from "./crud.js";
import type { Db } from "./db.js";
import { nullableText } from "./rows.js";

/** The get-back date agreed on the contact's latest live touch that has one. */
export async function lastGetBack(
  db: Db,
  workspaceId: string,
  contactId: string,
): Promise<{ on: IsoDate; touchId: string } | null> {
  const row = await db
    .selectFrom("touches")
    .select(["id", "getBackOn"])
    .where("workspaceId", "=", workspaceId)
    .where("contactId", "=", contactId)
    .where("archivedAt", "is", null)
    .where("getBackOn", "is not", null)
    .orderBy("occurredAt", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.getBackOn ? { on: row.getBackOn, touchId: row.id } : null;
}

const pastConcernRow = z.object({ text: z.string(), response: nullableText });

/**
 * Answered or acknowledged concerns that have a response on record, from live deals of this contact
 * first, then of the live contacts of their organization (`null`: none), most recently settled
 * first. Never another customer's: what one client was told is no answer for an unrelated one.
 */
export async function pastConcerns(
  db: Db,
  workspaceId: string,
  who: { contactId: string; organizationId: string | null },
  limit: number,
): Promise<{ text: string; response: string | null }[]> {
  const { contactId, organizationId } = who;
  const rows = await db
    .selectFrom("concerns as c")
    .innerJoin("deals as d", (join) =>
      join.onRef("d.id", "=", "c.dealId").onRef("d.workspaceId", "=", "c.workspaceId"),
    )
    .select(["c.text", "c.response"])
    .where("c.workspaceId", "=", workspaceId)
    .where("c.status", "in", ["answered", "acknowledged"])
    .where("c.response", "is not", null)
    .where("d.archivedAt", "is", null)
    .where((eb) => {
      const own = eb("d.contactId", "=", contactId);
      if (organizationId === null) return own;
      const colleagues = eb
        .selectFrom("contacts as o")
        .select("o.id")
        .where("o.workspaceId", "=", workspaceId)
        .where("o.organizationId", "=", organizationId)
        .where("o.archivedAt", "is", null);
      return eb.or([own, eb("d.contactId", "in", colleagues)]);
    })
    .orderBy(sql`case when ${sql.ref("d.contactId")} = ${contactId} then 0 else 1 end`)
    .orderBy("c.updatedAt", "desc")
    .orderBy("c.id")
    .limit(limit)
    .execute();
  return rows.map((row) => pastConcernRow.parse(row));
}

/** Live contacts with this email (any case), or whose name contains this text (any case). */
export async function contactsMatching(
  db: Db,
  workspaceId: string,
  match: { email: string } | { name: string },
  limit: number,
): Promise<Contact[]> {
  const column = "email" in match ? "emails" : "name";
  // Emails are a JSON list: look for the quoted address, then check members exactly below.
  const pattern = "email" in match ? likePattern(JSON.stringify(match.email)) : likePattern(match.name);
  const rows = await db
    .selectFrom("contacts")
    .selectAll()
    .where("workspaceId", "=", workspaceId)
    .where("archivedAt", "is", null)
    .where(sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`)
    .orderBy("name")
    .orderBy("id")
    .limit(limit)
    .execute();
  const contacts = rows.map((row) => contactSpec.fromRow(row));
  if (!("email" in match)) return contacts;
  const email = match.email.toLowerCase();
  return contacts.filter((contact) => contact.emails.some((e) => e.toLowerCase() === email));
}
