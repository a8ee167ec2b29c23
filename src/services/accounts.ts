// Accounts: first-run setup, users and workspaces, sign-in sessions.
import type {
  AcceptInviteBody,
  InviteBody,
  LoginBody,
  ProfilePatch,
  SetupBody,
} from "../contract/accounts.js";
import { conflict, forbidden, invalid, notFound, unauthenticated } from "../errors.js";
import type { Role } from "../domain/model.js";
import { acceptInvite, findOpenInvite, insertInvite } from "../store/invites.js";
import { findIdentity, type Identity } from "../store/sessions.js";
import {
  claimSetup,
  countUsers,
  findUserByEmail,
  insertUser,
  listUsers,
  saveUserProfile,
  type UserRecord,
} from "../store/users.js";
import {
  addMembership,
  findMembership,
  findWorkspaceByName,
  insertWorkspace,
  membersOf,
  membershipsOf,
} from "../store/workspaces.js";
import { nowIso, type Actor, type Deps } from "./context.js";
import { hashPassword, hashSecret, newSecret } from "./secrets.js";
import { findLiveSession, openSession, type OpenedSession } from "./sessions.js";
import { checkCredentials, refuseWhileLocked } from "./sign-in-limits.js";

const INVITE_DAYS = 7;

export interface SignedIn {
  actor: Actor;
  user: { id: string; email: string; name: string; timeZone: string };
  workspace: { id: string; name: string };
}

export interface NewSession extends SignedIn, OpenedSession {}

const publicUser = (u: UserRecord) => ({ id: u.id, email: u.email, name: u.name, timeZone: u.timeZone });

/** First-run setup: only while nobody has an account yet. */
export async function setup(deps: Deps, input: SetupBody): Promise<NewSession> {
  const passwordHash = await hashPassword(input.password);
  const at = nowIso(deps);
  const user = await deps.store.db.transaction().execute(async (trx) => {
    // The claim makes concurrent setups take turns; the count covers installs set up before it.
    await claimSetup(trx, at);
    if ((await countUsers(trx)) > 0) throw conflict("Rapport is already set up; sign in instead");
    const workspace = await insertWorkspace(trx, input.workspaceName, at);
    const { email, name, timeZone } = input;
    const user = await insertUser(trx, { email, name, passwordHash, timeZone }, at);
    await addMembership(trx, workspace.id, user.id, "owner", at);
    return { user, workspace };
  });
  return startSession(deps, user.user, user.workspace.id);
}

export async function isSetUp(deps: Deps): Promise<boolean> {
  return (await countUsers(deps.store.db)) > 0;
}

/**
 * Creates a user (or finds one by email) and makes them a member of the named workspace,
 * creating it with them as owner if it is new. For the CLI and for tests.
 */
export async function createUser(
  deps: Deps,
  input: { email: string; password: string; name: string; workspace: string; timeZone?: string },
): Promise<SignedIn> {
  const passwordHash = await hashPassword(input.password);
  const at = nowIso(deps);
  return deps.store.db.transaction().execute(async (trx) => {
    const { email, name, timeZone } = input;
    const user =
      (await findUserByEmail(trx, email)) ??
      (await insertUser(trx, { email, name, passwordHash, timeZone }, at));
    let workspace = await findWorkspaceByName(trx, input.workspace);
    let role: Role = "member";
    if (!workspace) {
      workspace = await insertWorkspace(trx, input.workspace, at);
      role = "owner";
    }
    const existing = await findMembership(trx, workspace.id, user.id);
    if (existing) throw conflict(`${user.email} is already a member of ${workspace.name}`);
    await addMembership(trx, workspace.id, user.id, role, at);
    return {
      actor: { userId: user.id, workspaceId: workspace.id, role, timeZone: user.timeZone },
      user: publicUser(user),
      workspace: { id: workspace.id, name: workspace.name },
    };
  });
}

/** Signs in from `source` (the client's address), under the sign-in limits. */
export async function login(deps: Deps, input: LoginBody, source: string): Promise<NewSession> {
  const user = await checkCredentials(deps, { ...input, source });
  const memberships = await membershipsOf(deps.store.db, user.id);
  const chosen = input.workspaceId
    ? memberships.find((m) => m.workspaceId === input.workspaceId)
    : memberships[0];
  if (!chosen) throw forbidden("You are not a member of that workspace");
  return startSession(deps, user, chosen.workspaceId);
}

async function startSession(deps: Deps, user: UserRecord, workspaceId: string): Promise<NewSession> {
  const session = await openSession(deps, user.id, workspaceId);
  return { ...(await signedInAs(deps, user.id, workspaceId)), ...session };
}

