// Setup, sign-in, sessions, API tokens and invitations.
import { z } from "zod";
import {
  acceptInviteBody,
  inviteBody,
  loginBody,
  me,
  profilePatch,
  setupBody,
  tokenBody,
} from "../../contract/accounts.js";
import { id, idParams } from "../../contract/common.js";
import {
  createInvite,
  isSetUp,
  joinByInvite,
  listMembers,
  login,
  setup,
  updateProfile,
  type NewSession,
} from "../../services/accounts.js";
import { endSession } from "../../services/sessions.js";
import { createToken, listMyTokens, revokeMyToken } from "../../services/tokens.js";
import type { AppOptions } from "../options.js";
import type { Api } from "../api.js";
import { actorOf, clearSessionCookie, SESSION_COOKIE, setSessionCookie } from "../auth.js";
import { unauthenticated } from "../../errors.js";
import type { FastifyReply, FastifyRequest } from "fastify";

const tokenOut = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable().optional(),
  revokedAt: z.string().nullable().optional(),
});

export function accountRoutes(api: Api, { deps, secureCookies = false }: AppOptions) {
  const tags = ["accounts"];
  const signIn = async (req: FastifyRequest, reply: FastifyReply, session: NewSession) => {
    // A new session at every sign-in: the one this browser had (if any) ends.
    const previous = req.cookies[SESSION_COOKIE];
    if (previous) await endSession(deps, previous);
    setSessionCookie(reply, session.sessionToken, session.expiresAt, secureCookies);
    return {
      user: session.user,
      workspace: session.workspace,
      role: session.actor.role,
      csrfToken: session.csrfToken,
    };
  };

  api.get(
    "/setup",
    {
      config: { public: true },
      schema: {
        tags,
        summary: "Whether first-run setup is still open",
        response: { 200: z.object({ needed: z.boolean() }) },
      },
    },
    async () => ({ needed: !(await isSetUp(deps)) }),
  );
  api.post(
    "/setup",
    {
      config: { public: true, problems: [409] },
      schema: {
        tags,
        summary: "First-run setup: the first owner and workspace (409 once done)",
        body: setupBody,
        response: { 201: me },
      },
    },
    async (req, reply) => reply.status(201).send(await signIn(req, reply, await setup(deps, req.body))),
  );
  api.post(
    "/auth/login",
    {
      config: { public: true, problems: [429] },
      schema: {
        tags,
        summary: "Sign in with email and password (sets an HTTP-only session cookie)",
        body: loginBody,
        response: { 200: me },
      },
    },
    async (req, reply) => signIn(req, reply, await login(deps, req.body, req.ip)),
  );
  api.post(
    "/auth/logout",
    { config: { public: true }, schema: { tags, summary: "Sign out", response: { 204: z.null() } } },
    async (req, reply) => {
      const cookie = req.cookies[SESSION_COOKIE];
      if (cookie) await endSession(deps, cookie);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );
  api.get(
    "/auth/session",
    {
      schema: {
        tags,
        summary: "Who is signed in, and the CSRF token for cookie-authenticated writes",
        response: { 200: me },
      },
    },
    (req) => {
      const signedIn = req.signedIn;
      if (!signedIn) throw unauthenticated();
      return {
        user: signedIn.user,
        workspace: signedIn.workspace,
        role: signedIn.actor.role,
        csrfToken: req.csrfToken,
      };
    },
  );

  api.patch(
    "/me",
    {
      schema: {
        tags,
        summary: "Change your own name or time zone",
        body: profilePatch,
        response: { 200: me },
      },
    },
    async (req) => {
      const { user, workspace, actor } = await updateProfile(deps, actorOf(req), req.body);
      return { user, workspace, role: actor.role, csrfToken: req.csrfToken };
    },
  );

  api.post(
    "/tokens",
    {
      schema: {
        tags,
        summary: "Create a personal API token (the token is shown only in this answer)",
        body: tokenBody,
        response: { 201: tokenOut.extend({ token: z.string() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await createToken(deps, actorOf(req), req.body.name)),
  );
  api.get(
    "/tokens",
    {
      schema: {
        tags,
        summary: "Your API tokens (never the secrets)",
        response: { 200: z.object({ items: z.array(tokenOut) }) },
      },
    },
    async (req) => ({ items: await listMyTokens(deps, actorOf(req)) }),
  );
  api.delete(
    "/tokens/:id",
    { schema: { tags, summary: "Revoke an API token", params: idParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await revokeMyToken(deps, actorOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  api.get(
    "/members",
    {
      schema: {
        tags,
        summary: "The workspace's members",
        response: {
          200: z.object({
            items: z.array(
              z.object({ id: z.string(), name: z.string(), email: z.string(), role: z.string() }),
            ),
          }),
        },
      },
    },
    async (req) => ({ items: await listMembers(deps, actorOf(req)) }),
  );
  api.post(
    "/invites",
    {
      schema: {
        tags,
        summary: "Invite someone to the workspace (owners only); answers a link to share",
        body: inviteBody,
        response: {
          201: z.object({
            token: z.string(),
            url: z.string(),
            role: z.string(),
            email: z.string().nullable(),
            expiresAt: z.string(),
          }),
        },
      },
    },
    async (req, reply) => {
      const invite = await createInvite(deps, actorOf(req), req.body);
      const origin = `${req.protocol}://${req.host}`;
      return reply.status(201).send({ ...invite, url: `${origin}/join/${invite.token}` });
    },
  );
  api.post(
    "/invites/:token/accept",
    {
      config: { public: true, problems: [409, 429] },
      schema: {
        tags,
        summary: "Join a workspace by invitation (creates the account, or adds an existing one)",
        params: z.strictObject({ token: id.max(200) }),
        body: acceptInviteBody,
        response: { 201: me },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await signIn(req, reply, await joinByInvite(deps, req.params.token, req.body, req.ip))),
  );
}
