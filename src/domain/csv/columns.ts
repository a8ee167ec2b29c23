// What one CSV column feeds: the vocabulary shared by the profiles, header guessing, the explicit
// mapping and the row reader.
import type { ContactField } from "./fields.js";

/**
 * `value`: values of the field; `label`: the label of its group's values (Google's
 * `E-mail 1 - Label`); `year`/`month`/`day`: one part of its group's date (Thunderbird).
 */
export const columnRoles = ["value", "label", "year", "month", "day"] as const;
export type ColumnRole = (typeof columnRoles)[number];
/** How several values share one cell: Google's ` ::: `, Outlook's `;`, or `;`/`,` in a list. */
export type CellSplit = "google" | "semicolon" | "list";
/** How a date column writes `4/12/1985`: month first (US exports) or day first. */
export type DateOrder = "month-first" | "day-first";

export interface CsvColumn {
  header: string;
  /** The field this column feeds; null when it is ignored. */
  field: ContactField | null;
  /** A label for every value of the column (`Mobile Phone` → `mobile`). */
  label: string | null;
  /** Columns of one email, phone, link, address or event share a group (`Address 1`, `Home`). */
  group: string | null;
  role: ColumnRole;
  split: CellSplit | null;
  dateOrder: DateOrder | null;
}

/** What a profile, a guess or a mapping says about a header: everything but the header. */
export type ColumnUse = { field: ContactField } & Partial<Omit<CsvColumn, "header" | "field">>;

export const use = (field: ContactField, more: Omit<ColumnUse, "field"> = {}): ColumnUse => ({
  field,
  ...more,
});

export function column(header: string, used: ColumnUse | null): CsvColumn {
  return {
    header,
    field: used?.field ?? null,
    label: used?.label ?? null,
    group: used?.group ?? null,
    role: used?.role ?? "value",
    split: used?.split ?? null,
    dateOrder: used?.dateOrder ?? null,
  };
}

/** Lower case, no accents, words separated by single spaces: `E-Mail-Adresse` → `e mail adresse`. */
export function headerWords(header: string): string {
  return header
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** `table[key]` for a key read from a file (never one of Object's own properties). */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * The mapping entry that says what a column feeds (`email:work`, `ignore`); null for a column
 * that labels or dates another column's values, which no mapping entry can say.
 */
export function columnTarget(column: CsvColumn): string | null {
  if (column.role !== "value") return null;
  if (column.field === null) return "ignore";
  return column.label ? `${column.field}:${column.label}` : column.field;
}
