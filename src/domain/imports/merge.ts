// Folding an imported record into a contact already in the book without losing a value: lists
// are joined (a second email is kept, never written over), an empty field takes the file's value,
// and a value that disagrees with the book's is kept in the notes rather than dropped. Pure.
import { emailKey, phoneKey } from "../contact-keys.js";
import type { YearlyDate } from "../model.js";
import type { ImportedContact } from "./record.js";

/** The part of a contact an import can fill, with the organization by name. */
export interface ImportableFields {
  name: string;
  nickname: string | null;
  organization: string | null;
  department: string | null;
  title: string | null;
  emails: string[];
  phones: string[];
  urls: string[];
  labels: Record<string, string>;
  address: string | null;
  birthday: YearlyDate | null;
  anniversary: YearlyDate | null;
  notes: string | null;
  howWeMet: string | null;
  tags: string[];
  photo: string | null;
}

/**
 * `merge`: the book's values stand and the file's different ones go to the notes (a duplicate
 * found by email, phone or name). `source`: the file's values replace the book's (the same
 * record, known by its UID, read again after it changed at the source).
 */
export type MergeMode = "merge" | "source";

export interface Merged {
  fields: ImportableFields;
  changed: boolean;
  warnings: string[];
}

/** Bounds of the contact API (src/contract/contacts.ts). */
const LIMITS = { emails: 20, phones: 20, urls: 20, tags: 50, labels: 80, notes: 20_000 } as const;

const scalars = [
  ["name", "name"],
  ["nickname", "nickname"],
  ["organization", "organization"],
  ["department", "department"],
  ["title", "title"],
  ["address", "address"],
  ["birthday", "birthday"],
  ["anniversary", "anniversary"],
  ["howWeMet", "how we met"],
  ["photo", "photo"],
] as const satisfies readonly (readonly [keyof ImportableFields, string])[];

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A line for the notes, the same every time for the same value so that it is added once. */
export const alsoImported = (what: string, value: string) => `Also imported, ${what}: ${value}`;

function joinList(
  book: readonly string[],
  file: readonly string[],
  key: (value: string) => string,
  limit: number,
  overflow: string[],
): string[] {
  const seen = new Set(book.map(key));
  const joined = [...book];
  for (const value of file) {
    const k = key(value);
    if (seen.has(k)) continue;
    seen.add(k);
    if (joined.length < limit) joined.push(value);
    else overflow.push(value);
  }
  return joined;
}

function withNote(notes: string | null, addition: string): string | null {
  const text = addition.trim();
  if (!text || notes?.includes(text)) return notes;
  return notes ? `${notes}\n\n${text}` : text;
}

/** The file's fields as a contact holds them, before any merge. */
export function importableFields(contact: ImportedContact): ImportableFields {
  const { line: _line, uid: _uid, warnings: _warnings, ...fields } = contact;
  return fields;
}

/** The book's contact with the file's record folded in. */
export function mergeContact(book: ImportableFields, file: ImportableFields, mode: MergeMode): Merged {
  const warnings: string[] = [];
  const notesLines: string[] = [];
  const result: ImportableFields = { ...book, labels: { ...book.labels } };
  const overflow = (what: string, values: string[]) => {
    for (const value of values) notesLines.push(alsoImported(what, value));
  };

  for (const [field, what] of scalars) {
    const incoming = file[field];
    const current = book[field];
    if (incoming === null || (current !== null && same(current, incoming))) continue;
    if (current === null || mode === "source") result[field] = incoming;
    else notesLines.push(alsoImported(what, incoming));
  }

  const spill = {
    emails: [] as string[],
    phones: [] as string[],
    urls: [] as string[],
    tags: [] as string[],
  };
  result.emails = joinList(book.emails, file.emails, emailKey, LIMITS.emails, spill.emails);
  result.phones = joinList(
    book.phones,
    file.phones,
    (p) => phoneKey(p) ?? p.trim(),
    LIMITS.phones,
    spill.phones,
  );
  result.urls = joinList(book.urls, file.urls, (u) => u.toLowerCase(), LIMITS.urls, spill.urls);
  result.tags = joinList(book.tags, file.tags, (t) => t.toLowerCase(), LIMITS.tags, spill.tags);
  overflow("email", spill.emails);
  overflow("phone", spill.phones);
  overflow("link", spill.urls);
  overflow("tag", spill.tags);

  for (const [value, label] of Object.entries(file.labels)) {
    if (mode === "merge" && result.labels[value] !== undefined) continue;
    if (Object.keys(result.labels).length >= LIMITS.labels && result.labels[value] === undefined) continue;
    result.labels[value] = label;
  }

  let notes = mode === "source" && file.notes !== null ? file.notes : withNote(book.notes, file.notes ?? "");
  for (const line of notesLines) notes = withNote(notes, line);
  if (notes !== null && notes.length > LIMITS.notes) {
    warnings.push(`the merged notes were longer than ${LIMITS.notes} characters and were cut`);
    notes = notes.slice(0, LIMITS.notes);
  }
  result.notes = notes;

  return { fields: result, changed: !sameFields(book, result), warnings };
}

function sameFields(a: ImportableFields, b: ImportableFields): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** The fields in a fixed key order with sorted labels, so equal contacts print equal. */
function canonical(fields: ImportableFields): unknown[] {
  return [
    fields.name,
    fields.nickname,
    fields.organization,
    fields.department,
    fields.title,
    fields.emails,
    fields.phones,
    fields.urls,
    Object.entries(fields.labels).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
    fields.address,
    fields.birthday,
    fields.anniversary,
    fields.notes,
    fields.howWeMet,
    fields.tags,
    fields.photo,
  ];
}

/**
 * What identifies a record across imports: its source id when it has one, else its content.
 * The service hashes these; two reads of the same record give the same text.
 */
export function recordIdentity(contact: ImportedContact): { uid: string | null; content: string } {
  return { uid: contact.uid, content: JSON.stringify(canonical(importableFields(contact))) };
}
