// The vCard reader over real-world-shaped exports (test/fixtures/imports/vcard), each field read
// and then finished by the shared import rules.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { finishRecord, type ImportItem, type ReadItem } from "../src/domain/imports/record.js";
import { readVcards } from "../src/domain/vcard/reader.js";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures/imports/vcard");

async function read(file: string): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  // Small chunks: every line break and multi-byte character gets cut somewhere.
  for await (const item of readVcards(fs.createReadStream(path.join(dir, file), { highWaterMark: 61 })))
    items.push(item);
  return items;
}

async function finished(file: string): Promise<ImportItem[]> {
  return (await read(file)).map((item) => (item.kind === "record" ? finishRecord(item.record) : item));
}

const jpeg = expect.stringMatching(/^data:image\/jpeg;base64,\/9j\/4AAQSkZJRg[A-Za-z0-9+/]+={0,2}$/);
const noWarnings = { warnings: [] };

describe("reading Google Contacts' export (3.0)", () => {
  it("reads every field, the folded photo link and the folded inline photo", async () => {
    const [ana, ben, ...rest] = await finished("google.vcf");
    expect(rest).toEqual([]);
    expect(ana).toEqual({
      kind: "contact",
      contact: {
        line: 1,
        uid: null,
        name: "Ana María Cruz",
        nickname: "Anita",
        organization: "Acme Corp",
        department: "Sales",
        title: "Account Director",
        emails: ["ana.cruz@acme.example", "ana@home.example"],
        phones: ["+1 415 555 0142", "(415) 555-0100"],
        urls: ["https://acme.example/ana"],
        labels: {
          "ana.cruz@acme.example": "work",
          "ana@home.example": "home",
          "+1 415 555 0142": "mobile",
          "(415) 555-0100": "work",
          "https://acme.example/ana": "profile",
          "742 Evergreen Terrace\nSpringfield, OR 97403\nUnited States": "home",
        },
        address: "742 Evergreen Terrace\nSpringfield, OR 97403\nUnited States",
        birthday: "--04-12",
        anniversary: "2011-06-18",
        notes: "Met at the Lisbon trade fair\nLikes espresso, not tea",
        howWeMet: null,
        tags: ["Golf buddies"],
        photo:
          "https://lh3.googleusercontent.com/contacts/AOnKd1w5Xq3z9Lmx0rD8vPqY2uTfGhJkLzXcVbNmAsDfGhJkLqWeRtYuIoPaSdFgHjKlZxCvBnM=s400",
        warnings: [],
      },
    });
    expect(ben).toMatchObject({
      kind: "contact",
      contact: { line: 23, name: "Ben Okoro", birthday: "1979-11-03", photo: jpeg, tags: [], ...noWarnings },
    });
  });
});

describe("reading Apple / iCloud's export (3.0)", () => {
  it("reads grouped labels, X-ABDATE anniversaries and the year-less 1604 birthday", async () => {
    const [chidi, bakery] = await finished("apple.vcf");
    expect(chidi).toEqual({
      kind: "contact",
      contact: {
        line: 1,
        uid: "6F2C1E5A-3B4D-4E8F-9A0B-1C2D3E4F5A6B",
        name: "Chidi Okafor",
        nickname: "Chid",
        organization: "Northwind Traders",
        department: "Logistics",
        title: "Operations Lead",
        emails: ["chidi@northwind.example", "chidi.o@mail.example"],
        phones: ["+44 7700 900123", "+44 20 7946 0018"],
        urls: ["https://northwind.example"],
        labels: {
          "chidi@northwind.example": "work",
          "chidi.o@mail.example": "home",
          "+44 7700 900123": "mobile",
          "+44 20 7946 0018": "assistant",
          "https://northwind.example": "home page",
          "1 Dock Road\nUnit 4\nLondon E16 1AA\nUnited Kingdom": "work",
        },
        address: "1 Dock Road\nUnit 4\nLondon E16 1AA\nUnited Kingdom",
        birthday: "--11-03",
        anniversary: "2015-06-20",
        notes: "Ask about the marathon, he ran it in April.",
        howWeMet: null,
        tags: ["Suppliers"],
        photo: jpeg,
        warnings: [],
      },
    });
    expect(bakery).toMatchObject({
      contact: {
        line: 31,
        name: "Cedar Lane Bakery",
        organization: "Cedar Lane Bakery",
        phones: ["+34 910 00 00 00"],
        birthday: "1990-02-28",
        ...noWarnings,
      },
    });
  });
});

