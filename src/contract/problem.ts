// What every error answer looks like: an RFC 9457 problem, as server/problems.ts sends it.
// One schema, so that the OpenAPI document, the server's serializer and generated clients agree.
import { z } from "zod";

/** The `code` of each problem: the AppError codes, and what Fastify itself refuses. */
export const problemCodes = [
  "invalid",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "precondition_failed",
  "rate_limited",
  "too_large",
  "unsupported_media_type",
  "internal",
] as const;

export const fieldIssue = z.object({
  field: z.string().meta({ description: "The JSON path of the field (e.g. `emails.0`), or `(body)`" }),
  message: z.string(),
});

export const problem = z
  .object({
    type: z.string().meta({ description: "A URI naming the kind of problem", format: "uri" }),
    title: z.string().meta({ description: "The HTTP status in words" }),
    status: z.number().int().min(400).max(599),
    detail: z.string().meta({ description: "What went wrong with this request, for a person to read" }),
    code: z.enum(problemCodes),
    errors: z.array(fieldIssue).optional().meta({ description: "Each offending field, when known" }),
  })
  .meta({ id: "Problem" });

export type Problem = z.infer<typeof problem>;
export type ProblemCode = (typeof problemCodes)[number];
