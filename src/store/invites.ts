import type { Role } from "../domain/model.js";
import type { Db } from "./db.js";
import { newId, nowIso } from "./ids.js";

export async function insertInvite(
  db: Db,
  invite: {
    workspaceId: string;
    tokenHash: string;
    email: string | null;
    role: Role;
    createdBy: string;
    expiresAt: string;
  },
) {
  const row = { id: newId(), ...invite, acceptedAt: null, createdAt: nowIso() };
  await db.insertInto("invites").values(row).execute();
  return row;
}

export async function findOpenInvite(db: Db, tokenHash: string) {
  return db
    .selectFrom("invites")
    .select(["id", "workspaceId", "email", "role", "expiresAt"])
    .where("tokenHash", "=", tokenHash)
    .where("acceptedAt", "is", null)
    .where("expiresAt", ">", nowIso())
    .executeTakeFirst();
}

/** Marks the invite used; false if someone used it first. */
export async function acceptInvite(db: Db, id: string): Promise<boolean> {
  const result = await db
    .updateTable("invites")
    .set({ acceptedAt: nowIso() })
    .where("id", "=", id)
    .where("acceptedAt", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
