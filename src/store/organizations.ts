import { z } from "zod";
import type { Organization } from "../domain/model.js";
import type { ResourceSpec } from "./crud.js";
import { encodeLists, nullableText, versionedColumns } from "./rows.js";

const organizationRow = z.object({
  ...versionedColumns,
  name: z.string(),
  website: nullableText,
  notes: z.string(),
});

export const organizationSpec: ResourceSpec<Organization> = {
  table: "organizations",
  noun: "organization",
  fromRow: (row) => organizationRow.parse(row),
  toRow: (fields) => encodeLists(fields, []),
  sorts: { name: "name", createdAt: "createdAt", updatedAt: "updatedAt" },
  defaultSort: "name",
  searchColumns: ["name", "website"],
};
