import { describe, expect, it } from "vitest";
import { CardAssembler, type CardItem } from "./cards.js";

/** Feeds text line by line (as UTF-8 lines) and returns what the assembler yields. */
function assemble(text: string): CardItem[] {
  const cards = new CardAssembler();
  const items = text
    .split(/\r?\n/)
    .map((line, i) => cards.push({ number: i + 1, text: line, binary: false }))
    .concat(cards.end());
  return items.filter((item): item is CardItem => item !== null);
}

const values = (text: string) =>
  assemble(text).flatMap((item) =>
    item.kind === "card" ? item.card.properties.map((p) => `${p.name}=${p.value}`) : [],
  );

describe("CardAssembler unfolds", () => {
  it.each([
    [
      "3.0: a space or a tab and the line break are removed",
      "VERSION:3.0\r\nNOTE:ab\r\n c\r\n\td",
      "NOTE=abcd",
    ],
    ["2.1: the space is kept (RFC 822 folding)", "VERSION:2.1\r\nNOTE:two\r\n words", "NOTE=two words"],
    [
      "2.1 quoted-printable soft breaks join the next line whole",
      "VERSION:2.1\r\nNOTE;ENCODING=QUOTED-PRINTABLE:one=\r\n two=0D=0A=\r\nthree",
      "NOTE=one two=0D=0Athree",
    ],
    [
      "a base64 block, its lines indented, ended by a blank line (Android, Outlook)",
      "VERSION:2.1\r\nPHOTO;ENCODING=BASE64;JPEG:/9j/\r\n  AAAA\r\n  BBBB\r\n\r\nTEL:1",
      "PHOTO=/9j/  AAAA  BBBB",
    ],
    [
      "a base64 block whose lines are not indented",
      "VERSION:3.0\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/\r\nAAAA\r\nBB==\r\nTEL:1",
      "PHOTO=/9j/AAAABB==",
    ],
    [
      "a folded block with blank and whitespace-only lines inside (Google)",
      "VERSION:3.0\r\nPHOTO:https://lh3.example/a\r\n \r\n\r\n b/c\r\nTEL:1",
      "PHOTO=https://lh3.example/ab/c",
    ],
    [
      "a continuation of only spaces or controls keeps them",
      "VERSION:3.0\r\nNOTE:a\r\n    \r\n \u0000\r\n b",
      "NOTE=a   \u0000b",
    ],
    ["an indented line that reads END:VCARD", "VERSION:3.0\r\nNOTE:a\r\n END:VCARD", "NOTE=aEND:VCARD"],
  ])("%s", (_, body, expected) => {
    expect(values(`BEGIN:VCARD\r\n${body}\r\nEND:VCARD\r\n`)).toContain(expected);
  });

  it("does not join a line after a quoted-printable soft break across a blank line or onto END", () => {
    const text =
      "BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;QUOTED-PRINTABLE:a=\r\n\r\nTEL:1\r\nFN;QUOTED-PRINTABLE:b=\r\nEND:VCARD";
    expect(values(text)).toEqual(["VERSION=2.1", "NOTE=a=", "TEL=1", "FN=b="]);
  });
});

describe("CardAssembler recovers broken cards where it can", () => {
  it("ends a card without END:VCARD where the next card begins, with a warning", () => {
    const items = assemble("BEGIN:VCARD\r\nFN:A\r\nBEGIN:VCARD\r\nFN:B\r\nEND:VCARD");
    expect(items).toMatchObject([
      {
        kind: "card",
        card: { line: 1, warnings: ["the card has no END:VCARD; it was read up to the next card at line 3"] },
      },
      { kind: "card", card: { line: 3, warnings: [] } },
    ]);
  });

  it("rejects a card cut short by the end of the file", () => {
    expect(assemble("BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:B\r\n")).toEqual([
      expect.objectContaining({ kind: "card" }),
      { kind: "rejected", line: 4, reason: "the card has no END:VCARD (the file may be cut short)" },
    ]);
  });

  it("reads a card without BEGIN:VCARD when it starts with VERSION", () => {
    expect(assemble("VERSION:3.0\r\nFN:A\r\nEND:VCARD")).toMatchObject([
      { kind: "card", card: { line: 1, warnings: ["the card has no BEGIN:VCARD"] } },
    ]);
  });

  it.each([
    ["FN:A\r\nEND:VCARD", "lines 1 to 2 are not inside a card (no BEGIN:VCARD)"],
    ["Hello there\r\n", "line 1 is not inside a card (no BEGIN:VCARD)"],
    [
      "some,csv,header\r\na,b,c\r\nBEGIN:VCARD\r\nFN:A\r\nEND:VCARD",
      "lines 1 to 2 are not inside a card (no BEGIN:VCARD)",
    ],
  ])("rejects text outside any card with its lines: %j", (text, reason) => {
    expect(assemble(text)[0]).toEqual({ kind: "rejected", line: 1, reason });
  });

  it("keeps a card whose line cannot be read, with a warning naming the line", () => {
    expect(assemble("BEGIN:VCARD\r\nFN:A\r\nthis is no property\r\nEND:VCARD")).toMatchObject([
      { kind: "card", card: { warnings: ["line 3 could not be read and was left out"] } },
    ]);
  });

  it("ignores blank lines, whitespace and end-of-file marks between cards", () => {
    const items = assemble("\r\n  \r\nBEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n\r\n\u001a\r\n\u0000");
    expect(items).toMatchObject([{ kind: "card", card: { line: 3 } }]);
  });
});
