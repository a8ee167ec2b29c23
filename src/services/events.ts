// Emitting events: use cases call this inside their transaction, after the write, with the
// resource as the API shows it, so that an event exists exactly when its change does.
import type { EventType } from "../domain/events.js";
import type { Instant } from "../domain/model.js";
import type { Db } from "../store/db.js";
import { recordEvent } from "../store/events.js";

/**
 * Records that `resource` changed, in `db` (the use case's transaction).
 * @example await emit(trx, actor.workspaceId, "contact.created", contact, at)
 */
export async function emit(
  db: Db,
  workspaceId: string,
  type: EventType,
  resource: { id: string },
  at: Instant,
): Promise<void> {
  await recordEvent(db, workspaceId, { type, subjectId: resource.id, payload: resource, occurredAt: at });
}
