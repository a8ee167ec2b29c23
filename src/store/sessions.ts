// Sign-in sessions and personal API tokens. Only hashes of secrets are stored.
import type { Db } from "./db.js";
import type { Instant } from "../domain/model.js";
import { newId } from "./ids.js";

export async function insertSession(
  db: Db,
  session: { idHash: string; userId: string; workspaceId: string; csrfHash: string; expiresAt: string },
  at: Instant,
) {
  await db
    .insertInto("sessions")
    .values({
      id: session.idHash,
      userId: session.userId,
      workspaceId: session.workspaceId,
      csrfToken: session.csrfHash,
      expiresAt: session.expiresAt,
      createdAt: at,
      lastSeenAt: at,
    })
    .execute();
}

/** A session neither past its expiry at `now` nor unused since `idleSince`. */
export async function findSession(db: Db, idHash: string, now: Instant, idleSince: Instant) {
  return db
    .selectFrom("sessions")
    .select(["userId", "workspaceId", "csrfToken", "lastSeenAt"])
    .where("id", "=", idHash)
    .where("expiresAt", ">", now)
    .where("lastSeenAt", ">", idleSince)
    .executeTakeFirst();
}

export async function markSessionSeen(db: Db, idHash: string, at: Instant) {
  await db.updateTable("sessions").set({ lastSeenAt: at }).where("id", "=", idHash).execute();
}

export async function deleteSession(db: Db, idHash: string) {
  await db.deleteFrom("sessions").where("id", "=", idHash).execute();
}

export async function insertToken(
  db: Db,
  token: { userId: string; workspaceId: string; name: string; tokenHash: string },
  at: Instant,
) {
  const row = { id: newId(), ...token, lastUsedAt: null, revokedAt: null, createdAt: at };
  await db.insertInto("apiTokens").values(row).execute();
  return { id: row.id, name: row.name, createdAt: row.createdAt };
}

export async function findTokenByHash(db: Db, tokenHash: string) {
  return db
    .selectFrom("apiTokens")
    .select(["id", "userId", "workspaceId"])
    .where("tokenHash", "=", tokenHash)
    .where("revokedAt", "is", null)
    .executeTakeFirst();
}

export async function touchToken(db: Db, id: string, at: Instant) {
  await db.updateTable("apiTokens").set({ lastUsedAt: at }).where("id", "=", id).execute();
}

export async function listTokens(db: Db, workspaceId: string, userId: string) {
  return db
    .selectFrom("apiTokens")
    .select(["id", "name", "createdAt", "lastUsedAt", "revokedAt"])
    .where("workspaceId", "=", workspaceId)
    .where("userId", "=", userId)
    .orderBy("createdAt", "desc")
    .execute();
}

/** Revokes one of the user's tokens; false when there is no such live token. */
export async function revokeToken(
  db: Db,
  workspaceId: string,
  userId: string,
  id: string,
  at: Instant,
): Promise<boolean> {
  const result = await db
    .updateTable("apiTokens")
    .set({ revokedAt: at })
    .where("id", "=", id)
    .where("workspaceId", "=", workspaceId)
    .where("userId", "=", userId)
    .where("revokedAt", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
