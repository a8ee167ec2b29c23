// The bytes of an uploaded or opened file, as an import reads them: the first bytes looked at
// before reading (to tell the format and lay out a CSV), then every chunk once, counted for the
// progress report.
import { invalid } from "../errors.js";

/** Enough of a file to tell its format and read a CSV's header row. */
const HEAD_BYTES = 64 * 1024;

export interface PeekedSource {
  head: Uint8Array;
  /** Every chunk of the file from its first byte, the head included. */
  chunks: AsyncIterable<Uint8Array>;
  /** Bytes handed out by `chunks` so far. */
  readonly readBytes: number;
}

/** Reads the head of a file, then gives the whole file back as chunks, counting what is read. */
export async function peekSource(source: AsyncIterable<Uint8Array>): Promise<PeekedSource> {
  const iterator = source[Symbol.asyncIterator]();
  const first: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    first.push(chunk);
    size += chunk.byteLength;
  }
  const head = Buffer.concat(first).subarray(0, HEAD_BYTES);
  const counted = { readBytes: 0 };
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (const chunk of first) {
      counted.readBytes += chunk.byteLength;
      yield chunk;
    }
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      const chunk = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
      counted.readBytes += chunk.byteLength;
      yield chunk;
    }
  }
  return {
    head,
    chunks: chunks(),
    get readBytes() {
      return counted.readBytes;
    },
  };
}

export type DetectedFormat = "vcard" | "csv" | "json";

/** What the file is, from its first bytes: a vCard, a JSON document, or else a CSV. */
export function detectFormat(head: Uint8Array): DetectedFormat {
  // UTF-16 files are CSV here (exporters write vCards and JSON in UTF-8 or ASCII).
  const text = new TextDecoder("utf-8")
    .decode(head.subarray(0, 512))
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (/^BEGIN:VCARD/i.test(text)) return "vcard";
  if (text.startsWith("{")) return "json";
  if (text === "") throw invalid("The file is empty", [{ field: "file", message: "empty" }]);
  return "csv";
}
