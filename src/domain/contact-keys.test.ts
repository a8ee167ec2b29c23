import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contactKeys, emailKey, phoneKey } from "./contact-keys.js";

describe("phoneKey", () => {
  it.each([
    ["+1 415-555-0100", "4155550100"],
    ["(415) 555-0100", "4155550100"],
    ["+33 6 12 34 56 78", "612345678"],
    ["06 12 34 56 78", "612345678"],
    ["0033 6 12 34 56 78", "612345678"],
    ["+44 20 7946 0958", "2079460958"],
  ])("reads %s as %s", (phone, key) => {
    expect(phoneKey(phone)).toBe(key);
  });

  it("takes a default country for national numbers", () => {
    expect(phoneKey("020 7946 0958", "GB")).toBe("2079460958");
  });

  it("has no key for text with too few digits", () => {
    expect(phoneKey("ext. 12")).toBeNull();
    expect(phoneKey("call me")).toBeNull();
  });

  it("ignores how the digits are spaced or punctuated", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9]\d{6,11}$/),
        fc.array(fc.constantFrom(" ", "-", ".", "(", ")")),
        (digits, marks) => {
          const spaced = [...digits].map((d, i) => d + (marks[i] ?? "")).join("");
          expect(phoneKey(spaced)).toBe(phoneKey(digits));
        },
      ),
    );
  });
});

describe("contactKeys", () => {
  it("gives each email without case and each phone once", () => {
    expect(
      contactKeys({
        emails: ["Ana@Example.com", "ana@example.com"],
        phones: ["+1 415 555 0100", "(415) 555-0100", "x"],
      }),
    ).toEqual([
      { kind: "email", key: "ana@example.com" },
      { kind: "phone", key: "4155550100" },
    ]);
    expect(emailKey("  B@X.org ")).toBe("b@x.org");
  });
});
