// The six routes every stored resource has (list, create, read, update, archive, restore),
// written once. A resource file states its schemas and use cases; this wires them to HTTP.
import type { z } from "zod";
import type { Actor } from "../services/context.js";
import type { FastifyInstance, FastifySchema } from "fastify";
import { actorOf } from "./auth.js";
import { expectedVersion, ifMatchHeaders, setEtag } from "./etag.js";
import { idParams, pageOf } from "../contract/common.js";

interface Versioned {
  id: string;
  version: number;
}

export interface ResourceDefinition<
  Item extends z.ZodType,
  Create extends z.ZodType,
  Update extends z.ZodType,
  Query extends z.ZodType,
> {
  /** Collection path under /api/v1, e.g. `/contacts`. */
  path: string;
  tag: string;
  noun: string;
  schemas: { item: Item; create: Create; update: Update; listQuery: Query };
  list(actor: Actor, query: z.output<Query>): Promise<{ items: Versioned[]; nextCursor: string | null }>;
  create(actor: Actor, body: z.output<Create>): Promise<Versioned>;
  get(actor: Actor, id: string): Promise<Versioned>;
  update(actor: Actor, id: string, body: z.output<Update>, version?: number): Promise<Versioned>;
  setArchived(actor: Actor, id: string, archived: boolean, version?: number): Promise<Versioned>;
  /** The largest create or update body, when larger than any JSON body (`bodyLimits` in bodies.ts). */
  bodyLimit?: number;
  /** Create and update may answer 409: their use case refuses some states (e.g. an archived contact). */
  conflicts?: boolean;
  /** Also list at `/contacts/{id}{path}`: the contact's own (404 if the contact is not ours). */
  byContact?: (
    actor: Actor,
    contactId: string,
    query: z.output<Query>,
  ) => Promise<{ items: Versioned[]; nextCursor: string | null }>;
}

// Generic over many schemas, so route types are erased here; each part is still validated.
const schema = (s: FastifySchema) => s;

export function registerResource<
  Item extends z.ZodType,
  Create extends z.ZodType,
  Update extends z.ZodType,
  Query extends z.ZodType,
>(api: FastifyInstance, def: ResourceDefinition<Item, Create, Update, Query>) {
  const { path, tag, noun, schemas } = def;
  const one = `${path}/:id`;
  const tags = [tag];
  const item = schemas.item;
  // The validator compiler has already parsed each part with these schemas.
  const query = (req: { query: unknown }) => req.query as z.output<Query>;
  const body = <S extends z.ZodType>(req: { body: unknown }) => req.body as z.output<S>;
  const id = (req: { params: unknown }) => (req.params as { id: string }).id;
  const config: { problems?: readonly 409[] } = def.conflicts ? { problems: [409] } : {};
  const { bodyLimit } = def;

  api.get(
    path,
    {
      schema: schema({
        tags,
        summary: `List ${tag}`,
        querystring: schemas.listQuery,
        response: { 200: pageOf(item) },
      }),
    },
    (req) => def.list(actorOf(req), query(req)),
  );
  if (def.byContact) {
    const byContact = def.byContact;
    api.get(
      `/contacts/:id${path}`,
      {
        schema: schema({
          tags,
          summary: `List a contact's ${tag}`,
          params: idParams,
          querystring: schemas.listQuery,
          response: { 200: pageOf(item) },
        }),
      },
      (req) => byContact(actorOf(req), id(req), query(req)),
    );
  }
  api.post(
    path,
    {
      schema: schema({ tags, summary: `Create a ${noun}`, body: schemas.create, response: { 201: item } }),
      config,
      bodyLimit,
    },
    async (req, reply) => {
      const saved = await def.create(actorOf(req), body<Create>(req));
      setEtag(reply, saved.version);
      void reply.header("location", `/api/v1${path}/${saved.id}`);
      return reply.status(201).send(saved);
    },
  );
  api.get(
    one,
    { schema: schema({ tags, summary: `Read a ${noun}`, params: idParams, response: { 200: item } }) },
    async (req, reply) => {
      const found = await def.get(actorOf(req), id(req));
      setEtag(reply, found.version);
      return found;
    },
  );
  api.patch(
    one,
    {
      schema: schema({
        tags,
        summary: `Update a ${noun} (send If-Match with its ETag to avoid overwriting a change made meanwhile)`,
        params: idParams,
        body: schemas.update,
        headers: ifMatchHeaders,
        response: { 200: item },
      }),
      config,
      bodyLimit,
    },
    async (req, reply) => {
      const saved = await def.update(actorOf(req), id(req), body<Update>(req), expectedVersion(req));
      setEtag(reply, saved.version);
      return saved;
    },
  );
  for (const [method, url, archived, summary] of [
    ["delete", one, true, `Archive a ${noun}`],
    ["post", `${one}/restore`, false, `Restore an archived ${noun}`],
  ] as const) {
    api[method](
      url,
      {
        schema: schema({ tags, summary, params: idParams, headers: ifMatchHeaders, response: { 200: item } }),
      },
      async (req, reply) => {
        const saved = await def.setArchived(actorOf(req), id(req), archived, expectedVersion(req));
        setEtag(reply, saved.version);
        return saved;
      },
    );
  }
}
