// Failed sign-in attempts per throttled key, in the database so that every server instance
// sees the same counts. The policy (how many, how long) lives in services/sign-in-limits.ts.
import { sql } from "kysely";
import type { Db } from "./db.js";

/** The latest end of a lockout among `keys`, when one is still running at `now`. */
export async function lockedUntil(db: Db, keys: string[], now: string): Promise<string | null> {
  const row = await db
    .selectFrom("authAttempts")
    .select((eb) => eb.fn.max("lockedUntil").as("until"))
    .where("key", "in", keys)
    .where("lockedUntil", ">", now)
    .executeTakeFirst();
  return row?.until ?? null;
}

/**
 * Counts one more failure under `key` (a count whose last failure is before `forgetBefore`
 * starts again at 1) and returns the new count. One statement, so concurrent failures all count.
 */
export async function countFailure(db: Db, key: string, now: string, forgetBefore: string): Promise<number> {
  const row = await db
    .insertInto("authAttempts")
    .values({ key, failures: 1, lastAt: now, lockedUntil: null })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        failures: sql<number>`case when auth_attempts.last_at < ${forgetBefore} then 1 else auth_attempts.failures + 1 end`,
        lastAt: now,
      }),
    )
    .returning("failures")
    .executeTakeFirstOrThrow();
  return Number(row.failures);
}

export async function lockKey(db: Db, key: string, until: string): Promise<void> {
  await db.updateTable("authAttempts").set({ lockedUntil: until }).where("key", "=", key).execute();
}

export async function forgetFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom("authAttempts").where("key", "=", key).execute();
}

/** Drops counts whose last failure is before `forgetBefore`: they would start again at 1 anyway. */
export async function pruneFailures(db: Db, forgetBefore: string): Promise<void> {
  await db.deleteFrom("authAttempts").where("lastAt", "<", forgetBefore).execute();
}
