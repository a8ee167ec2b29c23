import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { contentLine, escapeText, foldLine, list, structured } from "./text.js";

/** What a reader does first: joins each CRLF + one space or tab back onto its line (§3.2). */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

/** The reverse of escapeText and structured for one value. */
const unescape = (value: string) =>
  value.replace(/\\([\\,;nN])/g, (_, c: string) => (/n/i.test(c) ? "\n" : c));

const octets = (line: string) => new TextEncoder().encode(line).length;

/** Text as users type it: any characters, astral ones included; newlines normalised by the writer. */
const text = fc.string({ unit: "binary", maxLength: 400 }).map((s) => s.replace(/\r\n?/g, "\n"));

describe("escapeText", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", "a\\,b"],
    ["a;b", "a;b"],
    ["back\\slash", "back\\\\slash"],
    ["one\ntwo\r\nthree\rfour", "one\\ntwo\\nthree\\nfour"],
    ["\\,", "\\\\\\,"],
  ])("escapes %j as %j", (value, escaped) => {
    expect(escapeText(value)).toBe(escaped);
  });

  it("escapes `;` inside compound values and `,` between list items", () => {
    expect(structured(["Doe; Jr", "Ann,Marie"])).toBe("Doe\\; Jr;Ann\\,Marie");
    expect(list(["bread, rye", "vip"])).toBe("bread\\, rye,vip");
  });
});

describe("foldLine", () => {
  it.each([
    ["a short line", ["a short line"]],
    ["x".repeat(75), ["x".repeat(75)]],
    ["x".repeat(76), ["x".repeat(75), " x"]],
    // 74 ASCII then a 2-octet é: it would end at octet 76, so it moves to the next line whole.
    [`${"x".repeat(74)}é`, ["x".repeat(74), " é"]],
    [`${"x".repeat(73)}😀`, ["x".repeat(73), " 😀"]],
  ])("folds %j into lines of at most 75 octets", (line, physical) => {
    expect(foldLine(line)).toBe(`${physical.join("\r\n")}\r\n`);
  });

  it("keeps every physical line within 75 octets, never cuts a character, and unfolds to the original", () => {
    fc.assert(
      fc.property(text, (value) => {
        const folded = foldLine(value);
        const lines = folded.split("\r\n");
        expect(lines.pop()).toBe("");
        for (const line of lines) {
          expect(octets(line)).toBeLessThanOrEqual(75);
          expect(line).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
        }
        expect(unfold(folded)).toBe(`${value}\r\n`);
      }),
    );
  });
});

describe("a content line read back", () => {
  it("round-trips any text through escaping and folding", () => {
    fc.assert(
      fc.property(text, (value) => {
        const line = unfold(contentLine("NOTE", escapeText(value))).replace(/\r\n$/, "");
        expect(line).not.toMatch(/[\r\n]/);
        expect(unescape(line.slice("NOTE:".length))).toBe(value);
      }),
    );
  });

  it("round-trips text, compound and list values through ical.js, an independent vCard 4.0 reader", () => {
    fc.assert(
      fc.property(text, fc.array(text, { minLength: 1, maxLength: 4 }), (value, parts) => {
        const card =
          "BEGIN:VCARD\r\nVERSION:4.0\r\n" +
          contentLine("NOTE", escapeText(value)) +
          contentLine("ADR", structured([...parts, "", "", "", "", "", "", ""].slice(0, 7))) +
          "END:VCARD\r\n";
        const read = new ICAL.Component(ICAL.parse(card) as never);
        expect(read.getFirstPropertyValue("note")).toBe(value);
        expect(read.getFirstPropertyValue("adr")).toEqual([...parts, "", "", "", "", "", "", ""].slice(0, 7));
      }),
    );
  });
});
