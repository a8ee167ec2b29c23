// Request bodies. JSON is parsed by Fastify's own parser (which refuses `__proto__` tricks) only
// once a scan shows its nesting is shallow, so nothing downstream recurses into a hostile shape.
// A refused body is read to its end (up to a cap) before the answer, so that the client reads
// the problem instead of a connection reset.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { invalid } from "../errors.js";
import { MAX_UPLOAD_BYTES } from "./upload-requests.js";

const KB = 1024;
const MB = 1024 * KB;

/**
 * The largest body each kind of route takes, in bytes: every route takes `json` unless its
 * registration names another. Each is the largest body its schema accepts, with room to spare.
 */
export const bodyLimits = {
  /** Any ordinary body: its longest texts (20,000 characters) fit even written as `\uXXXX` escapes. */
  json: 128 * KB,
  /** Workspace settings: every coach rule with its 200 extra phrases of 200 characters. */
  settings: 512 * KB,
  /** A contact with an inline picture (700,000 characters) and its other fields full. */
  contact: 1 * MB,
  /** A file to import or inspect (a 100,000-contact export is about 30 MB). */
  upload: MAX_UPLOAD_BYTES,
} as const;

/** Deeper JSON than any request of this API needs. */
export const MAX_JSON_DEPTH = 64;

/** Bytes of a refused body read and discarded before answering; beyond, the connection is cut. */
const MAX_DRAIN_BYTES = 64 * 1024 * 1024;

/** Whether arrays and objects in `text` nest deeper than `limit` (a scan: no recursion, no parse). */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      if (++depth > limit) return true;
    } else if (c === "]" || c === "}") depth--;
  }
  return false;
}

export function parseJsonWithDepthLimit(app: FastifyInstance) {
  const parse = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    const text = body as string;
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
      const message = `nests deeper than ${MAX_JSON_DEPTH} levels`;
      done(invalid(`The JSON body ${message}`, [{ field: "(body)", message }]), undefined);
      return;
    }
    void parse(request, text, done);
  });
}

const inUnits = (bytes: number) =>
  bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / KB)} KB`;

/** The 413 for a body over the route's `limit` (bytes), saying the limit so the client knows what fits. */
export function bodyTooLarge(limit: number): Error {
  const detail = `The request body is larger than the ${inUnits(limit)} (${limit} bytes) this route takes`;
  return Object.assign(new Error(detail), { statusCode: 413 });
}

/** Reads what is left of a refused request's body, so the answer reaches the client. */
export async function drainBody(request: FastifyRequest): Promise<void> {
  const raw = request.raw;
  if (raw.readableEnded || raw.destroyed) return;
  let read = 0;
  await new Promise<void>((resolve) => {
    const stop = () => {
      raw.off("data", onData);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      read += chunk.length;
      if (read > MAX_DRAIN_BYTES) {
        raw.destroy();
        stop();
      }
    };
    raw.on("data", onData);
    raw.once("end", stop);
    raw.once("error", stop);
    raw.once("close", stop);
    raw.resume();
  });
}
