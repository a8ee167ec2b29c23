// The one place where errors become HTTP: RFC 9457 problem+json, naming the offending field.
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { Problem, ProblemCode } from "../contract/problem.js";
import { isAppError, type ErrorCode, type FieldIssue } from "../errors.js";
import { issueMessage, type SchemaIssue } from "./problem-messages.js";

const statusOf: Record<ErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  rate_limited: 429,
};

const titles: Record<number, string> = {
  400: "Bad request",
  401: "Unauthenticated",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  409: "Conflict",
  412: "Precondition failed",
  413: "Payload too large",
  415: "Unsupported media type",
  429: "Too many requests",
  500: "Internal server error",
};

/** One entry of a schema validation failure, as fastify-type-provider-zod reports it. */
interface ValidationEntry extends SchemaIssue {
  instancePath: string;
}

export function problem(status: number, code: ProblemCode, detail: string, errors?: FieldIssue[]): Problem {
  return {
    type: `https://rapport.dev/problems/${code}`,
    title: titles[status] ?? "Error",
    status,
    detail,
    code,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

function toProblem(error: unknown, request: FastifyRequest): Problem {
  if (isAppError(error)) return problem(statusOf[error.code], error.code, error.message, error.issues);
  const fastifyError = error as Partial<FastifyError>;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext === "body" ? undefined : error.validationContext;
    const validation = error.validation as ValidationEntry[];
    const issues = validation.flatMap((v) => {
      const path = v.instancePath.split("/").filter(Boolean);
      const keys = v.params.keys;
      const named = v.keyword === "unrecognized_keys" && Array.isArray(keys) ? keys.map(String) : [undefined];
      return named.map((key) => ({
        field: [where, ...path, key].filter((p) => p !== undefined && p !== "").join(".") || "(body)",
        message: key === undefined ? issueMessage(v) : "unknown field",
      }));
    });
    const first = issues[0];
    return problem(
      400,
      "invalid",
      first ? `${first.field}: ${first.message}` : "The request is not valid",
      issues,
    );
  }
  const status = fastifyError.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code =
      status === 429
        ? "rate_limited"
        : status === 413
          ? "too_large"
          : status === 415
            ? "unsupported_media_type"
            : "invalid";
    const detail = fastifyError.message ?? "The request is not valid";
    // Parser refusals (malformed JSON, a forbidden `__proto__` key…) concern the body as a whole.
    return problem(status, code, detail, status === 400 ? [{ field: "(body)", message: detail }] : undefined);
  }
  request.log.error({ err: error }, "unhandled error");
  return problem(500, "internal", "Something went wrong on our side; it has been logged");
}

export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const body = toProblem(error, request);
  if (isAppError(error) && error.retryAfterSeconds !== undefined) {
    void reply.header("retry-after", String(error.retryAfterSeconds));
  }
  return reply.status(body.status).type("application/problem+json").send(body);
}
