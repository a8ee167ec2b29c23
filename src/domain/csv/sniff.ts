// The delimiter and header row of a CSV file, from its first lines (quotes respected: a `;`
// inside a quoted cell of a comma file counts for nothing).
import { parse } from "csv-parse";

export const csvDelimiters = [",", ";", "\t"] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

const SAMPLE_LINES = 200;

/**
 * The rows in the first lines of `text`; csv-parse hands over each complete row as it is written.
 * `whole`: the text is the whole file, so a last row without a line break is complete.
 */
export function firstRecords(text: string, delimiter: string, whole = false): string[][] {
  const rows: string[][] = [];
  const parser = parse({
    delimiter,
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    to_line: SAMPLE_LINES,
    on_record: (row: string[]) => {
      rows.push(row);
      return null;
    },
  });
  parser.on("error", () => undefined);
  const complete = whole || /[\r\n]$/.test(text);
  // csv-parse holds back the end of what it is given until more comes (a `\r` may start a
  // `\r\n`): three more line breaks hand over the last row (two do not when the file's own are
  // `\n`). Past the header, a row cut off by the head's end is left out.
  parser.write(`${text}\n\n\n`);
  parser.destroy();
  return rows.length > 1 && !complete ? rows.slice(0, -1) : rows;
}

/** Excel's first line `sep=;` names the delimiter; the header row follows it. */
const SEP_LINE = /^sep=([,;\t])[ \t]*\r?\n?/i;

export interface Sniffed {
  delimiter: CsvDelimiter;
  /** Records before the header row (1 after a `sep=` line). */
  preamble: number;
  headers: string[];
}

/**
 * The delimiter that splits the header into most cells while splitting the rows below it into
 * as many: the highest share of rows as wide as the header, then the widest header, then the
 * order comma, semicolon, tab. One column (or an empty text) reads as comma-separated.
 */
export function sniffCsv(text: string): Sniffed {
  const sep = SEP_LINE.exec(text);
  if (sep) {
    const delimiter = sep[1] as CsvDelimiter;
    return { delimiter, preamble: 1, headers: firstRecords(text.slice(sep[0].length), delimiter)[0] ?? [] };
  }
  let best: Sniffed & { share: number } = { delimiter: ",", preamble: 0, headers: [], share: -1 };
  for (const delimiter of csvDelimiters) {
    const [headers = [], ...rows] = firstRecords(text, delimiter);
    const width = headers.length;
    const share =
      width < 2 ? 0 : rows.length ? rows.filter((row) => row.length === width).length / rows.length : 1;
    const better = share > best.share || (share === best.share && share > 0 && width > best.headers.length);
    if (better) best = { delimiter, preamble: 0, headers, share };
  }
  return { delimiter: best.delimiter, preamble: 0, headers: best.headers };
}
