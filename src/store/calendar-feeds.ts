// Secret calendar feeds: one live feed per user and workspace, found by the hash of its secret.
import type { Instant } from "../domain/model.js";
import type { Db } from "./db.js";
import { newId } from "./ids.js";

export interface FeedOwner {
  userId: string;
  workspaceId: string;
}

/** Replaces the user's feed (if any) with one for `secretHash`, so an older secret stops working. */
export async function replaceFeed(db: Db, owner: FeedOwner, secretHash: string, at: Instant): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await deleteFeed(trx, owner);
    await trx
      .insertInto("calendarFeeds")
      .values({
        id: newId(),
        userId: owner.userId,
        workspaceId: owner.workspaceId,
        secretHash,
        createdAt: at,
      })
      .execute();
  });
}

/** Deletes the user's feed; false when there was none. */
export async function deleteFeed(db: Db, owner: FeedOwner): Promise<boolean> {
  const result = await db
    .deleteFrom("calendarFeeds")
    .where("workspaceId", "=", owner.workspaceId)
    .where("userId", "=", owner.userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function findFeedByHash(db: Db, secretHash: string): Promise<FeedOwner | undefined> {
  return db
    .selectFrom("calendarFeeds")
    .select(["userId", "workspaceId"])
    .where("secretHash", "=", secretHash)
    .executeTakeFirst();
}

/** When the user's live feed was made, if they have one. */
export async function findFeedOf(db: Db, owner: FeedOwner): Promise<{ createdAt: Instant } | undefined> {
  return db
    .selectFrom("calendarFeeds")
    .select("createdAt")
    .where("workspaceId", "=", owner.workspaceId)
    .where("userId", "=", owner.userId)
    .executeTakeFirst();
}
