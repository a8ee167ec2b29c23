import { isSupportedCountry } from "libphonenumber-js/min";
import { z } from "zod";
import { columnMapping } from "../domain/csv/index.js";
import { importFormats } from "../domain/imports/formats.js";
import { id } from "./common.js";

/** A yes/no written in a query string or a form field. */
const flag = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1")
  .meta({ description: "`true` or `false`" });

/** The mapping as JSON text, as a form field, a query parameter or the CLI's --mapping file carries it. */
export const mappingText = z
  .string()
  .max(20_000)
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "must be a JSON object of column → field" });
      return z.NEVER;
    }
  })
  .pipe(columnMapping)
  .meta({
    description: 'JSON: CSV column header → field[:label] or "ignore", e.g. {"Work Email":"email:work"}',
  });

/** How to import an upload: in the query string, or as form fields before the file. */
export const importOptions = z.strictObject({
  format: z
    .enum(importFormats)
    .optional()
    .meta({ description: "What the file is; told from its first bytes when absent" }),
  dryRun: flag
    .optional()
    .meta({ description: "Only say what would be created, updated, merged and rejected" }),
  mapping: mappingText.optional(),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isSupportedCountry, "must be a two-letter country code such as US or FR")
    .optional()
    .meta({ description: "Country of phone numbers written without an international prefix" }),
  fileName: z.string().trim().min(1).max(255).optional(),
  wait: flag
    .optional()
    .meta({ description: "Answer when the import has finished (200) instead of at once (202)" }),
});
export type ImportOptionsInput = z.infer<typeof importOptions>;

const counts = {
  created: z.number().int().meta({ description: "Contacts created" }),
  updated: z.number().int().meta({ description: "Contacts updated from the same source record (same UID)" }),
  merged: z
    .number()
    .int()
    .meta({ description: "Records merged into a contact found by email, phone or name" }),
  unchanged: z.number().int().meta({ description: "Records already in the book as they are" }),
  organizationsCreated: z.number().int(),
  rejected: z.number().int(),
  warningCount: z.number().int(),
};

export const importResult = z.object({
  ...counts,
  rejections: z.array(z.object({ line: z.number().int(), reason: z.string() })),
  warnings: z.array(z.object({ line: z.number().int(), message: z.string() })),
  restored: z.record(z.string(), z.number().int()).optional(),
});

export const importJob = z
  .object({
    id,
    format: z.enum(importFormats),
    fileName: z.string().nullable(),
    dryRun: z.boolean(),
    status: z.enum(["running", "done", "failed"]),
    totalBytes: z.number().int().nullable(),
    readBytes: z.number().int(),
    rows: z.number().int().meta({ description: "Cards or rows read so far" }),
    result: importResult,
    error: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: "Import" });

export const importList = z.object({ items: z.array(importJob) });
