import { z } from "zod";

/** Query of the contact exports: live contacts only unless archived ones are asked for. */
export const contactExportQuery = z.strictObject({
  archived: z.enum(["exclude", "include"]).default("exclude"),
});
export type ContactExportQuery = z.infer<typeof contactExportQuery>;
