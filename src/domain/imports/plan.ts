// What an import does with each record, decided against what it knows of the book: skip it (the
// same record came in before), update the contact it came from (same source id), merge it into a
// duplicate (same email, then phone, then name and organization) or create a contact. The service
// fills the index from the store a batch at a time; the decisions themselves are pure.
import { contactKeys } from "../contact-keys.js";
import { importableFields, mergeContact, type ImportableFields, type MergeMode } from "./merge.js";
import type { ImportedContact } from "./record.js";

export type Decision =
  | { kind: "unchanged"; contactId: string }
  | { kind: "create"; contactId: string; fields: ImportableFields; warnings: string[] }
  | {
      kind: "update" | "merge";
      contactId: string;
      fields: ImportableFields;
      /** Whether the contact is in the store yet, or only planned by this import. */
      stored: boolean;
      warnings: string[];
    };

/** The sources a record is known by: its content always, its source id when it has one. */
export interface RecordSources {
  content: string;
  uid: string | null;
}

interface Entry {
  fields: ImportableFields;
  stored: boolean;
}

/** A contact's lookup keys: emails, phones, and name with organization when it has one. */
function lookupKeys(fields: ImportableFields): string[] {
  const keys = contactKeys(fields).map((k) => `${k.kind} ${k.key}`);
  const byName = nameKey(fields.name, fields.organization);
  return byName ? [...keys, byName] : keys;
}

/** The name-and-organization key, or null without an organization (a name alone is too weak). */
export function nameKey(name: string, organization: string | null): string | null {
  const org = organization?.trim().toLowerCase();
  return org ? `name ${name.trim().toLowerCase()}\u0000${org}` : null;
}

/** What the import knows of the book: sources seen, contacts by key, and their fields. */
export class ImportIndex {
  private readonly sources = new Map<string, string>();
  private readonly keys = new Map<string, string>();
  private readonly contacts = new Map<string, Entry>();

  /** Forgets everything (after a batch is stored, the store answers for it). */
  clear(): void {
    this.sources.clear();
    this.keys.clear();
    this.contacts.clear();
  }

  has(contactId: string): boolean {
    return this.contacts.has(contactId);
  }

  knowSource(source: string, contactId: string): void {
    if (!this.sources.has(source)) this.sources.set(source, contactId);
  }

  /** Records a contact's fields and keys; the first contact to hold a key keeps it. */
  knowContact(contactId: string, fields: ImportableFields, stored: boolean): void {
    this.contacts.set(contactId, { fields, stored });
    for (const key of lookupKeys(fields)) if (!this.keys.has(key)) this.keys.set(key, contactId);
  }

  /** The lookups a record needs answered before `decide`, for the service to ask the store. */
  static wants(contact: ImportedContact): { emails: string[]; phones: string[]; name: string | null } {
    const keys = contactKeys(contact);
    return {
      emails: keys.filter((k) => k.kind === "email").map((k) => k.key),
      phones: keys.filter((k) => k.kind === "phone").map((k) => k.key),
      name: nameKey(contact.name, contact.organization),
    };
  }

  /** The contact an earlier import of the same source made, by content then by source id. */
  private bySource(sources: RecordSources): { contactId: string; mode: MergeMode | null } | null {
    const same = this.sources.get(sources.content);
    if (same) return { contactId: same, mode: null };
    const fromUid = sources.uid ? this.sources.get(sources.uid) : undefined;
    return fromUid ? { contactId: fromUid, mode: "source" } : null;
  }

  private byKeys(fields: ImportableFields): string | null {
    const keys = contactKeys(fields);
    const ordered = [
      ...keys.filter((k) => k.kind === "email").map((k) => `email ${k.key}`),
      ...keys.filter((k) => k.kind === "phone").map((k) => `phone ${k.key}`),
      nameKey(fields.name, fields.organization),
    ];
    for (const key of ordered) {
      const found = key ? this.keys.get(key) : undefined;
      if (found) return found;
    }
    return null;
  }

  /**
   * What to do with one record, remembered at once so that a later record of the same file sees
   * it. `newId` names a contact to create.
   */
  decide(contact: ImportedContact, sources: RecordSources, newId: () => string): Decision {
    const file = importableFields(contact);
    const known = this.bySource(sources);
    const contactId = known?.contactId ?? this.byKeys(file);
    const entry = contactId ? this.contacts.get(contactId) : undefined;
    const remember = (id: string) => {
      this.knowSource(sources.content, id);
      if (sources.uid) this.knowSource(sources.uid, id);
    };

    if (known && known.mode === null) return { kind: "unchanged", contactId: known.contactId };
    if (!contactId || !entry) {
      // A source whose contact is gone (archived, or not loaded) makes a new contact.
      const id = newId();
      this.knowContact(id, file, false);
      remember(id);
      return { kind: "create", contactId: id, fields: file, warnings: [] };
    }
    const mode: MergeMode = known ? "source" : "merge";
    const merged = mergeContact(entry.fields, file, mode);
    remember(contactId);
    if (!merged.changed) return { kind: "unchanged", contactId };
    this.knowContact(contactId, merged.fields, entry.stored);
    return {
      kind: mode === "source" ? "update" : "merge",
      contactId,
      fields: merged.fields,
      stored: entry.stored,
      warnings: merged.warnings,
    };
  }
}
