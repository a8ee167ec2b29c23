import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseLabel } from "./channels.js";
import { yearlyDateFrom } from "./dates.js";
import { finishRecord, type ImportedContact, type RawContact } from "./record.js";

function finished(raw: Omit<RawContact, "line">): ImportedContact {
  const item = finishRecord({ line: 7, ...raw }, { country: "US" });
  if (item.kind !== "contact") throw new Error(`rejected: ${item.reason}`);
  return item.contact;
}

describe("finishRecord names the contact", () => {
  it("by the formatted name over the parts", () => {
    expect(finished({ formattedName: " Ana Cruz ", nameParts: { given: "A", family: "C" } }).name).toBe(
      "Ana Cruz",
    );
  });

  it("by the parts, prefix to suffix, when there is no formatted name", () => {
    const parts = { prefix: "Dr", given: "Ana", middle: "María", family: "Cruz", suffix: "PhD" };
    expect(finished({ formattedName: "  ", nameParts: parts }).name).toBe("Dr Ana María Cruz PhD");
  });

  it("by the organization, then the email, when there is no name", () => {
    expect(finished({ organization: "Acme", emails: [{ value: "a@x.org" }] }).name).toBe("Acme");
    expect(finished({ emails: [{ value: "bad" }, { value: "a@x.org" }] }).name).toBe("a@x.org");
  });

  it("rejects a record with none of these, with its line", () => {
    expect(finishRecord({ line: 12, phones: [{ value: "+1 415 555 0100" }] })).toEqual({
      kind: "rejected",
      line: 12,
      reason: "no name, organization or email to name the contact by",
    });
  });
});

describe("finishRecord keeps every value once, with its label", () => {
  it("keeps second emails and phones, drops repeats ignoring case and formatting", () => {
    const contact = finished({
      formattedName: "Ana",
      emails: [
        { value: "Ana@Work.example", label: "WORK,INTERNET,pref" },
        { value: "ana@work.example", label: "HOME" },
        { value: "ana@home.example", label: "HOME" },
      ],
      phones: [
        { value: "(415) 555-0100", label: "CELL" },
        { value: "+1 415 555 0100" },
        { value: "ext 12 ask for Ana" },
      ],
    });
    expect(contact.emails).toEqual(["Ana@Work.example", "ana@home.example"]);
    expect(contact.phones).toEqual(["+1 415 555 0100", "ext 12 ask for Ana"]);
    expect(contact.labels).toEqual({
      "Ana@Work.example": "work",
      "ana@home.example": "home",
      "+1 415 555 0100": "mobile",
    });
  });

  it("warns about and leaves out what is not an email", () => {
    const contact = finished({ formattedName: "Ana", emails: [{ value: "ana at example" }] });
    expect(contact.emails).toEqual([]);
    expect(contact.warnings).toEqual(['"ana at example" is not a valid email and was left out']);
  });

  it("joins several addresses and labels a single one", () => {
    expect(
      finished({ formattedName: "A", addresses: [{ value: "1 Main St\nSpringfield", label: "work" }] }),
    ).toMatchObject({
      address: "1 Main St\nSpringfield",
      labels: { "1 Main St\nSpringfield": "work" },
    });
    expect(
      finished({ formattedName: "A", addresses: [{ value: "Home 1" }, { value: "Work 2" }] }).address,
    ).toBe("Home 1\n\nWork 2");
  });

  it("drops system labels from tags", () => {
    const contact = finished({
      formattedName: "A",
      tags: ["* myContacts", "* starred", "Imported on 5/1/2024", "Clients", "clients", "Golf", "myContacts"],
    });
    expect(contact.tags).toEqual(["Clients", "Golf"]);
  });

  it("keeps a photo link or inline image and warns about anything else", () => {
    expect(finished({ formattedName: "A", photo: "https://x.example/a.jpg" }).photo).toBe(
      "https://x.example/a.jpg",
    );
    expect(finished({ formattedName: "A", photo: "data:image/jpeg;base64,/9j/4AAQ" }).photo).toBe(
      "data:image/jpeg;base64,/9j/4AAQ",
    );
    const broken = finished({ formattedName: "A", photo: "file:///tmp/a.jpg" });
    expect(broken.photo).toBeNull();
    expect(broken.warnings).toEqual(["the photo could not be read and was left out"]);
  });
});

describe("finishRecord dates", () => {
  it("drops an invalid date with a warning and keeps the row", () => {
    const contact = finished({ formattedName: "A", birthday: "1985-02-30", anniversary: "--0412" });
    expect(contact.birthday).toBeNull();
    expect(contact.anniversary).toBe("--04-12");
    expect(contact.warnings).toEqual(['the birthday "1985-02-30" is not a valid date and was left out']);
  });
});

describe("yearlyDateFrom", () => {
  it.each([
    ["1985-04-12", "1985-04-12"],
    ["19850412", "1985-04-12"],
    ["1985-04-12T00:00:00Z", "1985-04-12"],
    ["--0412", "--04-12"],
    ["--04-12", "--04-12"],
    ["1604-04-12", "--04-12"],
    ["--0229", "--02-29"],
    ["1985-02-29", null],
    ["1985-13-01", null],
    ["April 12", null],
    ["", null],
  ])("reads %j as %j", (written, date) => {
    expect(yearlyDateFrom(written)).toBe(date);
  });

  it("never moves a date: what it returns has the same month and day as written", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const written = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const read = yearlyDateFrom(written);
          if (read !== null) expect(read).toBe(written);
          const valid =
            !Number.isNaN(Date.parse(`${written}T00:00:00Z`)) &&
            new Date(`${written}T00:00:00Z`).getUTCDate() === d;
          expect(read !== null).toBe(valid);
        },
      ),
    );
  });
});

describe("normaliseLabel", () => {
  it.each([
    ["WORK,pref", "work"],
    ["CELL", "mobile"],
    ["_$!<HomePage>!$_", "home page"],
    ["* Mobile", "mobile"],
    ["INTERNET", null],
    ["", null],
    ["Assistant", "assistant"],
  ])("reads %j as %j", (raw, label) => {
    expect(normaliseLabel(raw)).toBe(label);
  });
});
