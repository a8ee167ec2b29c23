// An in-process app on a fresh database, and users with their own tokens. No shared state.
import type { FastifyInstance, InjectOptions } from "fastify";
import { buildApp } from "../../src/server/app.js";
import { createUser } from "../../src/services/accounts.js";
import type { Deps } from "../../src/services/context.js";
import { createToken } from "../../src/services/tokens.js";
import type { DialectName } from "../../src/store/db.js";
import { freshStore } from "./db.js";

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  close(): Promise<void>;
}

export async function testApp(dialect: DialectName, now: () => Date = () => new Date()): Promise<TestApp> {
  const { store, drop } = await freshStore(dialect);
  const deps: Deps = { store, now };
  const app = await buildApp({ deps, version: "test" });
  await app.ready();
  return {
    app,
    deps,
    async close() {
      await app.close();
      await drop();
    },
  };
}

export interface Client {
  userId: string;
  workspaceId: string;
  token: string;
  request(
    method: InjectOptions["method"],
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Reply>;
}

export interface Reply {
  status: number;
  headers: Record<string, unknown>;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read JSON freely
}

let counter = 0;

/** A new user with a token, in a workspace of their own (or a named shared one). */
export async function signUp(
  t: TestApp,
  workspace = `Team ${++counter}`,
  name = `User ${++counter}`,
): Promise<Client> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${counter}@example.test`;
  const { actor } = await createUser(t.deps, { email, password: "correct horse battery", name, workspace });
  const { token } = await createToken(t.deps, actor, "test");
  return {
    userId: actor.userId,
    workspaceId: actor.workspaceId,
    token,
    async request(method, url, body, headers = {}) {
      const res = await t.app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${token}`, ...headers },
        ...(body === undefined ? {} : { payload: body as InjectOptions["payload"] }),
      });
      const text = res.body;
      return {
        status: res.statusCode,
        headers: res.headers,
        body: text ? (JSON.parse(text) as unknown) : null,
      };
    },
  };
}
