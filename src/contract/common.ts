// Building blocks of the public API's schemas. One zod schema gives validation, the TypeScript
// type and the OpenAPI document; server, CLI and web all read these.
import { z } from "zod";
import { isValidDate, isValidTimeZone, isValidYearlyDate } from "../domain/dates.js";

export const id = z.string().min(1).max(64);
export const isoDate = z
  .string()
  .refine(isValidDate, "must be a calendar date YYYY-MM-DD")
  .meta({ format: "date", example: "2026-11-23" });
export const yearlyDate = z
  .string()
  .refine(isValidYearlyDate, "must be YYYY-MM-DD, or --MM-DD when the year is unknown")
  .meta({ example: "--05-14" });
// Years 0001..9999 only, so that stored instants sort as text and have a calendar date.
export const instant = z.iso
  .datetime({ offset: true })
  .transform((s) => new Date(s).toISOString())
  .refine((s) => /^\d{4}-/.test(s) && !s.startsWith("0000"), "must fall between the years 0001 and 9999")
  .meta({ example: "2026-11-23T09:30:00+01:00" });
export const timeZone = z.string().refine(isValidTimeZone, "must be an IANA time zone such as Europe/Paris");
export const shortText = z.string().trim().min(1).max(200);
export const longText = z.string().max(20_000);
export const optionalText = z.string().trim().max(2_000).nullable();

/** Query string for every list: filters are added per resource. */
export const pageQuery = {
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  sort: z.string().max(40).optional(),
  archived: z.enum(["exclude", "include", "only"]).default("exclude"),
};

export const idParams = z.strictObject({ id });

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** Fields every stored, versioned resource returns. */
export const stamps = {
  id: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().nullable(),
};

export const warning = z.object({ code: z.string(), message: z.string(), field: z.string().optional() });
export type Warning = z.infer<typeof warning>;
