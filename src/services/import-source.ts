// The bytes of an uploaded or opened file, as an import reads them: the first bytes looked at
// before reading (to tell the format and lay out a CSV), then every chunk once, counted for the
// progress report. What the head says decides how the file is read, for an import and for an
// inspection alike.
import { inspectCsv, type ColumnMapping, type CsvLayout } from "../domain/csv/index.js";
import type { ImportFormat } from "../domain/imports/formats.js";
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

/** Control characters a text export writes: tab, line breaks, form feed, a DOS end-of-file. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1a]);

/** Whether the head is binary (a spreadsheet, an image, an archive…); UTF-16 text has its BOM. */
function looksBinary(head: Uint8Array): boolean {
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  return !utf16 && head.subarray(0, 1024).some((byte) => byte < 0x20 && !TEXT_CONTROLS.has(byte));
}

/** What the file is, from its first bytes: a vCard, a JSON document, or else a CSV. */
export function detectFormat(head: Uint8Array): DetectedFormat {
  if (looksBinary(head))
    throw invalid(
      "This is not a contact file: Rapport imports vCard (.vcf), CSV and its own workspace export " +
        "(JSON); save a spreadsheet as CSV first",
      [{ field: "file", message: "not a vCard, CSV or JSON file" }],
    );
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

export interface ReadPlan {
  /** What the bytes say the file is. */
  detected: DetectedFormat;
  /** How it is read: the format asked for, else the detected one. */
  format: ImportFormat;
  /** For a CSV file: its layout, the mapping applied. */
  layout: CsvLayout | null;
}

/**
 * How to read a file, from its head and the format and mapping asked for; refuses an empty or
 * binary file, a JSON file read as anything else, a mapping for a file that is not CSV, and a
 * CSV with no header row or whose mapping names columns it lacks.
 */
export function planRead(
  head: Uint8Array,
  options: { format?: ImportFormat; mapping?: ColumnMapping },
): ReadPlan {
  const detected = detectFormat(head);
  const format = options.format ?? detected;
  if (format !== "json" && detected === "json")
    throw invalid("This is a JSON file: import it with the json format (a workspace export)", [
      { field: "format", message: "the file is JSON" },
    ]);
  if (options.mapping && (format === "json" || format === "vcard"))
    throw invalid("A column mapping applies to CSV files only", [{ field: "mapping", message: "CSV only" }]);
  if (format === "vcard" || format === "json") return { detected, format, layout: null };
  const profile = format === "google" || format === "outlook" ? format : undefined;
  const inspection = inspectCsv(head, { profile, mapping: options.mapping });
  if (!inspection.ok)
    throw invalid(`The CSV file cannot be imported: ${inspection.reason}`, inspection.issues);
  return { detected, format, layout: inspection.layout };
}
