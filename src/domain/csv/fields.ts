// The fields a CSV column can feed, and the column mapping a user writes (header → field, with an
// optional label: `"Work Email": "email:work"`), validated by one schema at the API and the CLI.
import { z } from "zod";

export const csvFields = [
  "name",
  "prefix",
  "given",
  "middle",
  "family",
  "suffix",
  "nickname",
  "organization",
  "department",
  "title",
  "email",
  "phone",
  "url",
  "address",
  "street",
  "city",
  "region",
  "postalCode",
  "country",
  "birthday",
  "anniversary",
  "notes",
  "tags",
  "photo",
  "uid",
  "ignore",
] as const;
export type CsvField = (typeof csvFields)[number];
/** A field a column really feeds: every field but `ignore`. */
export type ContactField = Exclude<CsvField, "ignore">;

/** What one mapping entry says: the field and, for emails, phones, links and addresses, a label. */
export interface MappingTarget {
  field: CsvField;
  label: string | null;
}

/** `email:work` → email labelled work; `ignore`; null when the text names no field. */
export function mappingTarget(written: string): MappingTarget | null {
  const colon = written.indexOf(":");
  const field = (colon < 0 ? written : written.slice(0, colon)).trim();
  const label = colon < 0 ? null : written.slice(colon + 1).trim() || null;
  if (!(csvFields as readonly string[]).includes(field)) return null;
  return { field: field as CsvField, label };
}

/** A column mapping: column header → `field`, `field:label` or `ignore`. */
export const columnMapping = z.record(
  z.string().min(1).max(500),
  z
    .string()
    .max(100)
    .refine((target) => mappingTarget(target) !== null, {
      message: `must be one of ${csvFields.join(", ")}, optionally followed by ":label"`,
    }),
);
export type ColumnMapping = z.infer<typeof columnMapping>;
