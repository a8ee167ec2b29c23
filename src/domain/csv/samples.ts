// A few values of each column, as written in the file's first rows: what a person looks at to
// tell whether a column feeds the right field.
import { chunkDecoder } from "./encoding.js";
import type { CsvLayout } from "./inspect.js";
import { firstRecords } from "./sniff.js";

export interface SampleOptions {
  /** Rows to take (empty rows do not count). */
  rows?: number;
  /** The head is the whole file, so its last row is complete even without a line break. */
  whole?: boolean;
  /** Longer cells (an inline photo) are cut to this many characters, with an ellipsis. */
  maxLength?: number;
}

const cut = (cell: string, max: number) => (cell.length > max ? `${cell.slice(0, max - 1)}…` : cell);

/**
 * The first data rows' cells, one list per column of `layout` (an empty string where a row is
 * short). The header row and anything before it are left out.
 * @example csvSamples(head, layout, { rows: 5 })[0] // ["Ana", "Ben", …]
 */
export function csvSamples(head: Uint8Array, layout: CsvLayout, options: SampleOptions = {}): string[][] {
  const { rows = 5, whole = false, maxLength = 80 } = options;
  const decoder = chunkDecoder(layout.encoding);
  const text = decoder.decode(head) + (whole ? decoder.end() : "");
  const data = firstRecords(text, layout.delimiter, whole)
    .slice(layout.preamble + 1)
    .filter((cells) => cells.some((cell) => cell.trim() !== ""))
    .slice(0, rows);
  return layout.headers.map((_, column) => data.map((cells) => cut((cells[column] ?? "").trim(), maxLength)));
}
