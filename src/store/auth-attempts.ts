// Failed sign-in attempts per throttled key, in the database so that every server instance
// sees the same counts. The policy (how many, how long) lives in services/sign-in-limits.ts.
import { sql, type RawBuilder } from "kysely";
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
 * How a count locks its key: not below `free` failures; at `free + i` failures until `untils[i]`,
 * and until the last of them beyond.
 */
export interface Lockouts {
  free: number;
  untils: string[];
}

/** A failure counted ahead of its password check: the new count and the lockout it started. */
export interface Reservation {
  failures: number;
  lockedUntil: string | null;
}

/**
 * Counts one more failure under `key`, unless it is locked out at `now` (then null), and locks
 * it as `lockouts` say, in one statement: of concurrent attempts, only those the count allows
 * get through, however they interleave. A count whose last failure is before `forgetBefore`
 * starts again at 1.
 */
export async function reserveAttempt(
  db: Db,
  key: string,
  at: { now: string; forgetBefore: string },
  lockouts: Lockouts,
): Promise<Reservation | null> {
  const failures = sql<number>`(case when auth_attempts.last_at < ${at.forgetBefore} then 1 else auth_attempts.failures + 1 end)`;
  const row = await db
    .insertInto("authAttempts")
    .values({ key, failures: 1, lastAt: at.now, lockedUntil: lockAt(sql.lit(1), lockouts) })
    .onConflict((oc) =>
      oc
        .column("key")
        .doUpdateSet({ failures, lastAt: at.now, lockedUntil: lockAt(failures, lockouts) })
        .where((eb) =>
          eb.or([eb("authAttempts.lockedUntil", "is", null), eb("authAttempts.lockedUntil", "<=", at.now)]),
        ),
    )
    .returning(["failures", "lockedUntil"])
    .executeTakeFirst();
  return row ? { failures: Number(row.failures), lockedUntil: row.lockedUntil } : null;
}

/** The lockout that `failures` sets, as SQL: none below `free`, then `untils` in turn. */
function lockAt(failures: RawBuilder<number>, { free, untils }: Lockouts): RawBuilder<string | null> {
  const steps = untils.map((until, i) => sql`when ${sql.lit(i)} then ${until}`);
  const last = untils.at(-1) ?? null;
  return sql<string | null>`(case when ${failures} < ${sql.lit(free)} then null
    else case ${failures} - ${sql.lit(free)} ${sql.join(steps, sql` `)} else ${last} end end)`;
}

/**
 * Takes back a reserved failure whose password was right, with the lockout it started (a later
 * failure's lockout stays).
 */
export async function refundAttempt(db: Db, key: string, reservation: Reservation): Promise<void> {
  await db
    .updateTable("authAttempts")
    .set((eb) => ({
      failures: eb("failures", "-", 1),
      lockedUntil: sql<
        string | null
      >`case when locked_until = ${reservation.lockedUntil} then null else locked_until end`,
    }))
    .where("key", "=", key)
    .where("failures", ">", 0)
    .execute();
}

export async function forgetFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom("authAttempts").where("key", "=", key).execute();
}

/** Drops counts whose last failure is before `forgetBefore`: they would start again at 1 anyway. */
export async function pruneFailures(db: Db, forgetBefore: string): Promise<void> {
  await db.deleteFrom("authAttempts").where("lastAt", "<", forgetBefore).execute();
}
