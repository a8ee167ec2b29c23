// The rows of a CSV file as raw contacts, streamed: csv-parse reads each chunk as it comes, so
// memory holds one chunk's rows (and at most one row of MAX_ROW bytes), whatever the file's size.
import { parse, type CsvError } from "csv-parse";
import type { ReadItem } from "../imports/record.js";
import { chunkDecoder } from "./encoding.js";
import type { CsvLayout } from "./inspect.js";
import { planColumns, rowRecord } from "./row.js";

/** Room for a row with an inline photo; a larger one is a quote left open, most likely. */
const MAX_ROW = 4 * 1024 * 1024;

/** Line breaks inside a row's quoted cells: each moves the next row one line down. */
function breaksIn(cells: readonly string[]): number {
  let breaks = 0;
  for (const cell of cells)
    if (cell.includes("\n") || cell.includes("\r")) breaks += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
  return breaks;
}

function shapeWarning(cells: readonly string[], width: number): string | null {
  const lost = cells.slice(width).some((cell) => cell.trim());
  if (!lost && cells.length >= width / 2) return null;
  return `the row has ${cells.length} cells where the header has ${width}; it was read by position`;
}

function skipReason(error: CsvError): string {
  if (error.code === "CSV_QUOTE_NOT_CLOSED") return "a quoted cell is never closed, to the end of the file";
  if (error.code === "CSV_MAX_RECORD_SIZE")
    return "the row is larger than 4 MB (a quote left open?); the file could not be read past it";
  return `the row could not be read (${error.message}); the file could not be read past it`;
}

/**
 * One item per data row of the file laid out as `layout` says, with the row's first line: a
 * record (empty rows are skipped), or a rejection when the file cannot be read from there on.
 */
export async function* readCsvContacts(
  chunks: AsyncIterable<Uint8Array>,
  layout: CsvLayout,
): AsyncGenerator<ReadItem> {
  const plan = planColumns(layout.columns);
  const width = layout.headers.length;
  const ready: ReadItem[] = [];
  let line = 1;
  let emptyLines = 0;
  let before = layout.preamble + 1;
  // csv-parse counts a CRLF inside quotes as two lines, so rows' lines are counted here.
  const startLine = (emptyLinesSoFar: number) => {
    line += emptyLinesSoFar - emptyLines;
    emptyLines = emptyLinesSoFar;
    return line;
  };
  const failed: { error?: Error } = {};
  const parser = parse({
    delimiter: layout.delimiter,
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_ROW,
    on_record: (cells: string[], info) => {
      const at = startLine(info.empty_lines);
      line = at + 1 + breaksIn(cells);
      if (before > 0) before -= 1;
      else {
        const record = rowRecord(cells, at, plan);
        const warning = record && shapeWarning(cells, width);
        if (warning) (record.warnings ??= []).push(warning);
        if (record) ready.push({ kind: "record", record });
      }
      return null;
    },
    on_skip: (error) => {
      if (error)
        ready.push({
          kind: "rejected",
          line: startLine(Number(error.empty_lines ?? emptyLines)),
          reason: skipReason(error),
        });
    },
  });
  parser.on("error", (error: Error) => (failed.error = error));
  const ended = new Promise<void>((resolve) => parser.once("finish", resolve).once("close", resolve));
  const decoder = layout.encoding === "utf-8" ? null : chunkDecoder(layout.encoding);
  let bom = layout.encoding === "utf-8" && layout.bom ? 3 : 0;
  try {
    for await (const chunk of chunks) {
      // csv-parse reads UTF-8 bytes itself (faster than decoding them first); a BOM is dropped here.
      const skipped = bom ? chunk.subarray(Math.min(bom, chunk.length)) : chunk;
      bom -= chunk.length - skipped.length;
      parser.write(decoder ? decoder.decode(skipped) : skipped);
      if (failed.error) throw failed.error;
      yield* ready.splice(0);
    }
    const rest = decoder?.end();
    if (rest) parser.write(rest);
    parser.end();
    await ended;
    if (failed.error) throw failed.error;
    yield* ready.splice(0);
  } finally {
    parser.destroy();
  }
}
