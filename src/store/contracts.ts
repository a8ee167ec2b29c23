import { z } from "zod";
import { contractStatuses, type Contract } from "../domain/model.js";
import type { ResourceSpec } from "./crud.js";
import { encodeLists, nullableText, versionedColumns } from "./rows.js";

const contractRow = z.object({
  ...versionedColumns,
  contactId: z.string(),
  title: z.string(),
  startsOn: nullableText,
  endsOn: z.string(),
  // double precision: a number from both drivers
  value: z.number().nullable(),
  status: z.enum(contractStatuses),
});

export const contractSpec: ResourceSpec<Contract> = {
  table: "contracts",
  noun: "contract",
  fromRow: (row) => contractRow.parse(row),
  toRow: (fields) => encodeLists(fields, []),
  sorts: { endsOn: "endsOn", createdAt: "createdAt", title: "title" },
  defaultSort: "endsOn",
  searchColumns: ["title"],
};
