import { z } from "zod";
import { pageQuery, shortText, stamps } from "./common.js";

const fields = {
  name: shortText,
  website: z.url().max(500).nullable(),
  notes: z.string().max(20_000),
};

export const organizationCreate = z.strictObject({
  ...fields,
  website: fields.website.optional(),
  notes: fields.notes.default(""),
});
export type OrganizationCreate = z.infer<typeof organizationCreate>;

export const organizationUpdate = z.strictObject(fields).partial();
export type OrganizationUpdate = z.infer<typeof organizationUpdate>;

export const organization = z
  .object({ ...stamps, name: z.string(), website: z.string().nullable(), notes: z.string() })
  .meta({ id: "Organization" });

export const organizationListQuery = z.strictObject({
  ...pageQuery,
  q: z.string().trim().min(1).max(200).optional(),
});
export type OrganizationListQuery = z.infer<typeof organizationListQuery>;