describe("reading Android's export (2.1)", () => {
  it("decodes quoted-printable UTF-8 with soft line breaks, and the base64 photo ended by a blank line", async () => {
    const [jiri, mama, ...rest] = await finished("android.vcf");
    expect(rest).toEqual([]);
    expect(jiri).toEqual({
      kind: "contact",
      contact: {
        line: 1,
        uid: null,
        name: "Jiří Škoda",
        nickname: null,
        organization: "Pražská pekárna",
        department: "Nákup",
        title: "Buyer",
        emails: ["jiri.skoda@example.cz"],
        phones: ["+420 601 123 456", "+420 222 333 444"],
        urls: [],
        labels: {
          "jiri.skoda@example.cz": "home",
          "+420 601 123 456": "mobile",
          "+420 222 333 444": "work",
          "Václavské náměstí 1\nPraha 110 00\nČesko": "home",
        },
        address: "Václavské náměstí 1\nPraha 110 00\nČesko",
        birthday: "1979-09-01",
        anniversary: null,
        notes: "Dcera hraje na klavír – koncert v pátek.\nZavolat po návratu z Brna.",
        howWeMet: null,
        tags: [],
        photo: jpeg,
        warnings: [],
      },
    });
    expect(mama).toMatchObject({
      contact: { line: 24, name: "Mama", notes: "Café on Sundays", ...noWarnings },
    });
  });
});

describe("reading Outlook's export (2.1, 8-bit text without a charset)", () => {
  it("reads Windows-1252 text, the quoted-printable LABEL as the address, and the photo before a blank line", async () => {
    expect(await finished("outlook.vcf")).toEqual([
      {
        kind: "contact",
        contact: {
          line: 1,
          uid: null,
          name: "Jürgen Müller",
          nickname: null,
          organization: "Bäckerei Müller GmbH",
          department: "Einkauf",
          title: "Einkaufsleiter",
          emails: ["j.mueller@baeckerei.example"],
          phones: ["+49 30 1234567", "+49 170 1234567"],
          urls: ["http://www.baeckerei-mueller.example"],
          labels: {
            "+49 30 1234567": "work",
            "+49 170 1234567": "mobile",
            "http://www.baeckerei-mueller.example": "work",
            "Hauptstraße 5\n10115 Berlin\nDeutschland": "work",
          },
          address: "Hauptstraße 5\n10115 Berlin\nDeutschland",
          birthday: "1970-02-15",
          anniversary: null,
          notes: "Mag Kuchen mit Sahne. Grüße an die Familie.",
          howWeMet: null,
          tags: [],
          photo: jpeg,
          warnings: ["text without a character set was read as Windows-1252"],
        },
      },
    ]);
  });

  it("reads Windows-1250 text (Central European) by its letters", async () => {
    const [item] = await finished("outlook-1250.vcf");
    expect(item).toMatchObject({
      contact: {
        name: "Zdzisław Wałęsa",
        organization: "Piekarnia Łódź",
        address: "ul. Piotrkowska 12\nŁódź 90-001\nPolska",
        notes: "Woli herbatę, nie kawę.",
        warnings: ["text without a character set was read as Windows-1250"],
      },
    });
  });
});

