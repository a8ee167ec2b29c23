// What an import reads and writes: the fingerprints of records already imported, the contacts
// a batch may match (by name and organization; emails and phones go through contact keys), the
// batch's new contacts written in bulk, and each import's progress and result.
import type { Insertable, Selectable } from "kysely";
import type { ImportableFields } from "../domain/imports/merge.js";
import type { Instant, Stage } from "../domain/model.js";
import { contactKeys } from "../domain/contact-keys.js";
import { contactSpec } from "./contacts.js";
import type { Db } from "./db.js";
import { insertInParts } from "./bulk-insert.js";
import { newOrderedId } from "./ids.js";
import type { ImportTable } from "./schema.js";

// Parameters a statement may bind stay well under SQLite's and PostgreSQL's limits.
const IN_LIST = 500;

function* slices<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** The contacts earlier imports made from these sources, by source. */
export async function knownSources(
  db: Db,
  workspaceId: string,
  sources: readonly string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const part of slices([...new Set(sources)], IN_LIST)) {
    const rows = await db
      .selectFrom("importSources")
      .select(["fingerprint", "contactId"])
      .where("workspaceId", "=", workspaceId)
      .where("fingerprint", "in", part)
      .execute();
    for (const row of rows) found.set(row.fingerprint, row.contactId);
  }
  return found;
}

/** Remembers which contact each source became; a source already known keeps its contact. */
export async function recordSources(
  db: Db,
  workspaceId: string,
  sources: readonly { fingerprint: string; contactId: string }[],
  at: Instant,
): Promise<void> {
  const rows = sources.map((s) => ({
    fingerprint: s.fingerprint,
    contactId: s.contactId,
    workspaceId,
    createdAt: at,
  }));
  await insertInParts(db, "import sources", rows, 2_000, (part) =>
    db
      .insertInto("importSources")
      .values(part)
      .onConflict((oc) => oc.columns(["workspaceId", "fingerprint"]).doNothing()),
  );
}

/** Live contacts with an organization whose lower-cased name is among `names`. */
export async function contactsByName(
  db: Db,
  workspaceId: string,
  names: readonly string[],
): Promise<{ id: string; name: string; organization: string }[]> {
  const found: { id: string; name: string; organization: string }[] = [];
  for (const part of slices([...new Set(names)], IN_LIST)) {
    const rows = await db
      .selectFrom("contacts as c")
      .innerJoin("organizations as o", "o.id", "c.organizationId")
      .select(["c.id", "c.name", "o.name as organization"])
      .where("c.workspaceId", "=", workspaceId)
      .where("c.archivedAt", "is", null)
      .where((eb) => eb(eb.fn("lower", ["c.name"]), "in", part))
      .orderBy("c.createdAt")
      .execute();
    found.push(...rows);
  }
  return found;
}

export interface StoredImportable {
  id: string;
  version: number;
  organizationId: string | null;
  fields: ImportableFields;
}

/**
 * These live contacts as an import sees them: their importable fields, organization by name.
 * `lock` (PostgreSQL) holds them until the transaction ends, so that an edit made while an import
 * merges into them waits, then meets the new version, instead of being overwritten.
 */
export async function importableContacts(
  db: Db,
  workspaceId: string,
  ids: readonly string[],
  { lock = false } = {},
): Promise<StoredImportable[]> {
  const found: StoredImportable[] = [];
  for (const part of slices([...new Set(ids)], IN_LIST)) {
    const rows = await db
      .selectFrom("contacts as c")
      .leftJoin("organizations as o", "o.id", "c.organizationId")
      .selectAll("c")
      .select("o.name as organizationName")
      .where("c.workspaceId", "=", workspaceId)
      .where("c.archivedAt", "is", null)
      .where("c.id", "in", part)
      .$if(lock, (q) => q.forUpdate("c"))
      .execute();
    for (const { organizationName, ...row } of rows) {
      const c = contactSpec.fromRow(row);
      found.push({
        id: c.id,
        version: c.version,
        organizationId: c.organizationId,
        fields: {
          name: c.name,
          nickname: c.nickname,
          organization: organizationName ?? null,
          department: c.department,
          title: c.title,
          emails: c.emails,
          phones: c.phones,
          urls: c.urls,
          labels: c.labels,
          address: c.address,
          birthday: c.birthday,
          anniversary: c.anniversary,
          notes: c.notes,
          howWeMet: c.howWeMet,
          tags: c.tags,
          photo: c.photo,
        },
      });
    }
  }
  return found;
}

/** The workspace's live organizations among these names (compared without case), by lower-cased name. */
export async function organizationsByName(
  db: Db,
  workspaceId: string,
  names: readonly string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const part of slices([...new Set(names.map((n) => n.toLowerCase()))], IN_LIST)) {
    const rows = await db
      .selectFrom("organizations")
      .select(["id", "name"])
      .where("workspaceId", "=", workspaceId)
      .where("archivedAt", "is", null)
      .where((eb) => eb(eb.fn("lower", ["name"]), "in", part))
      .orderBy("createdAt")
      .execute();
    for (const row of rows) if (!found.has(row.name.toLowerCase())) found.set(row.name.toLowerCase(), row.id);
  }
  return found;
}

