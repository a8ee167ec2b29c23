// Responses are written by fast-json-stringify (Fastify's own serializer) from each route's zod
// schema, turned into JSON Schema and compiled once, instead of a zod parse per response.
// A field the schema does not list is never written; a value the schema cannot hold (a required
// field missing, text where a number is due, no member of a union matching) throws, which the error
// handler turns into a logged 500. Scalars are coerced to the declared type (a number where text is
// due is written as text), so a client always reads the types the API document promises; the
// handlers' return types are checked against the same schemas when compiling.
import fastJson from "fast-json-stringify";
import { z } from "zod";

type Serialize = (data: unknown) => string;

/**
 * zod closes its output objects (`additionalProperties: false`); fast-json-stringify leaves out
 * unlisted fields without it, and with it Ajv would refuse a union member holding an extra field
 * where zod's parse stripped it.
 */
const open = (schema: object): object =>
  JSON.parse(JSON.stringify(schema), (key, value: unknown) =>
    key === "additionalProperties" && value === false ? undefined : value,
  ) as object;

const asJsonSchema = (schema: z.ZodType) =>
  open(
    z.toJSONSchema(schema, {
      io: "output",
      // fast-json-stringify resolves `definitions` and checks union members with Ajv's draft-07.
      target: "draft-7",
      // A transform's output has no JSON Schema; written as JSON.stringify writes it.
      unrepresentable: "any",
      cycles: "ref",
      reused: "inline",
    }),
  );

/** Compiled per schema object: routes share item and problem schemas, and tests build many apps. */
const compiled = new WeakMap<z.ZodType, Serialize>();

/** The zod schema of a route's response, as declared directly or as `{ properties: schema }`. */
function zodSchemaOf(schema: unknown): z.ZodType {
  if (schema instanceof z.ZodType) return schema;
  const properties = (schema as { properties?: unknown } | null)?.properties;
  if (properties instanceof z.ZodType) return properties;
  throw new Error(`A response schema must be a zod schema: ${JSON.stringify(schema)}`);
}

/** Fastify's serializer compiler: one compiled writer per response schema. */
export function serializerCompiler({ schema }: { schema: unknown }): Serialize {
  const zodSchema = zodSchemaOf(schema);
  let serialize = compiled.get(zodSchema);
  if (!serialize) {
    serialize = fastJson(asJsonSchema(zodSchema) as fastJson.AnySchema) as Serialize;
    compiled.set(zodSchema, serialize);
  }
  return serialize;
}
