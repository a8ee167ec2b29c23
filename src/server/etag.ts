// Optimistic concurrency over HTTP: ETag out, If-Match in (412 when stale).
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { invalid } from "../errors.js";

/** The request headers of a route that honours If-Match (documents it, and its 412). */
export const ifMatchHeaders = z.object({ "if-match": z.string().optional() });

export function setEtag(reply: FastifyReply, version: number) {
  void reply.header("etag", `"${version}"`);
}

/** The version the client last saw, from If-Match; undefined when absent or `*`. */
export function expectedVersion(request: FastifyRequest): number | undefined {
  const header = request.headers["if-match"];
  if (header === undefined || header.trim() === "*") return undefined;
  const match = /^\s*(?:W\/)?"(\d+)"\s*$/.exec(header);
  if (!match) {
    throw invalid('If-Match must be an ETag this API gave out, like "3"', [
      { field: "If-Match", message: "not an ETag" },
    ]);
  }
  return Number(match[1]);
}
