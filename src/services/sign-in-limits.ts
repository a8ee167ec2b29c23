// Every password check (sign-in, joining by invitation) goes through here: throttled per account
// and per source address, with delays that double after a few free failures. The counts live in
// the database, so every server instance shares them. An account key is kept for any email tried,
// so whether an account exists shows neither in the answers nor in their timing. Each attempt is
// counted before its password is hashed and taken back when the password is right, so parallel
// attempts get no more tries than sequential ones.
import { rateLimited, unauthenticated } from "../errors.js";
import {
  forgetFailures,
  lockedUntil,
  pruneFailures,
  refundAttempt,
  reserveAttempt,
  type Lockouts,
  type Reservation,
} from "../store/auth-attempts.js";
import { findUserByEmail, type UserRecord } from "../store/users.js";
import type { Deps, SignInLimits } from "./context.js";
import { decoyHash, verifyPassword } from "./secrets.js";

/** The limits unless configured (config.ts): failures before the first lockout, its length, its ceiling, and when counts reset. */
export const defaultSignInLimits: SignInLimits = {
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

/** Doublings past which a lockout no longer grows, whatever the ceiling. */
const MAX_DOUBLINGS = 20;

const limitsOf = (deps: Deps) => deps.signInLimits ?? defaultSignInLimits;

function keysOf(attempt: Attempt, limits: SignInLimits) {
  return [
    { key: `account:${attempt.email.toLowerCase()}`, free: limits.accountFreeFailures },
    { key: `source:${attempt.source}`, free: limits.sourceFreeFailures },
  ];
}

/** Lockout length after `failures` failures: none while free, then doubling up to the ceiling. */
export function lockSeconds(failures: number, free: number, limits = defaultSignInLimits): number {
  if (failures < free) return 0;
  const doublings = Math.min(failures - free, MAX_DOUBLINGS);
  return Math.min(limits.firstLockSeconds * 2 ** doublings, limits.maxLockSeconds);
}

/** When each count from `free` on locks the key, for a failure at `now`, up to the ceiling. */
function lockoutsFrom(now: Date, free: number, limits: SignInLimits): Lockouts {
  const untils: string[] = [];
  for (let failures = free; ; failures++) {
    const seconds = lockSeconds(failures, free, limits);
    untils.push(new Date(now.getTime() + seconds * 1000).toISOString());
    if (seconds >= limits.maxLockSeconds || failures - free >= MAX_DOUBLINGS) return { free, untils };
  }
}

/** Refuses (429 with Retry-After) while the account or the source is locked out. */
export async function refuseWhileLocked(deps: Deps, attempt: Attempt): Promise<void> {
  const now = deps.now();
  const keys = keysOf(attempt, limitsOf(deps)).map((k) => k.key);
  const until = await lockedUntil(deps.store.db, keys, now.toISOString());
  if (until) throw lockedOut(now, until);
}

function lockedOut(now: Date, until: string | null) {
  const seconds = until ? Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 1000)) : 1;
  return rateLimited(`Too many failed sign-in attempts; try again in ${seconds} s`, seconds);
}

/** The account whose password this is; otherwise a counted failure and a 401 that names nothing. */
export async function checkCredentials(deps: Deps, attempt: Attempt): Promise<UserRecord> {
  await refuseWhileLocked(deps, attempt);
  const [account, ...others] = await reserve(deps, attempt);
  const user = await findUserByEmail(deps.store.db, attempt.email);
  const ok = await verifyPassword(attempt.password, user?.passwordHash ?? decoyHash);
  if (user && ok) {
    // The right password clears the account's count; the source only gets this try back.
    if (account) await forgetFailures(deps.store.db, account.key);
    for (const other of others) await refundAttempt(deps.store.db, other.key, other.reservation);
    return user;
  }
  throw unauthenticated(WRONG);
}

interface Reserved {
  key: string;
  reservation: Reservation;
}

/**
 * Counts the attempt as a failure under the account and the source before its password is
 * checked; when one of them was locked meanwhile, takes the count back and refuses.
 */
async function reserve(deps: Deps, attempt: Attempt): Promise<Reserved[]> {
  const db = deps.store.db;
  const limits = limitsOf(deps);
  const now = deps.now();
  const at = {
    now: now.toISOString(),
    forgetBefore: new Date(now.getTime() - limits.forgetAfterSeconds * 1000).toISOString(),
  };
  const reserved: Reserved[] = [];
  for (const { key, free } of keysOf(attempt, limits)) {
    const reservation = await reserveAttempt(db, key, at, lockoutsFrom(now, free, limits));
    if (!reservation) {
      for (const done of reserved) await refundAttempt(db, done.key, done.reservation);
      throw lockedOut(now, await lockedUntil(db, [key], at.now));
    }
    reserved.push({ key, reservation });
  }
  await pruneFailures(db, at.forgetBefore);
  return reserved;
}
