// An in-process app on a fresh database, users with their own tokens, and helpers that create and
// list through the API as a client would. No shared state.
import type { AddressInfo } from "node:net";
import type { FastifyInstance, InjectOptions } from "fastify";
import { expect } from "vitest";
import { buildApp } from "../../src/server/app.js";
import type { AppOptions } from "../../src/server/options.js";
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

export async function testApp(
  dialect: DialectName,
  now: () => Date = () => new Date(),
  options: Partial<AppOptions> = {},
): Promise<TestApp> {
  const { store, drop } = await freshStore(dialect);
  const deps: Deps = { store, now };
  const app = await buildApp({ deps, version: "test", ...options });
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

/** Serves the app on a free loopback port, for tests that need a real socket; answers the port. */
export async function listen(t: TestApp): Promise<number> {
  await t.app.listen({ port: 0, host: "127.0.0.1" });
  return (t.app.server.address() as AddressInfo).port;
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

export type Body = Record<string, unknown>;

export interface SignUpOptions {
  /** A named workspace to share; a new one of their own by default. */
  workspace?: string;
  name?: string;
  /** An IANA zone; the account default (UTC) when absent. */
  timeZone?: string;
}

let counter = 0;

/** A new user with a token, in a workspace of their own (or a named shared one), in UTC unless told. */
export function signUp(t: TestApp, options?: SignUpOptions): Promise<Client>;
export function signUp(t: TestApp, workspace?: string, name?: string): Promise<Client>;
export async function signUp(
  t: TestApp,
  first: string | SignUpOptions = {},
  second?: string,
): Promise<Client> {
  const options = typeof first === "string" ? { workspace: first, name: second } : first;
  const { workspace = `Team ${++counter}`, name = `User ${++counter}`, timeZone } = options;
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${counter}@example.test`;
  const { actor } = await createUser(t.deps, {
    email,
    password: "correct horse battery",
    name,
    workspace,
    timeZone,
  });
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

/** POSTs `body` to `path`, expects 201 and returns what was created. */
export async function created(client: Client, path: string, body: Body): Promise<Reply["body"]> {
  const res = await client.request("POST", path, body);
  expect(res.status, `POST ${path} ${JSON.stringify(body)}: ${JSON.stringify(res.body)}`).toBe(201);
  return res.body;
}

/** A new contact (Priya Shah unless `body` says otherwise); returns its id. */
export async function newContact(client: Client, body: Body = {}): Promise<string> {
  return (await created(client, "/api/v1/contacts", { name: "Priya Shah", ...body })).id as string;
}

/** Logs an outbound call (unless `extra` says otherwise) with one contact; returns the touch. */
export function newTouch(
  client: Client,
  contactId: string,
  occurredAt: string,
  intent: string,
  extra: Body = {},
): Promise<Reply["body"]> {
  return created(client, "/api/v1/touches", {
    contactId,
    occurredAt,
    intent,
    channel: "call",
    direction: "outbound",
    ...extra,
  });
}

/** Every item of a listing, following `nextCursor`; `url` already has a query string. */
export async function pageThrough<T = Reply["body"]>(client: Client, url: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page = await client.request("GET", `${url}${cursor ? `&cursor=${cursor}` : ""}`);
    items.push(...(page.body.items as T[]));
    cursor = page.body.nextCursor as string | null;
  } while (cursor);
  return items;
}

/** The session cookie a sign-in set, as a `cookie` request header. */
export function cookieOf(res: { headers: Record<string, unknown> }): string {
  const raw = res.headers["set-cookie"];
  const first = Array.isArray(raw) ? String(raw[0]) : String(raw);
  return first.split(";")[0]!;
}
