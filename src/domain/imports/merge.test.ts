import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emailKey, phoneKey } from "../contact-keys.js";
import { alsoImported, mergeContact, type ImportableFields } from "./merge.js";
import { ImportIndex } from "./plan.js";
import type { ImportedContact } from "./record.js";

const blank: ImportableFields = {
  name: "Ana Cruz",
  nickname: null,
  organization: null,
  department: null,
  title: null,
  emails: [],
  phones: [],
  urls: [],
  labels: {},
  address: null,
  birthday: null,
  anniversary: null,
  notes: null,
  howWeMet: null,
  tags: [],
  photo: null,
};

const record = (fields: Partial<ImportedContact>): ImportedContact => ({
  ...blank,
  line: 1,
  uid: null,
  warnings: [],
  ...fields,
});

describe("mergeContact", () => {
  it("keeps the book's values, fills its gaps and notes the file's different ones", () => {
    const book = { ...blank, title: "Buyer", emails: ["ana@x.example"], labels: { "ana@x.example": "work" } };
    const file = {
      ...blank,
      name: "Ana María Cruz",
      title: "Head of Buying",
      birthday: "--04-12",
      emails: ["ANA@x.example", "ana@home.example"],
      labels: { "ana@x.example": "home", "ana@home.example": "home" },
    };
    const { fields, changed } = mergeContact(book, file, "merge");
    expect(changed).toBe(true);
    expect(fields).toMatchObject({
      name: "Ana Cruz",
      title: "Buyer",
      birthday: "--04-12",
      emails: ["ana@x.example", "ana@home.example"],
      labels: { "ana@x.example": "work", "ana@home.example": "home" },
    });
    expect(fields.notes).toBe(
      `${alsoImported("name", "Ana María Cruz")}\n\n${alsoImported("title", "Head of Buying")}`,
    );
  });

  it("lets the file's values win for the same source record", () => {
    const book = { ...blank, title: "Manager", phones: ["+33 6 12 34 56 78"] };
    const file = { ...blank, title: "Director", phones: ["+33 612345678"] };
    const { fields } = mergeContact(book, file, "source");
    expect(fields.title).toBe("Director");
    expect(fields.phones).toEqual(["+33 6 12 34 56 78"]);
    expect(fields.notes).toBeNull();
  });

  it("moves values beyond the contact's limits to the notes", () => {
    const many = (n: number, at: number) => Array.from({ length: n }, (_, i) => `p${at + i}@x.example`);
    const { fields } = mergeContact(
      { ...blank, emails: many(18, 0) },
      { ...blank, emails: many(4, 100) },
      "merge",
    );
    expect(fields.emails).toHaveLength(20);
    expect(fields.notes).toContain(alsoImported("email", "p102@x.example"));
    expect(fields.notes).toContain(alsoImported("email", "p103@x.example"));
  });

  const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== "");
  const emails = fc.uniqueArray(
    fc
      .tuple(fc.constantFrom("ana", "ben", "chloe", "dan"), fc.integer({ min: 0, max: 9 }))
      .map(([n, i]) => `${n}${i}@x.example`),
    { maxLength: 6 },
  );
  const phones = fc.uniqueArray(
    fc.integer({ min: 0, max: 9999 }).map((n) => `+1 415 555 ${String(n).padStart(4, "0")}`),
    { maxLength: 6 },
  );
  const fields = fc.record({
    name: text,
    title: fc.option(text),
    department: fc.option(text),
    emails,
    phones,
    tags: fc.uniqueArray(text, { maxLength: 4 }),
  });

  it("never loses a value: every email, phone and tag of either side, and every differing scalar, is kept", () => {
    fc.assert(
      fc.property(fields, fields, (a, b) => {
        const book = { ...blank, ...a };
        const file = { ...blank, ...b };
        const { fields: merged } = mergeContact(book, file, "merge");
        const emailSet = new Set(merged.emails.map(emailKey));
        for (const e of [...book.emails, ...file.emails]) expect(emailSet.has(emailKey(e))).toBe(true);
        const phoneSet = new Set(merged.phones.map((p) => phoneKey(p)));
        for (const p of [...book.phones, ...file.phones]) expect(phoneSet.has(phoneKey(p))).toBe(true);
        const tagSet = new Set(merged.tags.map((t) => t.toLowerCase()));
        for (const t of [...book.tags, ...file.tags]) expect(tagSet.has(t.toLowerCase())).toBe(true);
        for (const key of ["name", "title", "department"] as const) {
          const wanted = file[key];
          if (wanted === null) continue;
          const kept = merged[key] === wanted || (merged[key] ?? "").toLowerCase() === wanted.toLowerCase();
          expect(kept || (merged.notes ?? "").includes(wanted)).toBe(true);
        }
        // The book's own values stand.
        expect(merged.name).toBe(book.name);
      }),
    );
  });

  it("merging the same record twice changes nothing the second time", () => {
    fc.assert(
      fc.property(fields, fields, (a, b) => {
        const once = mergeContact({ ...blank, ...a }, { ...blank, ...b }, "merge").fields;
        expect(mergeContact(once, { ...blank, ...b }, "merge").changed).toBe(false);
      }),
    );
  });
});

describe("ImportIndex", () => {
  let n = 0;
  const newId = () => `new-${++n}`;
  const sources = (content: string, uid: string | null = null) => ({ content, uid });

  it("matches by email before phone before name with organization, and never by name alone", () => {
    const index = new ImportIndex();
    index.knowContact("by-email", { ...blank, emails: ["a@x.example"] }, true);
    index.knowContact("by-phone", { ...blank, phones: ["+1 415 555 0100"] }, true);
    index.knowContact("by-name", { ...blank, name: "Bo", organization: "Acme" }, true);
    index.knowContact("name-only", { ...blank, name: "Cy" }, true);
    const both = record({ emails: ["A@x.example"], phones: ["+1 (415) 555-0100"] });
    expect(index.decide(both, sources("r1"), newId)).toMatchObject({ kind: "merge", contactId: "by-email" });
    const phone = record({ name: "Zed", phones: ["+14155550100"] });
    expect(index.decide(phone, sources("r2"), newId)).toMatchObject({ contactId: "by-phone" });
    const name = record({ name: "bo", organization: "ACME", title: "CEO" });
    expect(index.decide(name, sources("r3"), newId)).toMatchObject({ kind: "merge", contactId: "by-name" });
    expect(index.decide(record({ name: "Cy" }), sources("r4"), newId).kind).toBe("create");
  });

  it("skips a record seen before, updates by source id, and sees what it planned itself", () => {
    const index = new ImportIndex();
    const first = index.decide(record({ name: "Di", uid: "u1" }), sources("c1", "u1"), newId);
    expect(first.kind).toBe("create");
    expect(index.decide(record({ name: "Di", uid: "u1" }), sources("c1", "u1"), newId)).toEqual({
      kind: "unchanged",
      contactId: first.contactId,
    });
    const changed = index.decide(
      record({ name: "Di", title: "Chef", uid: "u1" }),
      sources("c2", "u1"),
      newId,
    );
    expect(changed).toMatchObject({ kind: "update", contactId: first.contactId, stored: false });
  });
});
