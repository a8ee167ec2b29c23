// Every API operation declares the problems it can answer, so that the OpenAPI document (and a
// client generated from it) knows its errors. They follow from how a route is declared — its
// inputs, method, path and sign-in — so routes do not list them by hand; a route
// names only what its use case adds (`config.problems`, e.g. 409, or 429 for sign-in limits).
import type { FastifyInstance, RouteOptions } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";
import { problem } from "../contract/problem.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /**
     * Problems the use case can answer beyond those the route's declaration implies: 403 on a
     * read only some roles may make, 409, or 429 for sign-in limits.
     */
    problems?: readonly (403 | 409 | 429)[];
  }
}

const PROBLEM_TYPE = "application/problem+json";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

type Route = Pick<RouteOptions, "method" | "url" | "schema" | "config">;

/** The problem statuses a route can answer, each with what it means there. */
function problemsOf(route: Route): Map<number, string> {
  const schema = route.schema ?? {};
  const config = route.config ?? {};
  const writes = [route.method].flat().some((method) => !SAFE_METHODS.has(method));
  const answers = new Map<number, string>();
  // A write may carry a body even without a body schema: the JSON parser can refuse it.
  if (schema.body || schema.querystring || schema.params || schema.headers || writes) {
    answers.set(400, "The request is not valid; `errors` names each offending field");
  }
  answers.set(
    401,
    config.public
      ? "The email and password do not match (where the operation checks them)"
      : "Not signed in: send a session cookie or 'Authorization: Bearer <token>'",
  );
  if (writes || config.problems?.includes(403)) {
    answers.set(403, "Not allowed: a cookie-authenticated write without its CSRF token, or not your role");
  }
  if (/\/:(id|\w+Id)(\/|$)/.test(route.url)) answers.set(404, "No such record in this workspace");
  if (config.problems?.includes(409)) answers.set(409, "Conflicts with the current state");
  if (hasIfMatch(schema.headers)) {
    answers.set(
      412,
      "If-Match names a version that is no longer current: it changed since that version was read",
    );
  }
  if (config.problems?.includes(429)) answers.set(429, "Too many attempts; wait for `Retry-After` seconds");
  return answers;
}

function hasIfMatch(headers: unknown): boolean {
  const shape = (headers as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape !== undefined && "if-match" in shape;
}

interface ProblemResponse {
  description: string;
  content: { [PROBLEM_TYPE]: { schema: unknown } };
}

const isProblemResponse = (value: unknown): value is ProblemResponse =>
  typeof value === "object" && value !== null && "content" in value;

/** Adds the problem responses to each API route; their serializer checks what is sent. */
export function declareProblems(app: FastifyInstance) {
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api/v1/") || !route.schema || route.schema.hide) return;
    const problems = Object.fromEntries(
      [...problemsOf(route)].map(([status, description]) => [
        status,
        { description, content: { [PROBLEM_TYPE]: { schema: problem } } } satisfies ProblemResponse,
      ]),
    );
    // A new object: routes may share one schema or response object.
    route.schema = { ...route.schema, response: { ...(route.schema.response as object), ...problems } };
  });
}

// fastify-type-provider-zod lists schemas with a registry id under components/schemas.
const problemRef = { $ref: `#/components/schemas/${problem.meta()?.id}` };

/**
 * The zod transform for the document, taught the problem responses: it would refuse them
 * (a media-type map, not a zod schema), so they are set aside and written as references to the
 * one Problem schema.
 */
export const problemsTransform: typeof jsonSchemaTransform = (input) => {
  const response = (input.schema?.response ?? {}) as Record<string, unknown>;
  const problems = Object.entries(response).filter((entry): entry is [string, ProblemResponse] =>
    isProblemResponse(entry[1]),
  );
  if (problems.length === 0) return jsonSchemaTransform(input);
  const rest = Object.fromEntries(Object.entries(response).filter(([, r]) => !isProblemResponse(r)));
  const transformed = jsonSchemaTransform({ ...input, schema: { ...input.schema, response: rest } });
  const schema = transformed.schema as { response?: object };
  const documented = problems.map(([status, { description }]) => [
    status,
    { description, content: { [PROBLEM_TYPE]: { schema: problemRef } } },
  ]);
  return {
    ...transformed,
    schema: { ...schema, response: { ...schema.response, ...Object.fromEntries(documented) } },
  };
};
