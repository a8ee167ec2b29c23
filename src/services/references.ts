// Checks that ids named in a request belong to the actor's workspace, so that a request can
// never attach data to another team's rows. A foreign id reads as "no such row".
import { invalid } from "../errors.js";
import type { Db } from "../store/db.js";
import { rowExists, type ReferenceTable } from "../store/references.js";
import { findMembership } from "../store/workspaces.js";

export async function ensureRef(
  db: Db,
  workspaceId: string,
  table: ReferenceTable,
  field: string,
  id: string | null | undefined,
): Promise<void> {
  if (id == null) return;
  if (!(await rowExists(db, table, workspaceId, id))) {
    throw invalid(`${field} does not name a ${table.replace(/s$/, "")} in this workspace`, [
      { field, message: "not found in this workspace" },
    ]);
  }
}

export async function ensureMember(db: Db, workspaceId: string, field: string, userId: string | undefined) {
  if (userId === undefined) return;
  if (!(await findMembership(db, workspaceId, userId))) {
    throw invalid(`${field} is not a member of this workspace`, [
      { field, message: "not a member of this workspace" },
    ]);
  }
}
