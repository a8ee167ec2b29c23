// Webhook endpoints: stored like every versioned resource (crud.ts), with a signing secret that is
// read only by the delivery worker, never returned.
import { z } from "zod";
import { eventTypes, type Webhook } from "../domain/events.js";
import type { ResourceSpec } from "./crud.js";
import { encodeLists, jsonEnumList, versionedColumns } from "./rows.js";

const webhookRow = z.object({
  ...versionedColumns,
  url: z.string(),
  events: jsonEnumList(eventTypes),
});

export const webhookSpec: ResourceSpec<Webhook> = {
  table: "webhooks",
  noun: "webhook",
  // zod drops the secret column, which the schema does not name.
  fromRow: (row) => webhookRow.parse(row),
  toRow: (fields) => encodeLists(fields, ["events"]),
  sorts: { createdAt: "createdAt", updatedAt: "updatedAt" },
  defaultSort: "-createdAt",
  searchColumns: ["url"],
};
