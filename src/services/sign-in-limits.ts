// Every password check (sign-in, joining by invitation) goes through here: throttled per account
// and per source address, with delays that double after a few free failures. The counts live in
// the database, so every server instance shares them. An account key is kept for any email tried,
// so whether an account exists shows neither in the answers nor in their timing.
import { rateLimited, unauthenticated } from "../errors.js";
import { countFailure, forgetFailures, lockedUntil, lockKey, pruneFailures } from "../store/auth-attempts.js";
import { findUserByEmail, type UserRecord } from "../store/users.js";
import type { Deps } from "./context.js";
import { decoyHash, verifyPassword } from "./secrets.js";

/** The limits: failures allowed before the first lockout, its length, its ceiling, and when counts reset. */
export const signInLimits = {
  accountFreeFailures: 5,
  sourceFreeFailures: 20,
  firstLockSeconds: 2,
  maxLockSeconds: 15 * 60,
  forgetAfterSeconds: 60 * 60,
};

/** Who tries which password, from where (the client's address as the server sees it). */
export interface Attempt {
  email: string;
  password: string;
  source: string;
}

const WRONG = "Email or password is wrong";

function keysOf(attempt: Attempt) {
  return [
    { key: `account:${attempt.email.toLowerCase()}`, free: signInLimits.accountFreeFailures },
    { key: `source:${attempt.source}`, free: signInLimits.sourceFreeFailures },
  ];
}

/** Lockout length after `failures` failures: none while free, then doubling up to the ceiling. */
export function lockSeconds(failures: number, free: number): number {
  if (failures < free) return 0;
  const doublings = Math.min(failures - free, 20);
  return Math.min(signInLimits.firstLockSeconds * 2 ** doublings, signInLimits.maxLockSeconds);
}

/** Refuses (429 with Retry-After) while the account or the source is locked out. */
export async function refuseWhileLocked(deps: Deps, attempt: Attempt): Promise<void> {
  const now = deps.now();
  const keys = keysOf(attempt).map((k) => k.key);
  const until = await lockedUntil(deps.store.db, keys, now.toISOString());
  if (!until) return;
  const seconds = Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 1000));
  throw rateLimited(`Too many failed sign-in attempts; try again in ${seconds} s`, seconds);
}

/** The account whose password this is; otherwise a counted failure and a 401 that names nothing. */
export async function checkCredentials(deps: Deps, attempt: Attempt): Promise<UserRecord> {
  await refuseWhileLocked(deps, attempt);
  const user = await findUserByEmail(deps.store.db, attempt.email);
  const ok = await verifyPassword(attempt.password, user?.passwordHash ?? decoyHash);
  const [account] = keysOf(attempt);
  if (user && ok) {
    if (account) await forgetFailures(deps.store.db, account.key);
    return user;
  }
  await countFailures(deps, attempt);
  throw unauthenticated(WRONG);
}

async function countFailures(deps: Deps, attempt: Attempt): Promise<void> {
  const now = deps.now();
  const forgetBefore = new Date(now.getTime() - signInLimits.forgetAfterSeconds * 1000).toISOString();
  for (const { key, free } of keysOf(attempt)) {
    const failures = await countFailure(deps.store.db, key, now.toISOString(), forgetBefore);
    const seconds = lockSeconds(failures, free);
    if (seconds > 0) {
      await lockKey(deps.store.db, key, new Date(now.getTime() + seconds * 1000).toISOString());
    }
  }
  await pruneFailures(deps.store.db, forgetBefore);
}
