// One CSV row as a raw contact, by the layout's columns: names in parts, several values per cell,
// labels from their label columns, address parts composed into one text, dates in ISO form.
import type { Labelled, RawContact } from "../imports/record.js";
import type { StructuredName } from "../names.js";
import type { CellSplit, CsvColumn } from "./columns.js";
import { csvDate, dateFromParts } from "./dates.js";
import type { ContactField } from "./fields.js";

export interface PlannedColumn extends CsvColumn {
  field: ContactField;
  index: number;
  /** The column holding this column's labels, or -1. */
  labelIndex: number;
}

/** The columns that feed a field, each knowing where its labels are. */
export function planColumns(columns: readonly CsvColumn[]): PlannedColumn[] {
  const labels = new Map<string, number>();
  columns.forEach((c, index) => {
    if (c.role === "label" && c.field && c.group) labels.set(c.group, index);
  });
  const planned: PlannedColumn[] = [];
  columns.forEach((c, index) => {
    if (c.field && c.role !== "label")
      planned.push({ ...c, field: c.field, index, labelIndex: labels.get(c.group ?? "") ?? -1 });
  });
  return planned;
}

const SPLITS: Record<CellSplit, string | RegExp> = { google: " ::: ", semicolon: ";", list: /[;,]/ };

function values(cell: string, split: CellSplit | null): string[] {
  return split ? cell.split(SPLITS[split]).map((v) => v.trim()) : [cell];
}

interface Address {
  label: string | null;
  formatted: string;
  street: string[];
  place: Partial<Record<"city" | "region" | "postalCode" | "country", string>>;
}

/** "1 Main St", "Springfield", "IL", "62704", "USA" → "1 Main St\nSpringfield, IL 62704\nUSA". */
function composeAddress({ formatted, street, place }: Address): string {
  if (formatted) return formatted;
  const regional = [place.region, place.postalCode].filter(Boolean).join(" ");
  const town = [place.city, regional].filter(Boolean).join(", ");
  return [...street, town, place.country].filter(Boolean).join("\n");
}

type Scalar = "nickname" | "organization" | "department" | "title" | "photo" | "uid";
const NAME_PARTS = new Set<ContactField>(["prefix", "given", "middle", "family", "suffix"]);
const SCALARS = new Set<ContactField>(["nickname", "organization", "department", "title", "photo", "uid"]);
const CHANNELS = { email: "emails", phone: "phones", url: "urls" } as const;

/** What one row has gathered so far. */
class Row {
  readonly raw: RawContact;
  readonly name: Partial<StructuredName> = {};
  readonly addresses = new Map<string, Address>();
  readonly dateParts = new Map<string, Partial<Record<"year" | "month" | "day", string>>>();

  constructor(line: number) {
    this.raw = { line };
  }

  add(column: PlannedColumn, cell: string, labelCell: string | undefined) {
    const { field } = column;
    const raw = this.raw;
    if (field === "name") raw.formattedName ??= cell;
    else if (NAME_PARTS.has(field)) this.name[field as keyof StructuredName] ??= cell;
    else if (SCALARS.has(field)) raw[field as Scalar] ??= cell;
    else if (field === "notes") raw.notes = raw.notes ? `${raw.notes}\n\n${cell}` : cell;
    else if (field === "tags") (raw.tags ??= []).push(...values(cell, column.split));
    else if (field === "email" || field === "phone" || field === "url")
      this.channel(CHANNELS[field], column, cell, labelCell);
    else if (field === "birthday" || field === "anniversary") this.date(column, cell, labelCell);
    else this.address(column, cell, labelCell);
  }

  channel(key: "emails" | "phones" | "urls", column: PlannedColumn, cell: string, labelCell?: string) {
    const list: Labelled[] = (this.raw[key] ??= []);
    const labels = labelCell ? values(labelCell, column.split) : [column.label];
    values(cell, column.split).forEach((value, i) =>
      list.push({ value, label: labels[i] ?? labels[0] ?? null }),
    );
  }

  /** A Google event is an anniversary or a birthday as its label says; other events are left out. */
  date(column: PlannedColumn, cell: string, labelCell?: string) {
    if (column.role !== "value") {
      const group = column.group ?? "";
      this.dateParts.set(group, { ...this.dateParts.get(group), [column.role]: cell });
      return;
    }
    const kind =
      column.labelIndex < 0
        ? column.field
        : /anniv/i.test(labelCell ?? "")
          ? "anniversary"
          : /birth/i.test(labelCell ?? "")
            ? "birthday"
            : null;
    if (kind === "birthday" || kind === "anniversary") this.raw[kind] ??= csvDate(cell, column.dateOrder);
  }

  address(column: PlannedColumn, cell: string, labelCell?: string) {
    const key = column.group ?? "address";
    let address = this.addresses.get(key);
    if (!address) {
      address = { label: labelCell ?? column.label, formatted: "", street: [], place: {} };
      this.addresses.set(key, address);
    }
    address.label ??= labelCell ?? null;
    if (column.field === "address") address.formatted ||= cell;
    else if (column.field === "street") address.street.push(cell);
    else address.place[column.field as keyof Address["place"]] ||= cell;
  }

  finish(): RawContact {
    const raw = this.raw;
    if (Object.keys(this.name).length) raw.nameParts = this.name;
    if (this.addresses.size)
      raw.addresses = [...this.addresses.values()].map((a) => ({ value: composeAddress(a), label: a.label }));
    for (const { year = "", month = "", day = "" } of this.dateParts.values())
      raw.birthday ??= dateFromParts(year, month, day);
    return raw;
  }
}

/**
 * The raw contact in a row; null when every cell is empty. A row with text only in ignored
 * columns is still a record, so that finishRecord rejects it with its reason.
 */
export function rowRecord(cells: readonly string[], line: number, plan: readonly PlannedColumn[]) {
  let row: Row | null = null;
  for (const column of plan) {
    const cell = cells[column.index]?.trim();
    if (!cell) continue;
    row ??= new Row(line);
    // Not trimmed: Google's ` ::: ` keeps an empty first label as a leading separator.
    const labelCell = column.labelIndex < 0 ? undefined : cells[column.labelIndex];
    row.add(column, cell, labelCell?.trim() ? labelCell : undefined);
  }
  if (row) return row.finish();
  return cells.some((cell) => cell.trim()) ? { line } : null;
}
