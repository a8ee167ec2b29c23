// What a CSV file looks like, from its first bytes: encoding, delimiter, header row, which
// export it is and what each column feeds. The import shows this before reading a single row.
import { column, type CsvColumn, type ColumnUse, type DateOrder } from "./columns.js";
import { chunkDecoder, detectEncoding, type CsvEncoding } from "./encoding.js";
import { mappingTarget, type ColumnMapping } from "./fields.js";
import { guessColumn } from "./guess.js";
import { profileColumn, recogniseProfile, type CsvProfileName } from "./profiles/index.js";
import { sniffCsv, type CsvDelimiter } from "./sniff.js";

export interface CsvLayout {
  encoding: CsvEncoding;
  /** Whether the file starts with a byte order mark. */
  bom: boolean;
  delimiter: CsvDelimiter;
  /** Records before the header row (Excel's `sep=;` line). */
  preamble: number;
  headers: string[];
  profile: CsvProfileName;
  /** One per header, in order. */
  columns: CsvColumn[];
}

export interface CsvInspectOptions {
  /** Read the file as this export, whatever its headers say. */
  profile?: CsvProfileName;
  /** Column header → field, over what the profile or guessing says. */
  mapping?: ColumnMapping;
}

/** A field-level problem, as `invalid` errors carry them (src/errors.ts FieldIssue). */
export interface CsvIssue {
  field: string;
  message: string;
}

export type CsvInspection =
  { ok: true; layout: CsvLayout } | { ok: false; reason: string; issues: CsvIssue[] };

function mapped(target: string, header: string, dateOrder: DateOrder): ColumnUse | null {
  const read = mappingTarget(target);
  if (!read || read.field === "ignore") return null;
  const channel = read.field === "email" || read.field === "phone" || read.field === "url";
  const group = channel ? header : read.label;
  const dated = read.field === "birthday" || read.field === "anniversary";
  return {
    field: read.field,
    label: read.label,
    group,
    split: read.field === "tags" ? "list" : null,
    dateOrder: dated ? dateOrder : null,
  };
}

/**
 * The layout of a CSV file from its first bytes (64 KB is plenty); a mapping naming a header the
 * file lacks makes it `ok: false`, with each such header as an issue (`mapping.<header>`).
 * @example inspectCsv(new TextEncoder().encode("Name,Email\nAna,ana@example.com\n"))
 */
export function inspectCsv(head: Uint8Array, options: CsvInspectOptions = {}): CsvInspection {
  const { encoding, bom } = detectEncoding(head);
  const decoder = chunkDecoder(encoding);
  const { delimiter, preamble, headers: read } = sniffCsv(decoder.decode(head));
  const headers = read.map((h) => h.trim());
  if (!headers.some(Boolean))
    return {
      ok: false,
      reason: "the file has no header row",
      issues: [{ field: "file", message: "no header row" }],
    };

  const mapping = options.mapping ?? {};
  const missing = Object.keys(mapping).filter((h) => !headers.includes(h.trim()));
  if (missing.length)
    return {
      ok: false,
      reason: `the mapping names ${missing.map((h) => `"${h}"`).join(", ")}, which the file's header row does not have`,
      issues: missing.map((h) => ({ field: `mapping.${h}`, message: "no such column in the file" })),
    };

  const profile = options.profile ?? recogniseProfile(headers);
  const dateOrder: DateOrder = delimiter === ";" ? "day-first" : "month-first";
  const targets = new Map(Object.entries(mapping).map(([h, target]) => [h.trim(), target]));
  const columns = headers.map((header) => {
    const target = targets.get(header);
    if (target !== undefined) return column(header, mapped(target, header, dateOrder));
    const known = profileColumn(profile, header);
    return column(header, known === undefined ? guessColumn(header, dateOrder) : known);
  });
  return { ok: true, layout: { encoding, bom, delimiter, preamble, headers, profile, columns } };
}