/** Creates organizations by name; answers their ids by lower-cased name. */
export async function insertOrganizations(
  db: Db,
  workspaceId: string,
  names: readonly string[],
  at: Instant,
): Promise<Map<string, string>> {
  const rows = names.map((name) => ({
    id: newOrderedId(),
    workspaceId,
    name,
    website: null,
    notes: "",
    version: 1,
    archivedAt: null,
    createdAt: at,
    updatedAt: at,
  }));
  for (const part of slices(rows, 100)) await db.insertInto("organizations").values(part).execute();
  return new Map(rows.map((r) => [r.name.toLowerCase(), r.id]));
}

export interface NewContact {
  id: string;
  ownerId: string;
  organizationId: string | null;
  stage: Stage;
  fields: Omit<ImportableFields, "organization">;
}

/**
 * Writes new contacts in bulk with their keys and first stage, as `createContact` would one at
 * a time; keys go straight in, since a new contact has none to replace. The book is marked once
 * for the whole write (migration 010), not once per contact.
 */
export async function insertContacts(
  db: Db,
  workspaceId: string,
  contacts: readonly NewContact[],
  at: Instant,
): Promise<void> {
  if (contacts.length === 0) return;
  const rows = contacts.map(({ id, ownerId, organizationId, stage, fields }) => ({
    id,
    workspaceId,
    ownerId,
    organizationId,
    stage,
    name: fields.name,
    nickname: fields.nickname,
    department: fields.department,
    title: fields.title,
    emails: JSON.stringify(fields.emails),
    phones: JSON.stringify(fields.phones),
    urls: JSON.stringify(fields.urls),
    labels: JSON.stringify(fields.labels),
    tags: JSON.stringify(fields.tags),
    address: fields.address,
    birthday: fields.birthday,
    anniversary: fields.anniversary,
    notes: fields.notes,
    howWeMet: fields.howWeMet,
    photo: fields.photo,
    preferredChannel: null,
    cadenceDays: null,
    timeZone: null,
    version: 1,
    archivedAt: null,
    createdAt: at,
    updatedAt: at,
  }));
  await db.insertInto("bookMarkPauses").values({ workspaceId }).execute();
  // 27 columns a row: 500 rows stay below both databases' parameter limits.
  await insertInParts(db, "contacts", rows, 500, (part) => db.insertInto("contacts").values(part));
  await db.deleteFrom("bookMarkPauses").where("workspaceId", "=", workspaceId).execute();
  await markBook(
    db,
    workspaceId,
    contacts.map((c) => c.id),
  );

  const keys = contacts.flatMap(({ id, fields }) =>
    contactKeys(fields).map((k) => ({ contactId: id, workspaceId, kind: k.kind, key: k.key })),
  );
  await insertInParts(db, "contact keys", keys, 2_000, (part) => db.insertInto("contactKeys").values(part));

  const moves = contacts.map(({ id, stage }) => ({
    id: newOrderedId(),
    workspaceId,
    contactId: id,
    fromStage: null,
    toStage: stage,
    changedAt: at,
  }));
  await insertInParts(db, "stage changes", moves, 2_000, (part) =>
    db.insertInto("stageChanges").values(part),
  );
}

/** What migration 004's triggers do for each row, once for all these contacts: one new version. */
async function markBook(db: Db, workspaceId: string, contactIds: readonly string[]): Promise<void> {
  const { version } = await db
    .insertInto("bookVersions")
    .values({ workspaceId, version: 1 })
    .onConflict((oc) =>
      oc.column("workspaceId").doUpdateSet((eb) => ({ version: eb(eb.ref("bookVersions.version"), "+", 1) })),
    )
    .returning("version")
    .executeTakeFirstOrThrow();
  const marks = contactIds.map((contactId) => ({ contactId, workspaceId, version }));
  await insertInParts(db, "book marks", marks, 2_000, (part) =>
    db
      .insertInto("bookMarks")
      .values(part)
      .onConflict((oc) =>
        oc.column("contactId").doUpdateSet((eb) => ({
          workspaceId: eb.ref("excluded.workspaceId"),
          version: eb.ref("excluded.version"),
        })),
      ),
  );
}

export type ImportRow = Selectable<ImportTable>;

export async function insertImport(db: Db, row: Insertable<ImportTable>): Promise<void> {
  await db.insertInto("imports").values(row).execute();
}

export async function updateImport(
  db: Db,
  id: string,
  changes: Partial<Omit<ImportRow, "id" | "workspaceId" | "userId">>,
): Promise<void> {
  await db.updateTable("imports").set(changes).where("id", "=", id).execute();
}

export async function findImport(db: Db, workspaceId: string, id: string): Promise<ImportRow | null> {
  const row = await db
    .selectFrom("imports")
    .selectAll()
    .where("workspaceId", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ?? null;
}

/** The workspace's most recent imports, newest first. */
export function listImports(db: Db, workspaceId: string, limit: number): Promise<ImportRow[]> {
  return db
    .selectFrom("imports")
    .selectAll()
    .where("workspaceId", "=", workspaceId)
    .orderBy("createdAt", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}
