// The vCard export and import agree: a contact written by the writer and read back by the reader,
// then finished by the shared import rules, has every field it had. Also: ical.js, an
// independent reader, reads what the writer writes.
import fc from "fast-check";
import ICAL from "ical.js";
import { parsePhoneNumberFromString } from "libphonenumber-js/min";
import { describe, expect, it } from "vitest";
import { contact as sample } from "../../../test/fixtures/contact.js";
import { emailKey, phoneKey } from "../contact-keys.js";
import { normaliseLabel } from "../imports/channels.js";
import { finishRecord, type ImportItem } from "../imports/record.js";
import { cleanTags } from "../imports/tags.js";
import type { Contact } from "../model.js";
import { cardUid, contactCard, type CardInput } from "./card.js";
import { readVcards } from "./reader.js";

/** Text as users type it: any characters, with vCard's special ones often; trimmed, newlines as LF. */
const piece = fc.oneof(
  fc.string({ unit: "binary", maxLength: 8 }),
  fc.constantFrom(
    "\\",
    ",",
    ";",
    ":",
    "\n",
    "\r\n",
    " ",
    "\t",
    "=",
    "=0D",
    "^n",
    '"',
    "\\n",
    "END:VCARD",
    "é",
    "😀",
  ),
);
const text = (maxLength: number) =>
  fc
    .array(piece, { minLength: 1, maxLength: 40 })
    .map((pieces) => pieces.join("").replace(/\r\n?/g, "\n").slice(0, maxLength).trim())
    .filter((s) => s.length > 0 && !/[\uD800-\uDBFF]$/.test(s));
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });

const word = fc.stringMatching(/^[a-z0-9]{1,12}$/);
const emails = fc.uniqueArray(
  fc
    .tuple(word, fc.constantFrom("", ".", "+", "_"), word, word)
    .map(([a, s, b, d]) => `${a}${s}${b}@${d}.example`),
  { maxLength: 4, selector: emailKey },
);

