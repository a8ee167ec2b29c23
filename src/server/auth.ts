// Who is calling: a session cookie (browser, CSRF-checked on writes) or a Bearer API token.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type {} from "@fastify/cookie";
import { forbidden, unauthenticated } from "../errors.js";
import { sessionActor, type SignedIn } from "../services/accounts.js";
import type { Actor, Deps } from "../services/context.js";
import { tokenActor } from "../services/tokens.js";

export const SESSION_COOKIE = "rapport_session";
export const CSRF_HEADER = "x-csrf-token";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Reachable without signing in. */
    public?: boolean;
  }
  interface FastifyRequest {
    signedIn: SignedIn | null;
    csrfToken: string | null;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function registerAuth(app: FastifyInstance, deps: Deps) {
  app.decorateRequest("signedIn", null);
  app.decorateRequest("csrfToken", null);
  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith("/api/v1/")) return;
    await identify(deps, request);
    if (request.routeOptions.config.public) return;
    if (!request.signedIn)
      throw unauthenticated("Sign in, or send an API token as 'Authorization: Bearer …'");
  });
}

/** Why an Authorization header that is not `Bearer <token>` cannot sign anyone in. */
function notBearer(header: string): string {
  const scheme = /^(\S+)\s/.exec(header.trim())?.[1];
  const got = scheme && !/^bearer$/i.test(scheme) ? ` (got the '${scheme}' scheme)` : "";
  return `The Authorization header must be 'Bearer <API token>'${got}`;
}

async function identify(deps: Deps, request: FastifyRequest) {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const found = match?.[1] ? await tokenActor(deps, match[1]) : null;
    // A public route answers anyone: credentials it does not need cannot make it refuse.
    if (!found && !request.routeOptions.config.public) {
      if (!match) throw unauthenticated(notBearer(header));
      throw unauthenticated("The API token is unknown or revoked");
    }
    request.signedIn = found;
    return;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return;
  const found = await sessionActor(deps, cookie);
  if (!found) return;
  request.csrfToken = found.csrfToken;
  request.signedIn = found;
  // Cookies ride along on cross-site requests; a write must also prove it read our page.
  if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== found.csrfToken) {
    throw forbidden(`Cookie-authenticated writes need the '${CSRF_HEADER}' header from /api/v1/auth/session`);
  }
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.signedIn) throw unauthenticated();
  return request.signedIn.actor;
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: string, secure: boolean) {
  void reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure,
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  void reply.clearCookie(SESSION_COOKIE, { path: "/" });
}
