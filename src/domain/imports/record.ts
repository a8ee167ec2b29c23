// What every import reader (vCard, CSV) hands over: one raw record per card or row, with the
// line it starts on. `finishRecord` applies the rules shared by all formats, so that a contact
// reads the same whichever file it came from. Pure.
import type { CountryCode } from "libphonenumber-js/min";
import type { YearlyDate } from "../model.js";
import { composeName, type StructuredName } from "../names.js";
import { cleanEmails, cleanPhones, cleanUrls, normaliseLabel, type Labelled } from "./channels.js";

export type { Labelled };
import { yearlyDateFrom } from "./dates.js";
import { cleanTags } from "./tags.js";

/** One card or row as its reader found it; every field optional, text as written. */
export interface RawContact {
  /** 1-based line of the file where the record starts. */
  line: number;
  /** The source's own id for the record (vCard UID, a CRM's record id). */
  uid?: string | null;
  /** The formatted name (vCard FN), already chosen among several by the reader. */
  formattedName?: string | null;
  nameParts?: Partial<StructuredName>;
  nickname?: string | null;
  organization?: string | null;
  department?: string | null;
  title?: string | null;
  emails?: Labelled[];
  phones?: Labelled[];
  urls?: Labelled[];
  /** Each address as one free text (lines joined with newlines). */
  addresses?: Labelled[];
  /** As written in the file: `1985-04-12`, `19850412`, `--0412`, `--04-12`… */
  birthday?: string | null;
  anniversary?: string | null;
  notes?: string | null;
  /** How the user met the person (Rapport's own `X-RAPPORT-HOW-WE-MET`). */
  howWeMet?: string | null;
  tags?: string[];
  /** An http(s) link or a `data:image/…;base64,` URI. */
  photo?: string | null;
  /** What the reader had to leave out or guess, for the user to see. */
  warnings?: string[];
}

/** What a reader yields for each card or row: a record, or why it could not be read. */
export type ReadItem = { kind: "record"; record: RawContact } | Rejected;

export interface Rejected {
  kind: "rejected";
  /** 1-based line of the file where the rejected card or row starts. */
  line: number;
  reason: string;
}

/** A record ready to become (or merge into) a contact. */
export interface ImportedContact {
  line: number;
  uid: string | null;
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
  warnings: string[];
}

export type ImportItem =
  { kind: "contact"; contact: ImportedContact } | { kind: "rejected"; line: number; reason: string };

export interface FinishOptions {
  /** Country for phone numbers written without an international prefix. */
  country?: CountryCode;
}

/** Bounds of the contact API: longer text is cut with a warning rather than refused. */
const MAX = { name: 200, text: 2_000, notes: 20_000, photo: 700_000 } as const;

function text(value: string | null | undefined, max: number, what: string, warnings: string[]) {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  if (trimmed.length <= max) return trimmed;
  warnings.push(`${what} was longer than ${max} characters and was cut`);
  return trimmed.slice(0, max);
}

function photoFrom(value: string | null | undefined, warnings: string[]): string | null {
  const photo = value?.trim();
  if (!photo) return null;
  const usable =
    /^https?:\/\/\S+$/i.test(photo) || /^data:image\/[\w.+-]+;base64,[A-Za-z0-9+/=]+$/.test(photo);
  if (usable && photo.length <= MAX.photo) return photo;
  warnings.push(
    usable
      ? "the photo was larger than 512 KB and was left out"
      : "the photo could not be read and was left out",
  );
  return null;
}

/** The shared rules: a name by precedence, clean channels, valid dates or none, no system tags. */
export function finishRecord(raw: RawContact, options: FinishOptions = {}): ImportItem {
  const warnings = [...(raw.warnings ?? [])];
  const emails = cleanEmails(raw.emails ?? [], warnings);
  const organization = text(raw.organization, MAX.text, "the organization", warnings);
  const name =
    text(raw.formattedName, MAX.name, "the name", warnings) ??
    text(composeName(raw.nameParts ?? {}), MAX.name, "the name", warnings) ??
    (organization ? organization.slice(0, MAX.name) : null) ??
    emails.values[0] ??
    null;
  if (!name)
    return {
      kind: "rejected",
      line: raw.line,
      reason: "no name, organization or email to name the contact by",
    };

  const phones = cleanPhones(raw.phones ?? [], options.country, warnings);
  const urls = cleanUrls(raw.urls ?? [], warnings);
  const addresses = (raw.addresses ?? []).filter((a) => a.value.trim());
  const address = text(addresses.map((a) => a.value.trim()).join("\n\n"), MAX.text, "the address", warnings);
  const addressLabel = addresses.length === 1 ? normaliseLabel(addresses[0]?.label) : null;
  const labels = { ...emails.labels, ...phones.labels, ...urls.labels };
  if (address && addressLabel) labels[address] = addressLabel;

  const date = (value: string | null | undefined, what: string) => {
    if (!value?.trim()) return null;
    const read = yearlyDateFrom(value);
    if (!read) warnings.push(`the ${what} "${value.trim()}" is not a valid date and was left out`);
    return read;
  };
  return {
    kind: "contact",
    contact: {
      line: raw.line,
      uid: raw.uid?.trim() || null,
      name,
      nickname: text(raw.nickname, MAX.text, "the nickname", warnings),
      organization,
      department: text(raw.department, MAX.text, "the department", warnings),
      title: text(raw.title, MAX.text, "the title", warnings),
      emails: emails.values,
      phones: phones.values,
      urls: urls.values,
      labels,
      address,
      birthday: date(raw.birthday, "birthday"),
      anniversary: date(raw.anniversary, "anniversary"),
      notes: text(raw.notes, MAX.notes, "the notes", warnings),
      howWeMet: text(raw.howWeMet, MAX.text, "how we met", warnings),
      tags: cleanTags(raw.tags ?? [], warnings),
      photo: photoFrom(raw.photo, warnings),
      warnings,
    },
  };
}
