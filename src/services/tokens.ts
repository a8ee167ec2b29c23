// Personal API tokens: shown once, stored hashed, revocable.
import { notFound } from "../errors.js";
import { findTokenIdentity, insertToken, listTokens, revokeToken, touchToken } from "../store/sessions.js";
import { actorForEmail, signedInFrom, type SignedIn } from "./accounts.js";
import { nowIso, type Actor, type Deps } from "./context.js";
import { hashSecret, newSecret } from "./secrets.js";
import { useIsNews } from "./sessions.js";

export const TOKEN_PREFIX = "rpt_";

export async function createToken(deps: Deps, actor: Actor, name: string) {
  const token = newSecret(TOKEN_PREFIX);
  const saved = await insertToken(
    deps.store.db,
    {
      userId: actor.userId,
      workspaceId: actor.workspaceId,
      name,
      tokenHash: hashSecret(token),
    },
    nowIso(deps),
  );
  return { ...saved, token };
}

/** For the CLI: a token for a user by email, in their first workspace. */
export async function createTokenForEmail(deps: Deps, email: string, name = "CLI token") {
  const { actor } = await actorForEmail(deps, email);
  return createToken(deps, actor, name);
}

/** Who a live token signs in, recording its use (at most once a minute: reads stay reads). */
export async function tokenActor(deps: Deps, token: string): Promise<SignedIn | null> {
  const found = await findTokenIdentity(deps.store.db, hashSecret(token));
  if (!found) return null;
  const { tokenId, lastUsedAt, ...identity } = found;
  const now = deps.now();
  if (useIsNews(lastUsedAt, now)) await touchToken(deps.store.db, tokenId, now.toISOString());
  return signedInFrom(identity);
}

export function listMyTokens(deps: Deps, actor: Actor) {
  return listTokens(deps.store.db, actor.workspaceId, actor.userId);
}

export async function revokeMyToken(deps: Deps, actor: Actor, id: string): Promise<void> {
  if (!(await revokeToken(deps.store.db, actor.workspaceId, actor.userId, id, nowIso(deps))))
    throw notFound("token");
}
