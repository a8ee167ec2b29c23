import { updateRow, type ResourceSpec } from "../store/crud.js";
import { nowIso, type Actor, type Deps } from "./context.js";

/** Archive/restore for a resource: a timestamp, never a deletion, so history stays whole. */
export function archiving<T>(spec: ResourceSpec<T>) {
  return (deps: Deps, actor: Actor, id: string, archived: boolean, expectedVersion?: number): Promise<T> => {
    const at = nowIso(deps);
    return updateRow(
      deps.store.db,
      spec,
      actor.workspaceId,
      id,
      { archivedAt: archived ? at : null },
      at,
      expectedVersion,
    );
  };
}
