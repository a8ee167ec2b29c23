// The real HTTP server on a free local port, over a fresh database, serving the built web app.
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../../src/server/app.js";
import type { Deps } from "../../../src/services/context.js";
import type { DialectName } from "../../../src/store/db.js";
import { freshStore } from "../../support/db.js";
import { builtWebDir } from "./build.js";

export interface ServerOptions {
  /** SQLite unless told; PostgreSQL needs RAPPORT_TEST_DATABASE_URL. */
  dialect?: DialectName;
  /** The server's clock starts here (and stands still) instead of following real time. */
  now?: Date;
}

export interface E2EServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:43817 */
  url: string;
  app: FastifyInstance;
  deps: Deps;
  /** Moves the server's clock (services read `deps.now`); null follows real time again. */
  setNow(date: Date | null): void;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions = {}): Promise<E2EServer> {
  const [webDir, { store, drop }] = await Promise.all([
    builtWebDir(),
    freshStore(options.dialect ?? "sqlite"),
  ]);
  let fixed = options.now ?? null;
  const deps: Deps = { store, now: () => (fixed ? new Date(fixed) : new Date()) };
  const app = await buildApp({ deps, version: "e2e", webDir });
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  return {
    url,
    app,
    deps,
    setNow(date) {
      fixed = date;
    },
    async close() {
      await app.close();
      await drop();
    },
  };
}
