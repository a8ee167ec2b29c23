import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { googleCsvHeaders, googleCsvRow } from "./google-csv.js";
import { finishRecord } from "./imports/record.js";
import { splitName } from "./names.js";
import { contact } from "../../test/fixtures/contact.js";
import { csvText, imported } from "../../test/fixtures/imports/csv/support.js";

describe("splitName", () => {
  it.each([
    ["Rosa", { given: "Rosa", middle: "", family: "" }],
    ["  Rosa   Díaz ", { given: "Rosa", middle: "", family: "Díaz" }],
    ["Ana María de la Cruz", { given: "Ana", middle: "María de la", family: "Cruz" }],
    ["", { given: "", middle: "", family: "" }],
  ])("splits %j", (name, parts) => {
    expect(splitName(name)).toEqual(parts);
  });
});

describe("googleCsvRow", () => {
  const cells = (row: string[]) => Object.fromEntries(googleCsvHeaders.map((h, i) => [h, row[i]]));

  it("has one cell per header, with Google's names for the columns", () => {
    expect(googleCsvHeaders.slice(0, 3)).toEqual(["First Name", "Middle Name", "Last Name"]);
    expect(googleCsvHeaders).toEqual(
      expect.arrayContaining(["E-mail 1 - Value", "Phone 1 - Value", "Organization Name", "Labels", "Notes"]),
    );
    expect(googleCsvRow(contact, null)).toHaveLength(googleCsvHeaders.length);
  });

  it("writes names, organization, dates, labels, emails, phones, links, address, notes and photo", () => {
    expect(cells(googleCsvRow(contact, "Cedar Lane"))).toMatchObject({
      "First Name": "Rosa",
      "Last Name": "Díaz",
      Nickname: "Rosi",
      "Organization Name": "Cedar Lane",
      "Organization Title": "Baker",
      "Organization Department": "Pastry",
      Birthday: "--03-09",
      Notes: "Prefers calls before nine",
      Photo: "https://cedarlane.example/rosa.jpg",
      Labels: "* myContacts ::: bread ::: weekly",
      "E-mail 1 - Label": "work",
      "E-mail 1 - Value": "rosa@example.com",
      "E-mail 2 - Label": "home",
      "E-mail 2 - Value": "r.diaz@home.example",
      "E-mail 3 - Value": "",
      "Phone 1 - Label": "mobile",
      "Phone 1 - Value": "+34 600 000 000",
      "Website 1 - Label": "",
      "Website 1 - Value": "https://cedarlane.example",
      "Address 1 - Formatted": "Calle Mayor 1\nMadrid",
      "Event 1 - Label": "Anniversary",
      "Event 1 - Value": "2011-06-18",
    });
  });

  it("keeps values past the third in the third cell, their labels joined alike", () => {
    const many = { ...contact, phones: ["1", "2", "3", "4", "5"], labels: { "2": "home", "5": "fax" } };
    expect(cells(googleCsvRow(many, null))).toMatchObject({
      "Phone 1 - Label": "",
      "Phone 1 - Value": "1",
      "Phone 2 - Label": "home",
      "Phone 2 - Value": "2",
      "Phone 3 - Label": " :::  ::: fax",
      "Phone 3 - Value": "3 ::: 4 ::: 5",
    });
  });
});

describe("Google CSV round trip", () => {
  const phones = ["+1 415 555 2671", "+44 20 7946 0958", "+33 6 12 34 56 78", "+49 30 901820", "ext 12"].map(
    (written) => {
      const item = finishRecord({ line: 1, formattedName: "x", phones: [{ value: written }] });
      return item.kind === "contact" ? (item.contact.phones[0] ?? written) : written;
    },
  );
  const word = fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'-]{0,11}$/);
  const ascii = fc.stringMatching(/^[a-z][a-z0-9]{0,9}$/);
  const text = fc
    .string({
      minLength: 1,
      maxLength: 40,
      unit: fc.constantFrom("a", "é", " ", ",", ";", '"', "\n", "\t", "'"),
    })
    .map((s) => s.trim())
    .filter(Boolean);
  const label = fc.option(fc.constantFrom("work", "home", "mobile", "assistant", "school"), {
    nil: undefined,
  });
  const yearly = fc.oneof(
    fc
      .date({ min: new Date("1900-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    fc
      .date({ min: new Date("2000-01-01"), max: new Date("2000-12-31"), noInvalidDate: true })
      .map((d) => `--${d.toISOString().slice(5, 10)}`),
  );
  const unique = <T>(arb: fc.Arbitrary<T>, key: (t: T) => string, maxLength = 5) =>
    fc.uniqueArray(arb, { maxLength, selector: key });
  const generated = fc.record({
    name: fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(" ")),
    nickname: fc.option(text),
    organization: fc.option(text),
    title: fc.option(text),
    department: fc.option(text),
    notes: fc.option(text),
    address: fc.option(text),
    photo: fc.option(fc.constantFrom("https://x.example/a.jpg", "data:image/png;base64,iVBORw0KGgo=")),
    birthday: fc.option(yearly),
    anniversary: fc.option(yearly),
    emails: unique(
      fc
        .tuple(
          word.map((w) => w.replace(/[^A-Za-z]/g, "x")),
          ascii,
        )
        .map(([a, b]) => `${a}@${b}.example`),
      (e) => e.toLowerCase(),
    ),
    phones: unique(fc.constantFrom(...phones), (p) => p),
    urls: unique(
      fc.tuple(ascii, word).map(([host, path]) => `https://${host}.example/${path}`),
      (u) => u.toLowerCase(),
    ),
    tags: unique(word, (t) => t.toLowerCase(), 8),
    labelled: fc.array(label, { minLength: 16, maxLength: 16 }),
  });

  it("reads our export back with every field a Google CSV holds", async () => {
    await fc.assert(
      fc.asyncProperty(generated, async ({ organization, labelled, ...fields }) => {
        const values = [...fields.emails, ...fields.phones, ...fields.urls, fields.address ?? ""];
        const labels: Record<string, string> = {};
        values.forEach((value, i) => {
          if (value && labelled[i]) labels[value] = labelled[i];
        });
        const written = { ...contact, ...fields, labels };
        const bytes = new TextEncoder().encode(
          await csvText([googleCsvHeaders, googleCsvRow(written, organization)]),
        );
        const [item, ...rest] = await imported(bytes);
        expect(rest).toEqual([]);
        expect(item).toEqual({
          kind: "contact",
          contact: { line: 2, uid: null, organization, labels, howWeMet: null, warnings: [], ...fields },
        });
      }),
      { numRuns: 200 },
    );
  });
});
