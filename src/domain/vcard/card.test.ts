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
      "NICKNAME:Rosi",
      "ORG:Cedar Lane\\; Bakery;Pastry",
      "TITLE:Baker",
      "EMAIL;TYPE=work;PREF=1:rosa@example.com",
      "EMAIL;TYPE=home:r.diaz@home.example",
      "TEL;TYPE=cell;PREF=1:+34 600 000 000",
      "URL;PREF=1:https://cedarlane.example",
      "ADR:;;Calle Mayor 1\\nMadrid;;;;",
      "BDAY:--0309",
      "ANNIVERSARY:20110618",
      "CATEGORIES:bread,weekly",
      "NOTE:Prefers calls before nine",
      "X-RAPPORT-HOW-WE-MET:Market stall\\, 2019",
      "PHOTO:https://cedarlane.example/rosa.jpg",
      "REV:20261205T131415Z",
      "END:VCARD",
      "",
    ]);
  });

  it.each([
    ["work", "TEL", "TEL;TYPE=work:+1 415 555 0100"],
    ["mobile", "TEL", "TEL;TYPE=cell:+1 415 555 0100"],
    ["work, fax", "TEL", "TEL;TYPE=work,fax:+1 415 555 0100"],
    ["home", "ADR", "ADR;TYPE=home:;;1 Main St;;;;"],
    ["mobile", "EMAIL", "item1.EMAIL:a@x.example\r\nitem1.X-ABLabel:mobile"],
    ["assistant", "TEL", "item1.TEL:+1 415 555 0100\r\nitem1.X-ABLabel:assistant"],
    ["home page", "URL", "item1.URL:https://x.example\r\nitem1.X-ABLabel:home page"],
  ])("writes the label %j on %s as TYPE words or an X-ABLabel", (label, property, written) => {
    const value = {
      TEL: "+1 415 555 0100",
      EMAIL: "a@x.example",
      URL: "https://x.example",
      ADR: "1 Main St",
    }[property] as string;
    const labelled = {
      ...contact,
      emails: property === "EMAIL" ? [value] : [],
      phones: property === "TEL" ? [value] : [],
      urls: property === "URL" ? [value] : [],
      address: property === "ADR" ? value : null,
      labels: { [value]: label },
    };
    const card = contactCard({ contact: labelled, organization: null }).replace(/;PREF=1/g, "");
    expect(card).toContain(`\r\n${written}\r\n`);
  });

  it("takes no label from the object's prototype for a value such as toString", () => {
    const card = contactCard({
      contact: { ...contact, address: "toString", labels: {} },
      organization: null,
    });
    expect(card).toContain("\r\nADR:;;toString;;;;\r\n");
  });

  it("writes a department without an organization, and links without whitespace", () => {
    const card = contactCard({
      contact: { ...contact, urls: ["https://x.example/a b\nc"], photo: null },
      organization: null,
    });
    expect(card).toContain("\r\nORG:;Pastry\r\n");
    expect(card).toContain("\r\nURL;PREF=1:https://x.example/a%20b%0Ac\r\n");
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
      nickname: null,
      department: null,
      urls: [],
      notes: null,
      photo: null,
    };
    const names = contactCard({ contact: bare, organization: null })
      .split("\r\n")
      .map((line) => line.split(/[:;]/)[0]);
    expect(names).toEqual(["BEGIN", "VERSION", "PRODID", "UID", "FN", "N", "REV", "END", ""]);
  });
});