describe("reading vCard 4.0 (Thunderbird and others)", () => {
  it("reads Thunderbird's export", async () => {
    expect(await finished("thunderbird.vcf")).toEqual([
      {
        kind: "contact",
        contact: {
          line: 1,
          uid: "8f1a2b3c-4d5e-4f60-8a1b-2c3d4e5f6a7b",
          name: "Lena Schmidt",
          nickname: "Leni",
          organization: "Schmidt & Partner",
          department: "Consulting",
          title: "Partner",
          emails: ["lena@schmidt-partner.example", "lena.s@mail.example"],
          phones: ["+49 89 123456", "+49 1512345678"],
          urls: ["https://schmidt-partner.example"],
          labels: {
            "lena.s@mail.example": "home",
            "+49 89 123456": "work",
            "+49 1512345678": "mobile",
            "Leopoldstr. 10\nMünchen, Bayern 80802\nGermany": "work",
          },
          address: "Leopoldstr. 10\nMünchen, Bayern 80802\nGermany",
          birthday: "1988-03-17",
          anniversary: "2012-09-05",
          notes: "Prefers email in the morning.\nAsk about Kyoto.",
          howWeMet: null,
          tags: ["Consultants", "Munich"],
          photo: null,
          warnings: [],
        },
      },
    ]);
  });

  it("reads ANNIVERSARY, a data: photo, the FN without LANGUAGE, tel: URIs and the ADR LABEL", async () => {
    const [hanako, omar] = await finished("v4-anniversary-photo.vcf");
    expect(hanako).toMatchObject({
      contact: {
        name: "Hanako Yamada",
        organization: "Sakura Foods",
        department: "Export",
        phones: ["+81 90 1234 5678", "+81 3 1234 5678"],
        labels: {
          "hanako@sakura.example": "work",
          "+81 90 1234 5678": "mobile",
          "+81 3 1234 5678": "work",
          "https://sakura.example/hanako": "blog",
        },
        address: "1-2-3 Ginza\nChuo-ku, Tokyo 104-0061\nJapan",
        birthday: "--04-12",
        anniversary: "2009-05-21",
        tags: ["Importers", "Tokyo"],
        photo: expect.stringMatching(/^data:image\/png;base64,iVBORw0KGgo[A-Za-z0-9+/]+={0,2}$/),
        ...noWarnings,
      },
    });
    expect(omar).toMatchObject({
      contact: {
        line: 21,
        name: "Omar Haddad",
        birthday: "1985-04-12",
        anniversary: "--06-18",
        ...noWarnings,
      },
    });
  });
});

describe("reading broken files", () => {
  const summary = (items: ImportItem[]) =>
    items.map((item) =>
      item.kind === "contact"
        ? { line: item.contact.line, name: item.contact.name, warnings: item.contact.warnings }
        : item,
    );

  it("recovers a card without END where the next begins, and rejects one cut short at the end", async () => {
    expect(summary(await finished("missing-end.vcf"))).toEqual([
      {
        line: 1,
        name: "First Without End",
        warnings: ["the card has no END:VCARD; it was read up to the next card at line 5"],
      },
      { line: 5, name: "Second Complete", warnings: [] },
      { kind: "rejected", line: 10, reason: "the card has no END:VCARD (the file may be cut short)" },
    ]);
  });

  it("recovers a card without BEGIN that starts with VERSION, and rejects a stray fragment", async () => {
    expect(summary(await finished("missing-begin.vcf"))).toEqual([
      { line: 1, name: "Whole Card", warnings: [] },
      { line: 5, name: "No Begin", warnings: ["the card has no BEGIN:VCARD"] },
      { kind: "rejected", line: 9, reason: "lines 9 to 11 are not inside a card (no BEGIN:VCARD)" },
      { line: 12, name: "After The Fragment", warnings: [] },
    ]);
  });

  it("rejects text between cards with its lines, and keeps a card with an unreadable line", async () => {
    expect(summary(await finished("garbage-between-cards.vcf"))).toEqual([
      { line: 1, name: "Before Garbage", warnings: [] },
      { kind: "rejected", line: 6, reason: "lines 6 to 7 are not inside a card (no BEGIN:VCARD)" },
      { line: 9, name: "After Garbage", warnings: ["line 12 could not be read and was left out"] },
    ]);
  });
});

describe("what the reader hands over before the shared rules", () => {
  it("passes dates, labels and names on as written", async () => {
    const [item] = await read("apple.vcf");
    expect(item).toMatchObject({
      kind: "record",
      record: {
        line: 1,
        formattedName: "Chidi Okafor",
        nameParts: { family: "Okafor", given: "Chidi", middle: "", prefix: "", suffix: "" },
        birthday: "--11-03",
        anniversary: "2015-06-20",
        emails: [
          { value: "chidi@northwind.example", label: "INTERNET,WORK,pref" },
          { value: "chidi.o@mail.example", label: "INTERNET,HOME" },
        ],
        urls: [{ value: "https://northwind.example", label: "_$!<HomePage>!$_" }],
      },
    });
  });
});
