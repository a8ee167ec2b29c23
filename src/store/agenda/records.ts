// Records of acting on agenda items: stored follow-ups found by id or by the occurrence they settle.
import type { IsoDate, FollowUp } from "../../domain/model.js";
import type { Db } from "../db.js";
import { followUpSpec } from "../follow-ups.js";

/**
 * A stored follow-up of this contact: by id, or else the record of one occurrence of a reason
 * (kind + computed due date), oldest first when there are several.
 */
export async function findAgendaRecord(
  db: Db,
  workspaceId: string,
  contactId: string,
  match: { id: string } | { reasonKind: string; dueOn: IsoDate },
): Promise<FollowUp | null> {
  let q = db
    .selectFrom("followUps")
    .selectAll()
    .where("workspaceId", "=", workspaceId)
    .where("contactId", "=", contactId)
    .where("archivedAt", "is", null);
  q =
    "id" in match
      ? q.where("id", "=", match.id)
      : q.where("reasonKind", "=", match.reasonKind).where("dueOn", "=", match.dueOn);
  const row = await q.orderBy("createdAt").orderBy("id").limit(1).executeTakeFirst();
  return row ? followUpSpec.fromRow(row) : null;
}
