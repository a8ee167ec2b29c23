// Optimistic concurrency over HTTP: ETag out, If-Match in (412 when stale).
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { invalid } from "../errors.js";

/** The request headers of a route that honours If-Match (documents it, and its 412). */
export const ifMatchHeaders = z.object({ "if-match": z.string().optional() });

export function setEtag(reply: FastifyReply, version: number) {
  void reply.header("etag", `"${version}"`);
}

/** Versions are stored as 32-bit integers and start at 1. */
const MAX_VERSION = 2 ** 31 - 1;
/** A version no row has: the write then answers 412 (or 404 when the row is gone). */
const NO_VERSION = 0;

/**
 * The version the client last saw, from If-Match; undefined when absent or `*`. If-Match compares
 * strongly (RFC 9110), so a weak tag, like a version we never gave out, matches nothing.
 */
export function expectedVersion(request: FastifyRequest): number | undefined {
  const header = request.headers["if-match"];
  if (header === undefined || header.trim() === "*") return undefined;
  const match = /^\s*(W\/)?"([^"]*)"\s*$/.exec(header);
  if (!match) {
    throw invalid('If-Match must be an ETag this API gave out, like "3"', [
      { field: "If-Match", message: "not an ETag" },
    ]);
  }
  const [, weak, tag = ""] = match;
  const version = /^\d{1,10}$/.test(tag) ? Number(tag) : NO_VERSION;
  return weak || version > MAX_VERSION ? NO_VERSION : version;
}