/** Resolves a session cookie to who is signed in, with the session's CSRF token. */
export async function sessionActor(
  deps: Deps,
  sessionToken: string,
): Promise<(SignedIn & { csrfToken: string }) | null> {
  const session = await findLiveSession(deps, sessionToken);
  return session && { ...signedInFrom(session.identity), csrfToken: session.csrfToken };
}

export async function signedInAs(deps: Deps, userId: string, workspaceId: string): Promise<SignedIn> {
  const identity = await findIdentity(deps.store.db, userId, workspaceId);
  if (!identity) throw unauthenticated("Your access to this workspace has ended");
  return signedInFrom(identity);
}

export function signedInFrom(identity: Identity): SignedIn {
  const { userId, workspaceId, timeZone } = identity;
  return {
    actor: { userId, workspaceId, role: identity.role as Role, timeZone },
    user: { id: userId, email: identity.email, name: identity.name, timeZone },
    workspace: { id: workspaceId, name: identity.workspaceName },
  };
}

export async function createInvite(deps: Deps, actor: Actor, input: InviteBody) {
  if (actor.role !== "owner") throw forbidden("Only workspace owners can invite people");
  const token = newSecret();
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 86_400_000).toISOString();
  await insertInvite(
    deps.store.db,
    {
      workspaceId: actor.workspaceId,
      tokenHash: hashSecret(token),
      email: input.email ?? null,
      role: input.role,
      createdBy: actor.userId,
      expiresAt,
    },
    now.toISOString(),
  );
  return { token, role: input.role, email: input.email ?? null, expiresAt };
}

/**
 * Joins a workspace by invite: a new account, or an existing one proving its password under the
 * same limits and with the same answers as signing in.
 */
export async function joinByInvite(
  deps: Deps,
  token: string,
  input: AcceptInviteBody,
  source: string,
): Promise<NewSession> {
  const invite = await findOpenInvite(deps.store.db, hashSecret(token), nowIso(deps));
  if (!invite)
    throw invalid("This invitation is unknown, used or expired", [{ field: "token", message: "not valid" }]);
  if (invite.email && invite.email !== input.email) {
    throw invalid("This invitation was made for another email address", [
      { field: "email", message: "does not match the invitation" },
    ]);
  }
  const attempt = { ...input, source };
  const found = await findUserByEmail(deps.store.db, input.email);
  const existing = found ? await checkCredentials(deps, attempt) : undefined;
  if (!existing) await refuseWhileLocked(deps, attempt);
  const passwordHash = existing ? existing.passwordHash : await hashPassword(input.password);
  const at = nowIso(deps);
  const user = await deps.store.db.transaction().execute(async (trx) => {
    if (!(await acceptInvite(trx, invite.id, at))) throw conflict("This invitation was just used");
    const user =
      existing ?? (await insertUser(trx, { email: input.email, name: input.name, passwordHash }, at));
    if (await findMembership(trx, invite.workspaceId, user.id))
      throw conflict("You are already a member of this workspace");
    await addMembership(trx, invite.workspaceId, user.id, invite.role as Role, at);
    return user;
  });
  return startSession(deps, user, invite.workspaceId);
}

/** The signed-in user changes their own name or time zone; answers who they now are. */
export async function updateProfile(deps: Deps, actor: Actor, patch: ProfilePatch): Promise<SignedIn> {
  await saveUserProfile(deps.store.db, actor.userId, patch, deps.now().toISOString());
  return signedInAs(deps, actor.userId, actor.workspaceId);
}

export function listMembers(deps: Deps, actor: Actor) {
  return membersOf(deps.store.db, actor.workspaceId);
}

/**
 * The acting user for a command run on the server itself: the user with this email, or the
 * only user when there is exactly one. Their first workspace.
 */
export async function actorForEmail(deps: Deps, email?: string): Promise<SignedIn> {
  let user: UserRecord | undefined;
  if (email) {
    user = await findUserByEmail(deps.store.db, email);
    if (!user) throw notFound(`user ${email}`);
  } else {
    const users = await listUsers(deps.store.db, 2);
    if (users.length !== 1) {
      throw invalid(
        users.length === 0 ? "No user yet: create one first" : "Several users: say which with --email",
        [{ field: "email", message: "required" }],
      );
    }
    user = users[0];
  }
  if (!user) throw notFound("user");
  const [first] = await membershipsOf(deps.store.db, user.id);
  if (!first) throw notFound(`workspace for ${user.email}`);
  return signedInAs(deps, user.id, first.workspaceId);
}
