// Serves the web app (built by Vite into dist/web) at /, with deep links answered by index.html.
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** dist/web under the package root: the same two levels up from src/server and from dist/server. */
export const defaultWebDir = fileURLToPath(new URL("../../dist/web", import.meta.url));

const NOT_BUILT = "The web app is not built yet: run `npm run build` (or `npm start`), then reload.\n";

// Vite names everything under assets/ by content hash, so a name never changes meaning.
const IMMUTABLE = "public, max-age=31536000, immutable";

export interface WebApp {
  /** Answers a browser's request for an unknown path with the app, whose router shows the page. */
  sendIndex(reply: FastifyReply): FastifyReply;
}

export async function registerWeb(app: FastifyInstance, webDir: string): Promise<WebApp> {
  if (!existsSync(path.join(webDir, "index.html"))) {
    const sendIndex = (reply: FastifyReply) =>
      reply.status(503).type("text/plain; charset=utf-8").send(NOT_BUILT);
    app.get("/", { schema: { hide: true } }, (_request, reply) => sendIndex(reply));
    return { sendIndex };
  }
  await app.register(fastifyStatic, {
    root: webDir,
    prefix: "/",
    cacheControl: false,
    setHeaders(res, file) {
      const inAssets = path.relative(webDir, file).startsWith(`assets${path.sep}`);
      res.setHeader("cache-control", inAssets ? IMMUTABLE : "no-cache");
    },
  });
  return { sendIndex: (reply) => reply.sendFile("index.html") };
}

/** A page load the app's router should answer: a browser GET outside the API. */
export function isDeepLink(request: FastifyRequest): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (/^\/api(\/|\?|$)/.test(request.url)) return false;
  return request.headers.accept?.includes("text/html") ?? false;
}
