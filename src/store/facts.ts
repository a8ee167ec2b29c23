import { z } from "zod";
import { factKinds, type Fact, type Instant } from "../domain/model.js";
import type { ResourceSpec } from "./crud.js";
import { encodeLists, nullableText, versionedColumns } from "./rows.js";

export type FactRecord = Fact & { archivedAt: Instant | null };

const factRow = z.object({
  ...versionedColumns,
  contactId: z.string(),
  kind: z.enum(factKinds),
  text: z.string(),
  learnedOn: z.string(),
  sourceTouchId: nullableText,
});

export const factSpec: ResourceSpec<FactRecord> = {
  table: "facts",
  noun: "fact",
  fromRow: (row) => factRow.parse(row),
  toRow: (fields) => encodeLists(fields, []),
  sorts: { learnedOn: "learnedOn", createdAt: "createdAt", updatedAt: "updatedAt" },
  defaultSort: "-learnedOn",
  searchColumns: ["text"],
};
