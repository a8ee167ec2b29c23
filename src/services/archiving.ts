import { getRow, updateRow, type ResourceSpec } from "../store/crud.js";
import type { Instant } from "../domain/model.js";
import { nowIso, type Actor, type Deps } from "./context.js";

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
 * what is archived (or restoring what is live) changes nothing, not even the version.
 */
export function archiving<T extends { archivedAt: Instant | null; version: number }>(spec: ResourceSpec<T>) {
  return async (
    deps: Deps,
    actor: Actor,
    id: string,
    archived: boolean,
    expectedVersion?: number,
  ): Promise<T> => {
    const db = deps.store.db;
    const row = await getRow(db, spec, actor.workspaceId, id);
    if (alreadySo(row, archived, expectedVersion)) return row;
    const at = nowIso(deps);
    return updateRow(
      db,
      spec,
      actor.workspaceId,
      id,
      { archivedAt: archived ? at : null },
      at,
      expectedVersion,
    );
  };
}
