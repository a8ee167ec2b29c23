// What an uploaded file is, without importing it or writing anything: its format; for a CSV, the
// layout it was recognised as, the column mapping an import would use and a few values of each
// column; for vCards, how many cards it begins. The web page shows this before an import.
import type { ImportInspection, InspectOptionsInput } from "../contract/import-inspect.js";
import { columnTarget, csvFields, csvSamples, type CsvLayout } from "../domain/csv/index.js";
import { peekSource, planRead } from "./import-source.js";

const SAMPLE_ROWS = 5;

function csvInspection(head: Uint8Array, layout: CsvLayout, whole: boolean): ImportInspection["csv"] {
  const samples = csvSamples(head, layout, { rows: SAMPLE_ROWS, whole });
  const columns = layout.columns.map((column, i) => ({
    header: column.header,
    target: columnTarget(column),
    field: column.field,
    label: column.label,
    role: column.role,
    group: column.group,
    samples: samples[i] ?? [],
  }));
  const mapping: Record<string, string> = {};
  for (const { header, target } of columns) if (target !== null) mapping[header] ??= target;
  return {
    encoding: layout.encoding,
    delimiter: layout.delimiter,
    layout: layout.profile,
    headers: layout.headers,
    columns,
    mapping,
    fields: [...csvFields],
  };
}

/** Cards begun in the head: `BEGIN:VCARD` at the start of a line. */
function cardsIn(head: Uint8Array): number {
  return new TextDecoder("latin1").decode(head).match(/^BEGIN:VCARD/gim)?.length ?? 0;
}

/**
 * Reads the file through (to tell its size) and says how an import would read it; refuses what
 * an import would refuse before its first row (an empty or binary file, an unusable CSV).
 * @example await inspectImport(fs.createReadStream("contacts.csv"), {})
 */
export async function inspectImport(
  file: AsyncIterable<Uint8Array>,
  options: InspectOptionsInput,
): Promise<ImportInspection> {
  const source = await peekSource(file);
  // Nothing is kept: the rest of the file is only counted.
  for await (const chunk of source.chunks) void chunk;
  const { head } = source;
  const whole = source.readBytes === head.byteLength;
  const { detected, format, layout } = planRead(head, options);
  return {
    format,
    detected,
    bytes: source.readBytes,
    whole,
    csv: layout ? csvInspection(head, layout, whole) : null,
    vcard: format === "vcard" ? { cards: cardsIn(head) } : null,
  };
}
