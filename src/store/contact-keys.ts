// The keys that find a contact by email or phone (`contact_keys`, migration 007): derived from
// the contact's own fields, rewritten in the transaction of every contact write, and rebuilt in
// bulk after a restore.
import { contactKeys, type ContactKeyKind } from "../domain/contact-keys.js";
import type { Contact } from "../domain/model.js";
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

// Typed without db.ts, which runs the migrations: migration 007 builds the keys with this module.
type Db = Kysely<Database>;

type Keyed = Pick<Contact, "id" | "emails" | "phones">;

type KeyRow = { contactId: string; workspaceId: string; kind: string; key: string };

async function insertKeys(db: Db, rows: readonly KeyRow[]): Promise<void> {
  // Four parameters a row: well under SQLite's bound-parameter limit.
  for (let i = 0; i < rows.length; i += 2_000) {
    await db
      .insertInto("contactKeys")
      .values(rows.slice(i, i + 2_000))
      .execute();
  }
}

const keyRows = (workspaceId: string, contact: Keyed): KeyRow[] =>
  contactKeys(contact).map((k) => ({ contactId: contact.id, workspaceId, kind: k.kind, key: k.key }));

/** Replaces the keys of these contacts with those their emails and phones give now. */
export async function writeContactKeys(
  db: Db,
  workspaceId: string,
  contacts: readonly Keyed[],
): Promise<void> {
  for (let i = 0; i < contacts.length; i += 500) {
    const ids = contacts.slice(i, i + 500).map((c) => c.id);
    await db.deleteFrom("contactKeys").where("contactId", "in", ids).execute();
  }
  await insertKeys(
    db,
    contacts.flatMap((contact) => keyRows(workspaceId, contact)),
  );
}

/** Live contacts holding any of these keys, as key → contact ids. */
export async function contactsByKeys(
  db: Db,
  workspaceId: string,
  kind: ContactKeyKind,
  keys: readonly string[],
): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom("contactKeys as k")
      .innerJoin("contacts as c", "c.id", "k.contactId")
      .select(["k.key", "k.contactId"])
      .where("k.workspaceId", "=", workspaceId)
      .where("k.kind", "=", kind)
      .where("k.key", "in", keys.slice(i, i + 500))
      .where("c.archivedAt", "is", null)
      .orderBy("c.createdAt")
      .execute();
    for (const row of rows) found.set(row.key, [...(found.get(row.key) ?? []), row.contactId]);
  }
  return found;
}

/** Every contact's keys from scratch (after a restore, and when migration 007 adds them). */
export async function rebuildContactKeys(db: Db): Promise<void> {
  await db.deleteFrom("contactKeys").execute();
  let after = "";
  for (;;) {
    const page = await db
      .selectFrom("contacts")
      .select(["id", "workspaceId", "emails", "phones"])
      .where("id", ">", after)
      .orderBy("id")
      .limit(1_000)
      .execute();
    const last = page.at(-1);
    if (!last) return;
    await insertKeys(
      db,
      page.flatMap((row) =>
        keyRows(row.workspaceId, {
          id: row.id,
          emails: JSON.parse(row.emails) as string[],
          phones: JSON.parse(row.phones) as string[],
        }),
      ),
    );
    after = last.id;
  }
}
