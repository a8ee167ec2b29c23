import { z } from "zod";
import { matterKinds, matterStatuses, type Matter } from "../domain/model.js";
import type { ResourceSpec } from "./crud.js";
import { encodeLists, nullableText, versionedColumns } from "./rows.js";

const matterRow = z.object({
  ...versionedColumns,
  contactId: z.string(),
  summary: z.string(),
  kind: z.enum(matterKinds),
  eventOn: nullableText,
  followUpOn: nullableText,
  status: z.enum(matterStatuses),
  sourceTouchId: nullableText,
});

export const matterSpec: ResourceSpec<Matter> = {
  table: "matters",
  noun: "matter",
  fromRow: (row) => matterRow.parse(row),
  toRow: (fields) => encodeLists(fields, []),
  // followUpOn may be null, and cursors need a non-null sort column.
  sorts: { createdAt: "createdAt", updatedAt: "updatedAt" },
  defaultSort: "-createdAt",
  searchColumns: ["summary"],
};
