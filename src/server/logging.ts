// What the request log may hold: never a secret nor a client's words. Invite tokens in paths,
// search text, cursors and tokens in query strings are replaced before a line is written, and
// credential headers are redacted by the logger itself wherever they would appear.
import type { FastifyServerOptions } from "fastify";

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

export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions["logger"] {
  return {
    level,
    ...(stream ? { stream } : {}),
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
