// What the request log may hold: never a secret nor a client's words. Invite tokens in paths,
// search text, cursors and tokens in query strings are replaced before a line is written, and
// credential headers are redacted by the logger itself wherever they would appear. One line per
// request at most (none for health checks); JSON for machines, a short readable line on a terminal.
import { Writable } from "node:stream";
import type { FastifyInstance, FastifyServerOptions } from "fastify";

const REDACTED = "[redacted]";

/** Query parameters that carry secrets or what someone typed (`q` may be a client's name). */
const PRIVATE_QUERY = new Set(["q", "cursor", "token"]);

/**
 * `/invites/<token>/…` (the API) and `/join/<token>` (the web app) carry an invitation's secret;
 * `/calendar/feed/<secret>.ics` is the only credential a calendar subscription has.
 */
const SECRET_PATH = /(\/(?:invites|join|calendar\/feed)\/)(?!accept\b)[^/?#]+/g;

export function redactUrl(url: string): string {
  const at = url.indexOf("?");
  const path = (at === -1 ? url : url.slice(0, at)).replace(SECRET_PATH, `$1${REDACTED}`);
  if (at === -1) return path;
  const query = new URLSearchParams(url.slice(at + 1));
  for (const key of new Set(query.keys())) {
    if (PRIVATE_QUERY.has(key)) query.set(key, REDACTED);
  }
  return `${path}?${query.toString()}`;
}

interface LoggedRequest {
  method: string;
  url: string;
  ip?: string;
}

const levels: Record<number, string> = {
  10: "TRACE",
  20: "DEBUG",
  30: "INFO",
  40: "WARN",
  50: "ERROR",
  60: "FATAL",
};

/** A log record as a person reads it: "09:14:03 INFO GET /api/v1/agenda 200 4 ms". */
export function humanLine(json: string): string {
  let r: Record<string, unknown>;
  try {
    r = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const time = typeof r.time === "number" ? new Date(r.time).toISOString().slice(11, 19) : "";
  const req = r.req as { method?: string; url?: string } | undefined;
  const status = (r.res as { statusCode?: number } | undefined)?.statusCode;
  const what = req?.method
    ? `${req.method} ${req.url ?? ""} ${status ?? ""} ${typeof r.responseTime === "number" ? `${r.responseTime} ms` : ""}`
    : typeof r.msg === "string"
      ? r.msg
      : "";
  const err = (r.err as { message?: string } | undefined)?.message;
  return [time, levels[Number(r.level)] ?? "LOG", what.trim(), err ? `— ${err}` : ""]
    .filter(Boolean)
    .join(" ");
}

/** A stream that writes each JSON log record to `out` as one readable line. */
export function humanLines(out: NodeJS.WritableStream): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n"))
        if (line.trim() !== "") out.write(`${humanLine(line)}\n`);
      done();
    },
  });
}

/**
 * The logger's options: `stream` when given (tests), else standard output, in readable lines when it
 * is a terminal and JSON otherwise. Fastify's own two lines per request are replaced by `logRequests`.
 */
export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions["logger"] {
  const out = stream ?? (process.stdout.isTTY ? humanLines(process.stdout) : undefined);
  return {
    level,
    ...(out ? { stream: out } : {}),
    redact: {
      paths: [
        "req.headers.authorization",
        "req.headers.cookie",
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        "body.password",
      ],
      censor: REDACTED,
    },
    serializers: {
      req: (request: LoggedRequest) => ({
        method: request.method,
        url: redactUrl(request.url),
        remoteAddress: request.ip,
      }),
    },
  };
}

/** Paths polled by load balancers and monitors: logging each call would drown the rest. */
const quietPaths = /^\/api\/v1\/health(?:[/?]|$)/;

/** One line per answered request (method, redacted URL, status, time), none for health checks. */
export function logRequests(app: FastifyInstance): void {
  app.addHook("onResponse", async (request, reply) => {
    if (quietPaths.test(request.url)) return;
    const responseTime = Math.round(reply.elapsedTime);
    request.log.info({ req: request, res: { statusCode: reply.statusCode }, responseTime }, "request");
  });
}
