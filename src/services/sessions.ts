// Browser sessions: a secret cookie (only its hash is stored), a CSRF token derived from it
// (only its hash is stored), an idle timeout and an absolute lifetime.
import {
  deleteSession,
  findSessionIdentity,
  insertSession,
  markSessionSeen,
  type Identity,
} from "../store/sessions.js";
import type { Deps, SessionPolicy } from "./context.js";
import { hashSecret, newSecret } from "./secrets.js";

export const defaultSessionPolicy: SessionPolicy = { idleMinutes: 24 * 60, lifetimeDays: 30 };

/** Use within this long of the last recorded use is not written again: one write a minute at most. */
const SEEN_EVERY_MS = 60_000;

/** Whether a credential last used at `last` (or never) should have this use written down. */
export const useIsNews = (last: string | null, now: Date): boolean =>
  last === null || now.getTime() - Date.parse(last) >= SEEN_EVERY_MS;

// Derived, so that it can be shown again without being stored; hashed, so the database cannot show it.
const csrfFor = (sessionToken: string) => hashSecret(`csrf:${sessionToken}`);

export interface OpenedSession {
  sessionToken: string;
  csrfToken: string;
  expiresAt: string;
}

export async function openSession(deps: Deps, userId: string, workspaceId: string): Promise<OpenedSession> {
  const { lifetimeDays } = deps.sessions ?? defaultSessionPolicy;
  const now = deps.now();
  const sessionToken = newSecret();
  const csrfToken = csrfFor(sessionToken);
  const expiresAt = new Date(now.getTime() + lifetimeDays * 86_400_000).toISOString();
  await insertSession(
    deps.store.db,
    {
      idHash: hashSecret(sessionToken),
      userId,
      workspaceId,
      csrfHash: hashSecret(csrfToken),
      expiresAt,
    },
    now.toISOString(),
  );
  return { sessionToken, csrfToken, expiresAt };
}

/**
 * Who a session cookie signs in, and its CSRF token, recording its use; null once expired, idle
 * too long or ended, or once its user has left the workspace.
 */
export async function findLiveSession(
  deps: Deps,
  sessionToken: string,
): Promise<{ identity: Identity; csrfToken: string } | null> {
  const { idleMinutes } = deps.sessions ?? defaultSessionPolicy;
  const now = deps.now();
  const idHash = hashSecret(sessionToken);
  const idleSince = new Date(now.getTime() - idleMinutes * 60_000).toISOString();
  const found = await findSessionIdentity(deps.store.db, idHash, now.toISOString(), idleSince);
  if (!found) return null;
  const { csrfToken: csrfHash, lastSeenAt, ...identity } = found;
  const csrfToken = csrfFor(sessionToken);
  if (csrfHash !== hashSecret(csrfToken)) return null;
  if (useIsNews(lastSeenAt, now)) await markSessionSeen(deps.store.db, idHash, now.toISOString());
  return { identity, csrfToken };
}

export async function endSession(deps: Deps, sessionToken: string): Promise<void> {
  await deleteSession(deps.store.db, hashSecret(sessionToken));
}
