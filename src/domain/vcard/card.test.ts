import { describe, expect, it } from "vitest";
import { contact } from "../../../test/fixtures/contact.js";
import { cardDate, cardTimestamp, cardUid, contactCard } from "./card.js";

describe("cardDate", () => {
  it.each([
    ["1985-04-12", "19850412"],
    ["--04-12", "--0412"],
    ["--02-29", "--0229"],
  ])("writes %s as %s", (date, written) => {
    expect(cardDate(date)).toBe(written);
  });
});

describe("cardUid", () => {
  it("is the id itself when the id is a UUID", () => {
    expect(cardUid(contact.id)).toBe(`urn:uuid:${contact.id}`);
    expect(cardUid(contact.id.toUpperCase())).toBe(`urn:uuid:${contact.id}`);
  });

  it.each(["42", "contact-1", "ä"])("derives a stable version-8 UUID from the id %j", (id) => {
    const uid = cardUid(id);
    expect(uid).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(cardUid(id)).toBe(uid);
  });

  it("derives different UUIDs from different ids", () => {
    expect(new Set(["1", "2", "10", "01"].map(cardUid)).size).toBe(4);
  });
});

describe("contactCard", () => {
  it("writes a contact as a vCard 4.0 with CRLF line ends", () => {
    expect(cardTimestamp(contact.updatedAt)).toBe("20261205T131415Z");
    expect(contactCard({ contact, organization: "Cedar Lane; Bakery" }).split("\r\n")).toEqual([
      "BEGIN:VCARD",
      "VERSION:4.0",
      "PRODID:-//Rapport//Rapport contacts export//EN",
      `UID:urn:uuid:${contact.id}`,
      "FN:Rosa Díaz",
      "N:Díaz;Rosa;;;",
      "ORG:Cedar Lane\\; Bakery",
      "TITLE:Baker",
      "EMAIL;PREF=1:rosa@example.com",
      "EMAIL:r.diaz@home.example",
      "TEL;PREF=1:+34 600 000 000",
      "ADR:;;Calle Mayor 1\\nMadrid;;;;",
      "BDAY:--0309",
      "ANNIVERSARY:20110618",
      "CATEGORIES:bread,weekly",
      "NOTE:Market stall\\, 2019",
      "REV:20261205T131415Z",
      "END:VCARD",
      "",
    ]);
  });

  it("leaves out what the contact does not have", () => {
    const bare = {
      ...contact,
      organizationId: null,
      emails: [],
      phones: [],
      title: null,
      birthday: null,
      anniversary: null,
      howWeMet: null,
      tags: [],
      address: null,
    };
    const names = contactCard({ contact: bare, organization: null })
      .split("\r\n")
      .map((line) => line.split(/[:;]/)[0]);
    expect(names).toEqual(["BEGIN", "VERSION", "PRODID", "UID", "FN", "N", "REV", "END", ""]);
  });
});
