// What an uploaded file is, before importing it: the answer of POST /imports/inspect.
import { z } from "zod";
import { columnRoles, csvDelimiters, csvEncodings, csvFields, csvProfiles } from "../domain/csv/index.js";
import { importFormats } from "../domain/imports/formats.js";
import { importOptions } from "./imports.js";

/** The options of an inspection: those of an import that change how the file is read. */
export const inspectOptions = importOptions.pick({ format: true, mapping: true });
export type InspectOptionsInput = z.infer<typeof inspectOptions>;

const contactFields = csvFields.filter((f) => f !== "ignore");

const csvColumn = z.object({
  header: z.string(),
  target: z
    .string()
    .nullable()
    .meta({
      description:
        'This column\'s mapping entry: "field", "field:label" or "ignore"; null for a column that labels ' +
        "or dates another column's values (Google's `E-mail 1 - Label`), which no mapping entry can say",
    }),
  field: z.enum(contactFields).nullable().meta({ description: "What the column feeds; null when ignored" }),
  label: z.string().nullable().meta({ description: "The label given to every value (`work`, `mobile`)" }),
  role: z.enum(columnRoles).meta({
    description: "`value`, or the label, year, month or day of the values of its `group`",
  }),
  group: z.string().nullable(),
  samples: z
    .array(z.string())
    .meta({ description: "The column's values in the first rows, as written (long ones cut)" }),
});

const csvInspection = z.object({
  encoding: z.enum(csvEncodings),
  delimiter: z.enum(csvDelimiters),
  layout: z.enum(csvProfiles).meta({
    description: "The export its headers were recognised as; `generic` when guessed header by header",
  }),
  headers: z.array(z.string()),
  columns: z.array(csvColumn),
  mapping: z.record(z.string(), z.string()).meta({
    description: "The column mapping an import would use: header → field[:label] or ignore",
  }),
  fields: z.array(z.enum(csvFields)).meta({ description: "What a mapping entry can name" }),
});

export const importInspection = z
  .object({
    format: z.enum(importFormats).meta({
      description: "How an import would read the file: the format asked for, else the detected one",
    }),
    detected: z.enum(["vcard", "csv", "json"]).meta({ description: "What the file's first bytes say it is" }),
    bytes: z.number().int().meta({ description: "The file's size" }),
    whole: z.boolean().meta({
      description:
        "Whether the whole file was looked at (the first 64 KB are): samples and counts cover it all",
    }),
    csv: csvInspection.nullable(),
    vcard: z
      .object({
        cards: z.number().int().meta({ description: "Cards begun in the part looked at" }),
      })
      .nullable(),
  })
  .meta({ id: "ImportInspection" });
export type ImportInspection = z.infer<typeof importInspection>;
