import { describe, expect, it } from "vitest";
import { inspectCsv, type CsvLayout } from "./inspect.js";
import { csvSamples } from "./samples.js";

const bytes = (text: string) => new TextEncoder().encode(text);
function layout(head: Uint8Array): CsvLayout {
  const inspected = inspectCsv(head);
  if (!inspected.ok) throw new Error(inspected.reason);
  return inspected.layout;
}
const samples = (text: string, options?: Parameters<typeof csvSamples>[2]) =>
  csvSamples(bytes(text), layout(bytes(text)), options);

describe("csvSamples", () => {
  it.each([
    [
      "one list per column, header left out",
      "Name,Email\nAna,ana@x.example\nBen,ben@x.example\n",
      {},
      [
        ["Ana", "Ben"],
        ["ana@x.example", "ben@x.example"],
      ],
    ],
    ["the first rows only", "Name\nA\nB\nC\nD\n", { rows: 2 }, [["A", "B"]]],
    [
      "empty rows skipped, short rows padded",
      "Name,City\n\n,\nAna\nBen,Oslo\n",
      {},
      [
        ["Ana", "Ben"],
        ["", "Oslo"],
      ],
    ],
    [
      "quoted cells with delimiters and line breaks",
      'Name;Notes\n"Cruz; Ana";"two\nlines"\n',
      {},
      [["Cruz; Ana"], ["two\nlines"]],
    ],
    ["after Excel's sep= line", "sep=;\nName;Email\nAna;a@x.example\n", {}, [["Ana"], ["a@x.example"]]],
    ["long cells cut", `Name,Photo\nAna,${"x".repeat(200)}\n`, { maxLength: 10 }, [["Ana"], ["xxxxxxxxx…"]]],
    ["a whole file's last row without a line break", "Name\nAna\nBen", { whole: true }, [["Ana", "Ben"]]],
    ["a head's last row cut off: left out", "Name\nAna\nBe", {}, [["Ana"]]],
    ["a header with no rows", "Name,Email\n", {}, [[], []]],
  ])("gives %s", (_, text, options, expected) => {
    expect(samples(text, options)).toEqual(expected);
  });

  it("reads the file's encoding (UTF-8 BOM, Windows-1252)", () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("Name\nZoë\n")]);
    expect(csvSamples(bom, layout(bom))).toEqual([["Zoë"]]);
    const ansi = new Uint8Array([...bytes("Name\nRen"), 0xe9, 0x0a]);
    expect(csvSamples(ansi, layout(ansi))).toEqual([["René"]]);
  });
});
