// A contact as a vCard 4.0 (RFC 6350), losing nothing our reader (reader.ts) reads back. Fields
// without a vCard property (stage, cadence, owner) stay out: the workspace JSON export carries them.
import type { Contact, Instant, YearlyDate } from "../model.js";
import { splitName } from "../names.js";
import { CRLF, contentLine, escapeText, list, structured } from "./text.js";

export const VCARD_MEDIA_TYPE = "text/vcard; charset=utf-8";
const PRODID = "-//Rapport//Rapport contacts export//EN";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface CardInput {
  contact: Contact;
  /** The contact's organization's name, when it has one. */
  organization: string | null;
}

/** `1985-04-12` → `19850412`; year-less `--04-12` → `--0412` (RFC 6350 §4.3.1). */
export function cardDate(date: YearlyDate): string {
  return date.startsWith("--") ? `--${date.slice(2).replace("-", "")}` : date.replaceAll("-", "");
}

/** `2026-12-05T13:14:00.000Z` → `20261205T131400Z` (RFC 6350 §4.3.5). */
export function cardTimestamp(instant: Instant): string {
  return new Date(instant)
    .toISOString()
    .replace(/\.\d{3}/, "")
    .replace(/[-:]/g, "");
}

/**
 * A stable `urn:uuid:` for the card: the id itself when it is a UUID, else a version-8 UUID
 * hashed from it (FNV-1a, four rounds), so that re-exports and re-imports agree.
 */
export function cardUid(id: string): string {
  if (UUID.test(id)) return `urn:uuid:${id.toLowerCase()}`;
  let hex = "";
  for (let round = 0; round < 4; round++) {
    let h = 0x811c9dc5 ^ round;
    for (const char of id) h = Math.imul(h ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
    hex += h.toString(16).padStart(8, "0");
  }
  const variant = ((parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  const v = `${hex.slice(0, 12)}8${hex.slice(13, 16)}${variant}${hex.slice(17)}`;
  return `urn:uuid:${v.slice(0, 8)}-${v.slice(8, 12)}-${v.slice(12, 16)}-${v.slice(16, 20)}-${v.slice(20, 32)}`;
}

/** A URI as written, except that whitespace and controls (never valid in one) are percent-encoded. */
function uri(value: string): string {
  return value.replace(/[\s\p{Cc}]/gu, encodeURIComponent);
}

/** TYPE words RFC 6350 defines per property (§6.4.1, §6.3.1, §6.4.2, §6.7.8); `mobile` is `cell`. */
const TYPE_WORDS: Record<string, ReadonlySet<string>> = {
  TEL: new Set(["work", "home", "cell", "fax", "pager", "video", "textphone"]),
  EMAIL: new Set(["work", "home"]),
  URL: new Set(["work", "home"]),
  ADR: new Set(["work", "home"]),
};

/**
 * Writes one card's labelled values: a label made of TYPE words (`work`, `mobile`, `work, fax`)
 * as TYPE; any other label in an Apple-style group with an X-ABLabel, which readers keep.
 */
class LabelledLines {
  private groups = 0;

  constructor(private readonly labels: Readonly<Record<string, string>>) {}

  line(name: string, value: string, written: string, params: Record<string, string> = {}): string {
    // Own keys only: a value such as "constructor" is no label.
    const label = Object.hasOwn(this.labels, value) ? this.labels[value]?.trim() : undefined;
    if (!label) return contentLine(name, written, params);
    const words = label.split(/\s*,\s*/).map((w) => (w === "mobile" ? "cell" : w));
    if (words.every((w) => TYPE_WORDS[name]?.has(w)))
      return contentLine(name, written, { TYPE: words.join(","), ...params });
    const group = `item${++this.groups}`;
    return (
      contentLine(`${group}.${name}`, written, params) + contentLine(`${group}.X-ABLabel`, escapeText(label))
    );
  }

  /** Several values of one property: the first is preferred (PREF=1), keeping the book's order. */
  ranked(name: string, values: readonly string[], write: (value: string) => string = escapeText): string[] {
    return values.map((value, i) => this.line(name, value, write(value), i === 0 ? { PREF: "1" } : {}));
  }
}

/** One contact as a vCard 4.0, CRLF line ends, folded at 75 octets. */
export function contactCard({ contact, organization }: CardInput): string {
  const name = splitName(contact.name);
  const when = <T>(value: T | null, line: (present: T) => string) => (value ? [line(value)] : []);
  const labelled = new LabelledLines(contact.labels);
  const org =
    organization || contact.department ? [organization ?? "", ...when(contact.department, String)] : null;
  return [
    `BEGIN:VCARD${CRLF}`,
    `VERSION:4.0${CRLF}`,
    contentLine("PRODID", PRODID),
    contentLine("UID", cardUid(contact.id)),
    contentLine("FN", escapeText(contact.name)),
    contentLine("N", structured([name.family, name.given, name.middle, "", ""])),
    ...when(contact.nickname, (nickname) => contentLine("NICKNAME", escapeText(nickname))),
    ...when(org, (parts) => contentLine("ORG", structured(parts))),
    ...when(contact.title, (title) => contentLine("TITLE", escapeText(title))),
    ...labelled.ranked("EMAIL", contact.emails),
    ...labelled.ranked("TEL", contact.phones),
    ...labelled.ranked("URL", contact.urls, uri),
    // Our address is one free-text field: it goes whole into the street component.
    ...when(contact.address, (street) =>
      labelled.line("ADR", street, structured(["", "", street, "", "", "", ""])),
    ),
    ...when(contact.birthday, (date) => contentLine("BDAY", cardDate(date))),
    ...when(contact.anniversary, (date) => contentLine("ANNIVERSARY", cardDate(date))),
    ...when(contact.tags.length > 0 ? contact.tags : null, (tags) => contentLine("CATEGORIES", list(tags))),
    ...when(contact.notes, (notes) => contentLine("NOTE", escapeText(notes))),
    ...when(contact.howWeMet, (met) => contentLine("X-RAPPORT-HOW-WE-MET", escapeText(met))),
    ...when(contact.photo, (photo) => contentLine("PHOTO", uri(photo))),
    contentLine("REV", cardTimestamp(contact.updatedAt)),
    `END:VCARD${CRLF}`,
  ].join("");
}
