// The outbox. An event is written in the caller's transaction, with one pending delivery for every
// live webhook of the workspace subscribed to its type: both commit with the change, or neither.
import { sql, type SqlBool } from "kysely";
import type { EventType } from "../domain/events.js";
import type { Instant } from "../domain/model.js";
import { likePattern } from "./crud.js";
import type { Db } from "./db.js";
import { newId } from "./ids.js";

export interface NewEvent {
  type: EventType;
  subjectId: string;
  /** The resource as the API shows it. */
  payload: unknown;
  occurredAt: Instant;
}

/** Records an event and queues its webhook deliveries; answers the event's id. */
export async function recordEvent(db: Db, workspaceId: string, event: NewEvent): Promise<string> {
  const id = newId();
  const { type, subjectId, payload, occurredAt } = event;
  await db
    .insertInto("events")
    .values({ id, workspaceId, type, subjectId, payload: JSON.stringify(payload), occurredAt })
    .execute();
  // The JSON list is matched on the quoted type, escaped (types hold `_`, a LIKE wildcard).
  const member = likePattern(JSON.stringify(type));
  const webhooks = await db
    .selectFrom("webhooks")
    .select(["id", "url"])
    .where("workspaceId", "=", workspaceId)
    .where("archivedAt", "is", null)
    .where(sql<SqlBool>`${sql.ref("events")} like ${member} escape '\\'`)
    .execute();
  if (webhooks.length === 0) return id;
  await db
    .insertInto("webhookDeliveries")
    .values(
      webhooks.map((w) => ({
        id: newId(),
        workspaceId,
        webhookId: w.id,
        eventId: id,
        eventType: type,
        url: w.url,
        status: "pending",
        attempts: 0,
        nextAttemptAt: occurredAt,
        createdAt: occurredAt,
        updatedAt: occurredAt,
      })),
    )
    .execute();
  return id;
}