/** Phones as the import keeps them: international form where they parse, else as written. */
const phone = fc.oneof(
  fc.integer({ min: 100, max: 199 }).map((n) => `+1 415 555 0${n}`),
  fc.integer({ min: 0, max: 999 }).map((n) => `+44 20 7946 0${String(n).padStart(3, "0")}`),
  fc.integer({ min: 1000, max: 9999 }).map((n) => `+34 600 00${n}`),
  fc.constantFrom("ext 12 ask for Ana", "front desk, 2nd line"),
);
const phones = fc.uniqueArray(
  phone.map((written) => parsePhoneNumberFromString(written)?.formatInternational() ?? written),
  { maxLength: 4, selector: (p) => phoneKey(p) ?? p },
);
const urls = fc.uniqueArray(
  fc
    .tuple(word, fc.stringMatching(/^[A-Za-z0-9,;:@=&%~_.!*'()/-]{0,30}$/))
    .map(([host, p]) => `https://${host}.example/${p}`),
  { maxLength: 3, selector: (u) => u.toLowerCase() },
);

/** Labels as the import keeps them (normalised): TYPE words, Apple's words, or the user's own. */
const label = fc.oneof(
  fc.constantFrom("work", "home", "mobile", "work, fax", "pager", "assistant", "home page", "blog", "école"),
  fc.string({ minLength: 1, maxLength: 20 }).filter((l) => normaliseLabel(l) === l),
);

const yearly = fc.oneof(
  fc
    .date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .date({ min: new Date("2000-01-01"), max: new Date("2000-12-31"), noInvalidDate: true })
    .map((d) => `--${d.toISOString().slice(5, 10)}`),
);
const photo = fc.oneof(
  fc.tuple(word, word).map(([host, file]) => `https://${host}.example/${file}.jpg`),
  fc
    .uint8Array({ minLength: 1, maxLength: 300 })
    .map((bytes) => `data:image/png;base64,${Buffer.from(bytes).toString("base64")}`),
);
const tags = fc.array(text(50), { maxLength: 6 }).map((list) => cleanTags(list, []));

const card: fc.Arbitrary<CardInput> = fc
  .record({
    id: fc.oneof(fc.uuid(), word),
    name: text(200),
    nickname: optional(text(60)),
    organization: optional(text(200)),
    department: optional(text(100)),
    title: optional(text(100)),
    emails,
    phones,
    urls,
    address: optional(text(300)),
    birthday: optional(yearly),
    anniversary: optional(yearly),
    notes: optional(text(1000)),
    howWeMet: optional(text(300)),
    tags,
    photo: optional(photo),
    labelled: fc.array(fc.tuple(fc.nat(), label), { maxLength: 6 }),
  })
  .map(({ organization, labelled, ...fields }) => {
    const values = [
      ...fields.emails,
      ...fields.phones,
      ...fields.urls,
      ...(fields.address ? [fields.address] : []),
    ];
    const labels = Object.fromEntries(
      values.length === 0 ? [] : labelled.map(([i, l]) => [values[i % values.length] as string, l]),
    );
    const contact: Contact = { ...sample, ...fields, labels };
    return { contact, organization };
  });

async function readBack(file: string): Promise<ImportItem[]> {
  const items: ImportItem[] = [];
  for await (const item of readVcards([new TextEncoder().encode(file)]))
    items.push(item.kind === "record" ? finishRecord(item.record) : item);
  return items;
}

/** What the import should make of a contact the export wrote. */
function expected({ contact, organization }: CardInput, line: number): ImportItem {
  const { name, nickname, department, title, emails, phones, urls, labels, address } = contact;
  const { birthday, anniversary, notes, howWeMet, tags, photo } = contact;
  return {
    kind: "contact",
    contact: {
      ...{ line, uid: cardUid(contact.id), name, nickname, organization, department, title },
      ...{ emails, phones, urls, labels, address, birthday, anniversary, notes, howWeMet, tags, photo },
      warnings: [],
    },
  };
}

describe("a vCard export read back by the import", () => {
  it("gives back every field of every contact, each card at its line", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(card, { minLength: 1, maxLength: 3 }), async (cards) => {
        const written = cards.map(contactCard);
        const lines = written.map((_, i) => 1 + written.slice(0, i).join("").split("\r\n").length - 1);
        expect(await readBack(written.join(""))).toEqual(cards.map((c, i) => expected(c, lines[i] ?? 0)));
      }),
      { numRuns: 200 },
    );
  });
});

describe("the writer's vCard read by ical.js", () => {
  it("has the same names, channels, dates and texts", () => {
    fc.assert(
      fc.property(card, (input) => {
        const { contact, organization } = input;
        const read = new ICAL.Component(ICAL.parse(contactCard(input)) as never);
        const values = (name: string) => read.getAllProperties(name).map((p) => String(p.getFirstValue()));
        expect(read.getFirstPropertyValue("fn")).toBe(contact.name);
        expect(values("email")).toEqual(contact.emails);
        expect(values("tel")).toEqual(contact.phones);
        expect(values("url")).toEqual(contact.urls);
        expect(read.getFirstPropertyValue("note") ?? null).toBe(contact.notes);
        expect(read.getFirstPropertyValue("nickname") ?? null).toBe(contact.nickname);
        expect(read.getFirstPropertyValue("photo") ?? null).toBe(contact.photo);
        const org = read.getFirstProperty("org")?.getValues().flat() ?? null;
        // ical.js reads an escaped backslash before a separator (`a\\;b`) as an escaped `;`.
        const parts = [organization ?? "", ...(contact.department ? [contact.department] : [])];
        if ((organization || contact.department) && !parts.some((p) => p.endsWith("\\")))
          expect(org).toEqual(parts);
        expect(read.getFirstProperty("bday") ? String(read.getFirstPropertyValue("bday")) : null).toBe(
          contact.birthday,
        );
        const labels = read.getAllProperties("x-ablabel").map((p) => p.getParameter("group"));
        expect(new Set(labels).size).toBe(labels.length);
      }),
      { numRuns: 200 },
    );
  });
});
