import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvText, readItems } from "../../../test/fixtures/imports/csv/support.js";
import { columnTarget, type CsvColumn } from "./columns.js";
import { csvDate } from "./dates.js";
import { detectEncoding } from "./encoding.js";
import { columnMapping } from "./fields.js";
import { inspectCsv, type CsvLayout } from "./inspect.js";
import { csvDelimiters, sniffCsv } from "./sniff.js";

const bytes = (text: string) => new TextEncoder().encode(text);
const layout = (text: string, options?: Parameters<typeof inspectCsv>[1]) => {
  const inspected = inspectCsv(bytes(text), options);
  if (!inspected.ok) throw new Error(inspected.reason);
  return inspected.layout;
};
const uses = (l: CsvLayout) =>
  Object.fromEntries(
    l.columns.map((c) => [c.header, c.field && `${c.field}${c.label ? `:${c.label}` : ""}`]),
  );

describe("detectEncoding", () => {
  it.each([
    [[0xef, 0xbb, 0xbf, 0x41], { encoding: "utf-8", bom: true }],
    [[0xff, 0xfe, 0x41, 0x00], { encoding: "utf-16le", bom: true }],
    [[0xfe, 0xff, 0x00, 0x41], { encoding: "utf-16be", bom: true }],
    [[0x41, 0xc3, 0xa9], { encoding: "utf-8", bom: false }],
    [[0x41, 0xc3], { encoding: "utf-8", bom: false }],
    [[0x41, 0xe9, 0x2c], { encoding: "windows-1252", bom: false }],
  ])("reads %j as %j", (head, expected) => {
    expect(detectEncoding(new Uint8Array(head))).toEqual(expected);
  });

  it("reads a UTF-16 file with its BOM", async () => {
    const text = "\ufeffName;Email\r\nZoë;zoe@x.example\r\n";
    const le = new Uint8Array(text.length * 2);
    [...text].forEach((c, i) => {
      le[2 * i] = c.charCodeAt(0) & 0xff;
      le[2 * i + 1] = c.charCodeAt(0) >> 8;
    });
    const inspected = inspectCsv(le);
    expect(inspected).toMatchObject({
      ok: true,
      layout: { encoding: "utf-16le", delimiter: ";", headers: ["Name", "Email"] },
    });
    if (!inspected.ok) return;
    expect(await readItems(le, inspected.layout, 3)).toMatchObject([
      { kind: "record", record: { line: 2, formattedName: "Zoë", emails: [{ value: "zoe@x.example" }] } },
    ]);
  });
});

describe("inspectCsv maps columns", () => {
  it("by header guessing in several languages, with qualifiers as labels", () => {
    expect(
      uses(
        layout(
          "Nom;Prénom;Courriel;Téléphone portable;Entreprise;Ville;Code postal;Date de naissance;Remarques\n",
        ),
      ),
    ).toEqual({
      Nom: "family",
      Prénom: "given",
      Courriel: "email",
      "Téléphone portable": "phone:mobile",
      Entreprise: "organization",
      Ville: "city",
      "Code postal": "postalCode",
      "Date de naissance": "birthday",
      Remarques: "notes",
    });
    expect(uses(layout("Name,Work Email,Email 2,Telefon privat,Handy,Home Street,Favourite\n"))).toEqual({
      Name: "name",
      "Work Email": "email:work",
      "Email 2": "email",
      "Telefon privat": "phone:home",
      Handy: "phone:mobile",
      "Home Street": "street:home",
      Favourite: null,
    });
  });

  it("by an explicit mapping over guessing, with labels and ignored columns", () => {
    const mapped = layout("Who,Mail,Notes\n", {
      mapping: { Who: "name", Mail: "email:work", Notes: "ignore" },
    });
    expect(uses(mapped)).toEqual({ Who: "name", Mail: "email:work", Notes: null });
  });

  it("by a profile given by the caller, whatever the headers say", () => {
    expect(layout("First Name,Title\n", { profile: "outlook" })).toMatchObject({
      profile: "outlook",
      columns: [{ field: "given" }, { field: "prefix" }],
    });
  });

  it("refuses a mapping naming a header the file lacks, naming it", () => {
    expect(inspectCsv(bytes("Name,Email\n"), { mapping: { Name: "name", "E-mail": "email" } })).toEqual({
      ok: false,
      reason: 'the mapping names "E-mail", which the file\'s header row does not have',
      issues: [{ field: "mapping.E-mail", message: "no such column in the file" }],
    });
  });

  it("refuses a file without a header row", () => {
    expect(inspectCsv(bytes("\n\n"))).toMatchObject({ ok: false, reason: "the file has no header row" });
  });

  it("follows Excel's sep= line", async () => {
    const text = "sep=;\r\nName;Email\r\nAna;ana@x.example\r\n";
    const l = layout(text);
    expect(l).toMatchObject({ delimiter: ";", preamble: 1, headers: ["Name", "Email"] });
    expect(await readItems(bytes(text), l)).toMatchObject([{ kind: "record", record: { line: 3 } }]);
  });
});

