import { updateRow, type ResourceSpec } from "../store/crud.js";
import type { Actor, Deps } from "./context.js";

/** Archive/restore for a resource: a timestamp, never a deletion, so history stays whole. */
export function archiving<T>(spec: ResourceSpec<T>) {
  return (deps: Deps, actor: Actor, id: string, archived: boolean, expectedVersion?: number): Promise<T> => {
    const archivedAt = archived ? deps.now().toISOString() : null;
    return updateRow(deps.store.db, spec, actor.workspaceId, id, { archivedAt }, expectedVersion);
  };
}
