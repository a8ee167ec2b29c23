import type { Instant, Role } from "../domain/model.js";
import type { Db } from "./db.js";
import { newId } from "./ids.js";

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
  at: Instant,
) {
  const row = { id: newId(), ...invite, acceptedAt: null, createdAt: at };
  await db.insertInto("invites").values(row).execute();
  return row;
}

/** The invite, unless used or expired by `now`. */
export async function findOpenInvite(db: Db, tokenHash: string, now: Instant) {
  return db
    .selectFrom("invites")
    .select(["id", "workspaceId", "email", "role", "expiresAt"])
    .where("tokenHash", "=", tokenHash)
    .where("acceptedAt", "is", null)
    .where("expiresAt", ">", now)
    .executeTakeFirst();
}

/** Marks the invite used; false if someone used it first. */
export async function acceptInvite(db: Db, id: string, at: Instant): Promise<boolean> {
  const result = await db
    .updateTable("invites")
    .set({ acceptedAt: at })
    .where("id", "=", id)
    .where("acceptedAt", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
