// One batch of an import: what the store knows of the batch's records (their sources, and the
// contacts their emails, phones or name and organization match), the decision for each record,
// then the writes: new organizations, new contacts in bulk, merged contacts one by one, and the
// sources remembered so that the same file imported again changes nothing.
import { createHash } from "node:crypto";
import type { ImportableFields } from "../domain/imports/merge.js";
import { recordIdentity } from "../domain/imports/merge.js";
import { ImportIndex, nameKey, type RecordSources } from "../domain/imports/plan.js";
import type { ImportedContact } from "../domain/imports/record.js";
import type { Instant } from "../domain/model.js";
import { contactsByKeys } from "../store/contact-keys.js";
import { contactSpec } from "../store/contacts.js";
import { updateRow } from "../store/crud.js";
import type { Db } from "../store/db.js";
import { newOrderedId } from "../store/ids.js";
import {
  contactsByName,
  importableContacts,
  insertContacts,
  insertOrganizations,
  knownSources,
  organizationsByName,
  recordSources,
  type NewContact,
} from "../store/imports.js";
import type { Actor } from "./context.js";

export interface BatchCounts {
  created: number;
  updated: number;
  merged: number;
  unchanged: number;
  organizationsCreated: number;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("base64url");

function sourcesOf(contact: ImportedContact): RecordSources {
  const { uid, content } = recordIdentity(contact);
  return { content: `record:${sha256(content)}`, uid: uid ? `uid:${sha256(uid)}` : null };
}

/** Asks the store about every source and key of the batch the index does not know yet. */
async function learn(
  db: Db,
  actor: Actor,
  index: ImportIndex,
  batch: readonly { contact: ImportedContact; sources: RecordSources }[],
  lock: boolean,
): Promise<void> {
  const ws = actor.workspaceId;
  const sources = batch.flatMap(({ sources: s }) => (s.uid ? [s.content, s.uid] : [s.content]));
  const wants = batch.map(({ contact }) => ImportIndex.wants(contact));
  const [bySource, byEmail, byPhone, byName] = await Promise.all([
    knownSources(db, ws, sources),
    contactsByKeys(
      db,
      ws,
      "email",
      wants.flatMap((w) => w.emails),
    ),
    contactsByKeys(
      db,
      ws,
      "phone",
      wants.flatMap((w) => w.phones),
    ),
    contactsByName(
      db,
      ws,
      batch.flatMap(({ contact }) => (contact.organization ? [contact.name.toLowerCase()] : [])),
    ),
  ]);
  const wantedNames = new Set(wants.flatMap((w) => (w.name ? [w.name] : [])));
  const ids = new Set([
    ...bySource.values(),
    ...[...byEmail.values(), ...byPhone.values()].map((found) => found[0]!),
    ...byName.filter((c) => wantedNames.has(nameKey(c.name, c.organization)!)).map((c) => c.id),
  ]);
  const unknown = [...ids].filter((id) => !index.has(id));
  // Earliest contacts first, so that the oldest of several duplicates is the one matched.
  for (const stored of await importableContacts(db, ws, unknown, { lock }))
    index.knowContact(stored.id, stored.fields, true);
  for (const [source, contactId] of bySource) index.knowSource(source, contactId);
}

/** Organization ids by lower-cased name for these names, creating the missing ones unless dry. */
async function organizationIds(
  db: Db,
  actor: Actor,
  names: readonly string[],
  at: Instant,
  counts: BatchCounts,
): Promise<Map<string, string>> {
  const ids = await organizationsByName(db, actor.workspaceId, names);
  const missing = new Map<string, string>();
  for (const name of names) if (!ids.has(name.toLowerCase())) missing.set(name.toLowerCase(), name);
  if (missing.size === 0) return ids;
  counts.organizationsCreated += missing.size;
  const created = await insertOrganizations(db, actor.workspaceId, [...missing.values()], at);
  return new Map([...ids, ...created]);
}

export interface BatchOutcome {
  counts: BatchCounts;
  warnings: { line: number; message: string }[];
}

/**
 * Decides every record of the batch against the index and, unless `dryRun`, writes the result
 * with `db` (the caller's transaction). A dry run only plans: the index keeps what it planned,
 * so that later batches see the contacts it would have made.
 */
export async function applyBatch(
  db: Db,
  actor: Actor,
  index: ImportIndex,
  contacts: readonly ImportedContact[],
  {
    dryRun,
    at,
    plannedOrganizations,
    lockRows = false,
  }: {
    dryRun: boolean;
    /** Hold the contacts merged into until the caller's transaction ends (PostgreSQL). */
    lockRows?: boolean;
    at: Instant;
    /** Organizations a dry run has counted as new so far (lower-cased), so each counts once. */
    plannedOrganizations: Set<string>;
  },
): Promise<BatchOutcome> {
  const counts: BatchCounts = { created: 0, updated: 0, merged: 0, unchanged: 0, organizationsCreated: 0 };
  const warnings = contacts.flatMap((c) => c.warnings.map((message) => ({ line: c.line, message })));
  const batch = contacts.map((contact) => ({ contact, sources: sourcesOf(contact) }));
  await learn(db, actor, index, batch, lockRows);

  const creates = new Map<string, ImportableFields>();
  const updates = new Map<string, ImportableFields>();
  const sources: { fingerprint: string; contactId: string }[] = [];
  for (const { contact, sources: s } of batch) {
    const decision = index.decide(contact, s, newOrderedId);
    sources.push({ fingerprint: s.content, contactId: decision.contactId });
    if (s.uid) sources.push({ fingerprint: s.uid, contactId: decision.contactId });
    if (decision.kind === "unchanged") {
      counts.unchanged++;
      continue;
    }
    warnings.push(...decision.warnings.map((message) => ({ line: contact.line, message })));
    if (decision.kind === "create") counts.created++;
    else if (decision.kind === "update") counts.updated++;
    else counts.merged++;
    // A contact this batch creates is written once, with everything merged into it.
    if (creates.has(decision.contactId) || decision.kind === "create")
      creates.set(decision.contactId, decision.fields);
    else if (decision.stored) updates.set(decision.contactId, decision.fields);
  }
  const names = [...creates.values(), ...updates.values()].flatMap((f) =>
    f.organization ? [f.organization] : [],
  );
  if (dryRun) {
    const known = await organizationsByName(db, actor.workspaceId, names);
    for (const name of names) {
      const key = name.toLowerCase();
      if (known.has(key) || plannedOrganizations.has(key)) continue;
      plannedOrganizations.add(key);
      counts.organizationsCreated++;
    }
    return { counts, warnings };
  }

  const orgIds = await organizationIds(db, actor, names, at, counts);
  const orgOf = (organization: string | null) =>
    organization ? (orgIds.get(organization.toLowerCase()) ?? null) : null;
  const fresh: NewContact[] = [...creates].map(([id, { organization, ...fields }]) => ({
    id,
    ownerId: actor.userId,
    organizationId: orgOf(organization),
    stage: "prospect",
    fields,
  }));
  await insertContacts(db, actor.workspaceId, fresh, at);
  for (const [id, { organization, ...fields }] of updates) {
    const changes = { ...fields, organizationId: orgOf(organization) };
    await updateRow(db, contactSpec, actor.workspaceId, id, changes, at);
  }
  await recordSources(db, actor.workspaceId, sources, at);
  return { counts, warnings };
}
