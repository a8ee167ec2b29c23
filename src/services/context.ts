// What every use case receives: the store, a clock, and who is acting.
import type { Instant, Role } from "../domain/model.js";
import type { Store } from "../store/db.js";

export interface Deps {
  store: Store;
  /** The clock, injectable so that tests fix "today". */
  now: () => Date;
  /** How long browser sessions last; services/sessions.ts has the defaults. */
  sessions?: SessionPolicy;
  /** How password checks are throttled; services/sign-in-limits.ts has the defaults. */
  signInLimits?: SignInLimits;
  /** Bytes of agendas kept between requests (estimated); services/agenda-cache.ts has the default. */
  agendaCacheBytes?: number;
  /** Whether webhooks may go to loopback and private addresses; services/webhook-targets.ts says why not. */
  insideWebhookTargets?: boolean;
}

export interface SessionPolicy {
  /** A session unused this long ends. */
  idleMinutes: number;
  /** A session ends this long after sign-in, however busy. */
  lifetimeDays: number;
}

export interface SignInLimits {
  /** Failures of one account (any source) before its first lockout. */
  accountFreeFailures: number;
  /** Failures from one source address (any account) before its first lockout. */
  sourceFreeFailures: number;
  /** The first lockout; each further failure doubles it. */
  firstLockSeconds: number;
  /** The longest lockout. */
  maxLockSeconds: number;
  /** A count without a failure this long starts again. */
  forgetAfterSeconds: number;
}

export interface Actor {
  userId: string;
  workspaceId: string;
  role: Role;
  timeZone: string;
}

/** The clock's instant as stored: the store never reads a clock, every instant it writes comes from here. */
export function nowIso(deps: Deps): Instant {
  return deps.now().toISOString();
}
