// The CSV column mapping as the Import section edits it: one choice per column, sent as only the
// entries that differ from what Rapport recognised, and remembered in the browser per header set
// so that the next export of the same layout opens with it.
import type { components } from "../api/schema";

export type Inspection = components["schemas"]["ImportInspection"];
export type CsvInspection = NonNullable<Inspection["csv"]>;
export type InspectedColumn = CsvInspection["columns"][number];
/** Column header → mapping entry (`email:work`, `ignore`), or "" for "as recognised". */
export type Choices = Record<string, string>;

const FIELD_NAMES: Record<string, string> = {
  name: "Full name",
  prefix: "Name prefix",
  given: "First name",
  middle: "Middle name",
  family: "Last name",
  suffix: "Name suffix",
  nickname: "Nickname",
  organization: "Organization",
  department: "Department",
  title: "Job title",
  email: "Email",
  phone: "Phone",
  url: "Website",
  address: "Address (whole)",
  street: "Street",
  city: "City",
  region: "Region or state",
  postalCode: "Postal code",
  country: "Country",
  birthday: "Birthday",
  anniversary: "Anniversary",
  notes: "Notes",
  tags: "Tags",
  photo: "Photo",
  uid: "Source ID",
  ignore: "Leave out",
};

/** `email:work` → "Email (work)"; `ignore` → "Leave out". */
export function targetName(target: string): string {
  const [field = "", label] = target.split(/:(.*)/s);
  const name = FIELD_NAMES[field] ?? field;
  return label ? `${name} (${label})` : name;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What a column that serves another column's values does: "Labels of E-mail 1". */
function partName(column: InspectedColumn): string {
  const of = column.group ? capitalised(column.group) : (FIELD_NAMES[column.field ?? ""] ?? "");
  return `${column.role === "label" ? "Labels" : capitalised(column.role)} of ${of}`;
}

/** The choice Rapport made for a column: its mapping entry, or "" when no entry can say it. */
export const recognised = (column: InspectedColumn): string => column.target ?? "";

/** The options of a column's select: what it was recognised as first, then every field. */
export function choicesFor(
  column: InspectedColumn,
  fields: readonly string[],
): { value: string; label: string }[] {
  const own = recognised(column);
  const first = { value: own, label: `${own ? targetName(own) : partName(column)} (recognised)` };
  return [first, ...fields.filter((f) => f !== own).map((f) => ({ value: f, label: targetName(f) }))];
}

/** Each column's choice: the recognised one, with `saved` over it where it names the column. */
export function initialChoices(csv: CsvInspection, saved: Choices | null): Choices {
  return Object.fromEntries(
    csv.columns.map((c) => [
      c.header,
      saved && Object.hasOwn(saved, c.header) ? saved[c.header]! : recognised(c),
    ]),
  );
}

/** The mapping to send: only the columns whose choice differs from what was recognised. */
export function changedMapping(csv: CsvInspection, choices: Choices): Choices {
  const changed: Choices = {};
  for (const column of csv.columns) {
    const choice = choices[column.header];
    if (choice !== undefined && choice !== "" && choice !== recognised(column))
      changed[column.header] = choice;
  }
  return changed;
}

/** Where a mapping is kept: the same header set (in any order) finds the same mapping. */
export function storageKey(headers: readonly string[]): string {
  return `rapport.import-mapping:${JSON.stringify([...headers].sort())}`;
}

type Store = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export function loadMapping(store: Store, headers: readonly string[]): Choices | null {
  try {
    const value: unknown = JSON.parse(store.getItem(storageKey(headers)) ?? "null");
    if (!value || typeof value !== "object" || Array.isArray(value)) return null;
    const entries = Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string");
    return Object.fromEntries(entries);
  } catch {
    return null;
  }
}

export function saveMapping(store: Store, headers: readonly string[], mapping: Choices): void {
  store.setItem(storageKey(headers), JSON.stringify(mapping));
}

export function forgetMapping(store: Store, headers: readonly string[]): void {
  store.removeItem(storageKey(headers));
}
