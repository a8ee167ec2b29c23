// Sign-in sessions and personal API tokens. Only hashes of secrets are stored. Every request
// finds who its credential signs in (user, membership, workspace) in one query.
import type { Db } from "./db.js";
import type { Instant } from "../domain/model.js";
import { compiledOnce } from "./compiled-once.js";
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

/** A user as a member of a workspace: who a credential signs in. */
export interface Identity {
  userId: string;
  email: string;
  name: string;
  timeZone: string;
  role: string;
  workspaceId: string;
  workspaceName: string;
}

/** Users with their memberships and workspaces; a credential narrows it to one. */
function identities(db: Db) {
  return db
    .selectFrom("users as u")
    .innerJoin("memberships as m", "m.userId", "u.id")
    .innerJoin("workspaces as w", "w.id", "m.workspaceId")
    .select([
      "u.id as userId",
      "u.email",
      "u.name",
      "u.timeZone",
      "m.role",
      "w.id as workspaceId",
      "w.name as workspaceName",
    ]);
}

/** A user's identity in a workspace they belong to. */
export async function findIdentity(
  db: Db,
  userId: string,
  workspaceId: string,
): Promise<Identity | undefined> {
  return identities(db).where("u.id", "=", userId).where("w.id", "=", workspaceId).executeTakeFirst();
}

const sessionIdentity = compiledOnce((db, idHash: string, now: Instant, idleSince: Instant) =>
  identities(db)
    .innerJoin("sessions as s", (join) =>
      join.onRef("s.userId", "=", "u.id").onRef("s.workspaceId", "=", "w.id"),
    )
    .select(["s.csrfToken", "s.lastSeenAt"])
    .where("s.id", "=", idHash)
    .where("s.expiresAt", ">", now)
    .where("s.lastSeenAt", ">", idleSince),
);

/**
 * Who a session signs in, with its CSRF hash and last use, while it is neither past its expiry at
 * `now` nor unused since `idleSince` and its user is still a member.
 */
export async function findSessionIdentity(db: Db, idHash: string, now: Instant, idleSince: Instant) {
  return (await sessionIdentity(db, idHash, now, idleSince))[0];
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

const tokenIdentity = compiledOnce((db, tokenHash: string) =>
  identities(db)
    .innerJoin("apiTokens as t", (join) =>
      join.onRef("t.userId", "=", "u.id").onRef("t.workspaceId", "=", "w.id"),
    )
    .select(["t.id as tokenId", "t.lastUsedAt"])
    .where("t.tokenHash", "=", tokenHash)
    .where("t.revokedAt", "is", null),
);

/** Who a live token signs in, with the token's id and last use, while its user is still a member. */
export async function findTokenIdentity(db: Db, tokenHash: string) {
  return (await tokenIdentity(db, tokenHash))[0];
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
