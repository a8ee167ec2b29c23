import { z } from "zod";
import type { Organization } from "../domain/model.js";
import type { ResourceSpec } from "./crud.js";
import type { Db } from "./db.js";
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

/** The names of the workspace's organizations among `ids`, by id (archived ones too). */
export async function organizationNames(
  db: Db,
  workspaceId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("organizations")
    .select(["id", "name"])
    .where("workspaceId", "=", workspaceId)
    .where("id", "in", [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
