import { z } from "zod";
import { followUpStatuses, reasonKinds, type FollowUp } from "../domain/model.js";
import type { ResourceSpec } from "./crud.js";
import { encodeLists, nullableText, versionedColumns } from "./rows.js";

const followUpRow = z.object({
  ...versionedColumns,
  contactId: z.string(),
  ownerId: z.string(),
  dueOn: z.string(),
  reasonKind: z.enum(reasonKinds),
  detail: z.string(),
  status: z.enum(followUpStatuses),
  snoozedUntil: nullableText,
  dismissReason: nullableText,
  completedAt: nullableText,
});

export const followUpSpec: ResourceSpec<FollowUp> = {
  table: "followUps",
  noun: "follow-up",
  fromRow: (row) => followUpRow.parse(row),
  toRow: (fields) => encodeLists(fields, []),
  sorts: { dueOn: "dueOn", createdAt: "createdAt" },
  defaultSort: "dueOn",
  searchColumns: [],
};
