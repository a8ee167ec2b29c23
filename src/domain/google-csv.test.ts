import { describe, expect, it } from "vitest";
import { googleCsvHeaders, googleCsvRow } from "./google-csv.js";
import { splitName } from "./names.js";
import { contact } from "../../test/fixtures/contact.js";

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

  it("writes names, organization, dates, labels, emails, phones, address and notes", () => {
    expect(cells(googleCsvRow(contact, "Cedar Lane"))).toMatchObject({
      "First Name": "Rosa",
      "Last Name": "Díaz",
      "Organization Name": "Cedar Lane",
      "Organization Title": "Baker",
      Birthday: "--03-09",
      Notes: "Market stall, 2019",
      Labels: "* myContacts ::: bread ::: weekly",
      "E-mail 1 - Value": "rosa@example.com",
      "E-mail 2 - Value": "r.diaz@home.example",
      "E-mail 3 - Value": "",
      "Phone 1 - Value": "+34 600 000 000",
      "Address 1 - Formatted": "Calle Mayor 1\nMadrid",
      "Event 1 - Label": "Anniversary",
      "Event 1 - Value": "2011-06-18",
    });
  });

  it("keeps values past the third in the third cell, joined as Google joins them", () => {
    const many = { ...contact, phones: ["1", "2", "3", "4", "5"] };
    expect(cells(googleCsvRow(many, null))).toMatchObject({
      "Phone 1 - Value": "1",
      "Phone 2 - Value": "2",
      "Phone 3 - Value": "3 ::: 4 ::: 5",
    });
  });
});
