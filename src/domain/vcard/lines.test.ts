import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_LINE_BYTES, physicalLines, type PhysicalLine } from "./lines.js";

function* chunked(bytes: Uint8Array, cuts: readonly number[]): Generator<Uint8Array> {
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    yield bytes.subarray(start, Math.max(start, cut));
    start = Math.max(start, cut);
  }
  yield bytes.subarray(start);
}

async function lines(bytes: Uint8Array, cuts: readonly number[] = []): Promise<PhysicalLine[]> {
  const all: PhysicalLine[] = [];
  for await (const batch of physicalLines(chunked(bytes, cuts))) all.push(...batch);
  return all;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const texts = (read: PhysicalLine[]) => read.map((l) => l.text);

describe("physicalLines", () => {
  it("splits on CRLF and LF alike, numbering lines from 1, the last one without a line end too", async () => {
    const read = await lines(utf8("A:1\r\nB:é\n\nC:3"));
    expect(read).toEqual([
      { number: 1, text: "A:1", binary: false },
      { number: 2, text: "B:é", binary: false },
      { number: 3, text: "", binary: false },
      { number: 4, text: "C:3", binary: false },
    ]);
  });

  it("drops a UTF-8 byte order mark", async () => {
    expect(texts(await lines(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("A:1\r\n")])))).toEqual(["A:1"]);
  });

  it.each([
    ["utf-16le", [0xff, 0xfe]],
    ["utf-16be", [0xfe, 0xff]],
    ["utf-16le", []],
  ])("reads %s text (BOM %j) as text", async (encoding, bom) => {
    const bytes = Buffer.from("BEGIN:VCARD\r\nFN:Zoë 😀\r\n", "utf16le");
    if (encoding === "utf-16be") bytes.swap16();
    expect(texts(await lines(Uint8Array.from([...bom, ...bytes]), [1, 3, 7]))).toEqual([
      "BEGIN:VCARD",
      "FN:Zoë 😀",
    ]);
  });

  it("keeps a line that is not UTF-8 as its bytes, one character each", async () => {
    const read = await lines(Uint8Array.from([...utf8("FN:M"), 0xfc, ...utf8("ller\r\nN:é\r\n")]));
    expect(read[0]).toEqual({ number: 1, text: "FN:M\u00fcller", binary: true });
    expect(read[1]).toEqual({ number: 2, text: "N:é", binary: false });
  });

  it("leaves out a line longer than the limit and goes on with the next", async () => {
    const bytes = new Uint8Array(MAX_LINE_BYTES + 20).fill(0x41);
    bytes.set(utf8("A:1\n"));
    bytes.set(utf8("\nB:2\n"), bytes.length - 5);
    const read = await lines(bytes, [3, 1000, MAX_LINE_BYTES / 2, MAX_LINE_BYTES + 5]);
    expect(read).toEqual([
      { number: 1, text: "A:1", binary: false },
      { number: 2, text: "", binary: false, tooLong: true },
      { number: 3, text: "B:2", binary: false },
    ]);
  });

  it("reads the same lines however the file is cut into chunks", async () => {
    const piece = fc.constantFrom("A:1", "é", "😀", "\r\n", "\n", " ", "=C3", "\u00fc");
    const raw = fc.oneof(fc.constant([0xfc]), fc.constant([0xe9, 0x41]));
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            piece.map(utf8),
            raw.map((b) => Uint8Array.from(b)),
          ),
          { maxLength: 40 },
        ),
        fc.array(fc.nat(200), { maxLength: 8 }),
        async (pieces, cuts) => {
          const bytes = Uint8Array.from(pieces.flatMap((p) => [...p]));
          expect(await lines(bytes, cuts)).toEqual(await lines(bytes));
        },
      ),
    );
  });
});