describe("columnMapping", () => {
  it("accepts fields with labels and ignore, and names what it refuses", () => {
    expect(columnMapping.safeParse({ A: "email:work", B: "ignore", C: "postalCode" }).success).toBe(true);
    const refused = columnMapping.safeParse({ A: "mail" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(["A"]);
  });
});

describe("csvDate", () => {
  it.each([
    ["4/12/1985", "month-first", "1985-04-12"],
    ["4/12/1985", "day-first", "1985-12-04"],
    ["13/4/1985", "month-first", "1985-04-13"],
    ["12.04.1985", "month-first", "1985-04-12"],
    ["1985/4/12", "month-first", "1985-04-12"],
    ["4/12", "month-first", "--04-12"],
    ["0/0/00", "month-first", null],
    ["2/30/1990", "month-first", "2/30/1990"],
    ["4/12/85", "month-first", "4/12/85"],
    ["--04-12", null, "--04-12"],
    ["April 12", "month-first", "April 12"],
  ] as const)("reads %j (%s) as %j", (written, order, date) => {
    expect(csvDate(written, order)).toBe(date);
  });
});

const cell = fc.string({
  maxLength: 12,
  unit: fc.constantFrom("a", "Z", "é", " ", ",", ";", "\t", '"', "\n", "\r\n", "\r", "'"),
});
const table = fc.integer({ min: 2, max: 5 }).chain((width) =>
  fc.tuple(
    fc.uniqueArray(fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,8}[A-Za-z]$/), {
      minLength: width,
      maxLength: width,
    }),
    fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
    fc.constantFrom(...csvDelimiters),
  ),
);
const breaks = (cells: readonly string[]) =>
  cells.reduce((n, c) => n + (c.match(/\r\n|\r|\n/g)?.length ?? 0), 0);

describe("sniffCsv", () => {
  it("finds the delimiter of any table written with it, quotes respected", async () => {
    await fc.assert(
      fc.asyncProperty(table, async ([headers, rows, delimiter]) => {
        // Cells holding another delimiter are quoted, as spreadsheet programs write them.
        const text = await csvText([headers, ...rows], { delimiter, quoted_match: /[\r\n,;\t]/ });
        expect(sniffCsv(text)).toEqual({ delimiter, preamble: 0, headers });
      }),
    );
  });
});

describe("readCsvContacts", () => {
  it("reads back the cells of any table written with csv-stringify, each row with its first line", async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.integer({ min: 1, max: 64 }), async ([headers, rows, delimiter], size) => {
        const text = await csvText([headers, ...rows], { delimiter });
        const columns = headers.map((header): CsvColumn => ({
          header,
          field: "tags",
          label: null,
          group: null,
          role: "value",
          split: null,
          dateOrder: null,
        }));
        const l = { ...layout(text), columns };
        let line = 2;
        const expected = rows.flatMap((row) => {
          const at = line;
          line += 1 + breaks(row);
          const tags = row.map((c) => c.trim()).filter(Boolean);
          return tags.length ? [{ kind: "record", record: { line: at, tags } }] : [];
        });
        expect(await readItems(bytes(text), l, size)).toEqual(expected);
      }),
    );
  });
});

describe("columnTarget", () => {
  it("writes each column's use as the mapping entry that says it, when one can", () => {
    const google = layout("First Name,E-mail 1 - Label,E-mail 1 - Value,File As\n");
    expect(google.columns.map(columnTarget)).toEqual(["given", null, "email", "ignore"]);
    expect(layout("Work Email,Mobile\n").columns.map(columnTarget)).toEqual(["email:work", "phone:mobile"]);
  });
});
