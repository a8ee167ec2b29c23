import type { EventType } from "../domain/events.js";
import { getRow, updateRow, type ResourceSpec } from "../store/crud.js";
import type { Instant } from "../domain/model.js";
import { nowIso, type Actor, type Deps } from "./context.js";
import { emit } from "./events.js";

/** Whether archiving (or restoring) would change nothing: the row is already so, at the version expected. */
export function alreadySo(
  row: { archivedAt: Instant | null; version: number },
  archived: boolean,
  expectedVersion?: number,
): boolean {
  return (row.archivedAt !== null) === archived && (expectedVersion ?? row.version) === row.version;
}

/**
 * Archive/restore for a resource: a timestamp, never a deletion, so history stays whole. Archiving
 * what is archived (or restoring what is live) changes nothing, not even the version. A change
 * emits `event`, when given.
 */
export function archiving<T extends { id: string; archivedAt: Instant | null; version: number }>(
  spec: ResourceSpec<T>,
  event?: EventType,
) {
  return async (
    deps: Deps,
    actor: Actor,
    id: string,
    archived: boolean,
    expectedVersion?: number,
  ): Promise<T> => {
    return deps.store.db.transaction().execute(async (trx) => {
      const row = await getRow(trx, spec, actor.workspaceId, id);
      if (alreadySo(row, archived, expectedVersion)) return row;
      const at = nowIso(deps);
      const fields = { archivedAt: archived ? at : null };
      const saved = await updateRow(trx, spec, actor.workspaceId, id, fields, at, expectedVersion);
      if (event) await emit(trx, actor.workspaceId, event, saved, at);
      return saved;
    });
  };
}
