import { z } from "zod";
import { factKinds, type Fact } from "../domain/model.js";
import type { ResourceSpec } from "./crud.js";
import { encodeLists, nullableText, versionedColumns } from "./rows.js";

const factRow = z.object({
  ...versionedColumns,
  contactId: z.string(),
  kind: z.enum(factKinds),
  text: z.string(),
  learnedOn: z.string(),
  sourceTouchId: nullableText,
});

export const factSpec: ResourceSpec<Fact> = {
  table: "facts",
  noun: "fact",
  fromRow: (row) => factRow.parse(row),
  toRow: (fields) => encodeLists(fields, []),
  sorts: { learnedOn: "learnedOn", createdAt: "createdAt", updatedAt: "updatedAt" },
  defaultSort: "-learnedOn",
  searchColumns: ["text"],
};
