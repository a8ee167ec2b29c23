// One card's content lines → the raw contact import rules finish (imports/record.ts). Values are
// taken as written; only what a vCard encodes its own way is transformed here (escapes, compound
// values, Apple's year-less dates, labels in groups, inline photos).
import type { Labelled, RawContact } from "../imports/record.js";
import { addressText } from "./address.js";
import type { Card } from "./cards.js";
import { paramOf, typesOf, type ContentLine } from "./content-line.js";
import { photoOf } from "./photo.js";
import { components, listItems, unescapeText, valueDecoder } from "./values.js";

interface Reading {
  raw: RawContact & Required<Pick<RawContact, "emails" | "phones" | "urls" | "tags" | "warnings">>;
  text: (property: ContentLine) => string;
  label: (property: ContentLine) => string | null;
  names: { value: string; language: boolean }[];
  notes: string[];
  addresses: { property: ContentLine; value: string }[];
  addressLabels: ContentLine[];
  /** Anniversary candidates by rank: ANNIVERSARY, then the X- spellings, then Apple's X-ABDATE. */
  anniversaries: string[][];
}

/** The date as written, except Apple's placeholder year for "no year" (`X-APPLE-OMIT-YEAR=1604`). */
function dateOf(property: ContentLine, written: string): string {
  const value = written.trim();
  const omitted = paramOf(property, "X-APPLE-OMIT-YEAR");
  if (omitted && /^\d{4}$/.test(omitted) && value.startsWith(omitted))
    return `--${value.slice(4).replace(/^-/, "")}`;
  return value;
}

const ANNIVERSARY_RANK: Record<string, number> = {
  ANNIVERSARY: 0,
  "X-ANNIVERSARY": 1,
  "X-EVOLUTION-ANNIVERSARY": 1,
  "X-MS-ANNIVERSARY": 1,
};

/** Reads one property into the contact; unknown properties are not ours to keep. */
const readers: Record<string, (p: ContentLine, r: Reading) => void> = {
  FN: (p, r) => r.names.push({ value: unescapeText(r.text(p)), language: p.params.has("LANGUAGE") }),
  N: (p, r) => {
    const [family, given, middle, prefix, suffix] = components(r.text(p)).map((c) => c.join(" "));
    r.raw.nameParts ??= { family, given, middle, prefix, suffix };
  },
  NICKNAME: (p, r) => {
    const items = listItems(r.text(p));
    if (items.length > 0) r.raw.nickname = [r.raw.nickname, ...items].filter(Boolean).join(", ");
  },
  ORG: (p, r) => {
    if (r.raw.organization != null || r.raw.department != null) return;
    const [organization = "", ...units] = components(r.text(p)).map((c) => c.join(", ").trim());
    r.raw.organization = organization || null;
    r.raw.department = units.filter(Boolean).join(", ") || null;
  },
  TITLE: (p, r) => void (r.raw.title ??= unescapeText(r.text(p))),
  EMAIL: (p, r) => r.raw.emails.push(labelled(unescapeText(r.text(p)).replace(/^mailto:/i, ""), p, r)),
  TEL: (p, r) => r.raw.phones.push(labelled(unescapeText(r.text(p)).replace(/^tel:/i, ""), p, r)),
  URL: (p, r) => r.raw.urls.push(labelled(unescapeText(r.text(p)).trim(), p, r)),
  ADR: (p, r) => r.addresses.push({ property: p, value: addressText(r.text(p)) }),
  LABEL: (p, r) => r.addressLabels.push(p),
  BDAY: (p, r) => void (r.raw.birthday ??= dateOf(p, r.text(p))),
  NOTE: (p, r) => r.notes.push(unescapeText(r.text(p))),
  CATEGORIES: (p, r) => r.raw.tags.push(...listItems(r.text(p))),
  PHOTO: (p, r) => {
    if (r.raw.photo) return;
    const read = photoOf(p);
    if (read.ok) r.raw.photo = read.photo;
    else r.raw.warnings.push(`the photo on line ${p.line} could not be read and was left out`);
  },
  UID: (p, r) => void (r.raw.uid ??= unescapeText(r.text(p)).trim()),
  "X-RAPPORT-HOW-WE-MET": (p, r) => void (r.raw.howWeMet ??= unescapeText(r.text(p))),
  "X-ABDATE": (p, r) => {
    if (/anniversary/i.test(r.label(p) ?? "")) r.anniversaries[2]?.push(dateOf(p, r.text(p)));
  },
};
for (const name of Object.keys(ANNIVERSARY_RANK))
  readers[name] = (p, r) => r.anniversaries[ANNIVERSARY_RANK[name] ?? 1]?.push(dateOf(p, r.text(p)));

function labelled(value: string, property: ContentLine, r: Reading): Labelled {
  return { value, label: r.label(property) };
}

/** Apple pairs `item1.EMAIL` with `item1.X-ABLabel`; that label wins over TYPE words. */
function groupLabels(card: Card, text: (p: ContentLine) => string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const p of card.properties)
    if (p.group && p.name === "X-ABLABEL") labels.set(p.group.toLowerCase(), unescapeText(text(p)).trim());
  return labels;
}

/** Each ADR as free text: its LABEL parameter, else a LABEL property of its group or types, else its parts. */
function addresses(r: Reading): Labelled[] {
  const labels = [...r.addressLabels];
  const sameTypes = (a: ContentLine, b: ContentLine) =>
    typesOf(a).join(",").toLowerCase() === typesOf(b).join(",").toLowerCase();
  const read = r.addresses.map(({ property, value }) => {
    const param = property.params.get("LABEL")?.[0];
    const i = labels.findIndex((l) => (property.group ? l.group === property.group : sameTypes(l, property)));
    const match = i === -1 ? null : labels.splice(i, 1)[0];
    const text = param?.replace(/\\n/gi, "\n") ?? (match ? unescapeText(r.text(match)) : value);
    return { value: text, label: r.label(property) };
  });
  // A LABEL with no ADR is the only address the card gives.
  if (r.addresses.length === 0)
    read.push(...labels.map((l) => ({ value: unescapeText(r.text(l)), label: r.label(l) })));
  return read;
}

/** The raw contact one card describes, with the warnings reading it raised. */
export function contactFromCard(card: Card): RawContact {
  const warnings = [...card.warnings];
  const text = valueDecoder(card, warnings);
  const groups = groupLabels(card, text);
  const r: Reading = {
    raw: { line: card.line, emails: [], phones: [], urls: [], tags: [], warnings },
    text,
    label: (p) => (p.group ? groups.get(p.group.toLowerCase()) : undefined) ?? (typesOf(p).join(",") || null),
    names: [],
    notes: [],
    addresses: [],
    addressLabels: [],
    anniversaries: [[], [], []],
  };
  for (const property of card.properties) readers[property.name]?.(property, r);
  const name = r.names.find((n) => !n.language) ?? r.names[0];
  return {
    ...r.raw,
    formattedName: name?.value ?? null,
    addresses: addresses(r),
    anniversary: r.anniversaries.flat()[0] ?? null,
    notes: r.notes.length > 0 ? r.notes.join("\n\n") : null,
  };
}
