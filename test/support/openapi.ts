// The OpenAPI document the app serves, read as tests walk it: its operations, and a plausible
// value for any schema in it. Tests driven by the document cover a new route the day it lands.
import type { TestApp } from "./app.js";

export type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  format?: string;
  pattern?: string;
  minimum?: number;
};
export interface Operation {
  parameters?: { in: string; name: string; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
export interface Document {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

/** The document as the app serves it. */
export async function openApiDocument(t: TestApp): Promise<Document> {
  return (await t.app.inject({ method: "GET", url: "/api/v1/openapi.json" })).json<Document>();
}

/** Every operation of the document: its lower-case method, its path template and itself. */
export function operationsOf(doc: Document): { method: string; path: string; op: Operation }[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ method, path, op })),
  );
}

/** The names of an operation's parameters in `where` (path, query, header). */
export const parametersIn = (op: Operation, where: string): string[] =>
  (op.parameters ?? []).filter((p) => p.in === where).map((p) => p.name);

export function resolve(doc: Document, schema: Schema | undefined): Schema {
  let s = schema ?? {};
  for (let i = 0; s.$ref && i < 10; i++) s = doc.components?.schemas?.[s.$ref.split("/").pop() ?? ""] ?? {};
  const choice = s.anyOf ?? s.oneOf;
  return choice?.[0] ? resolve(doc, choice.find((c) => c.type !== "null") ?? choice[0]) : s;
}

export interface SampleOptions {
  /** The value of every date field. */
  date?: string;
}

/** A plausible value for a schema: its required fields filled, so that a test changes one thing. */
export function sample(
  doc: Document,
  raw: Schema | undefined,
  options: SampleOptions = {},
  depth = 0,
): unknown {
  const s = resolve(doc, raw);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  if (type === "object" || s.properties) {
    if (depth > 4) return {};
    return Object.fromEntries(
      (s.required ?? []).map((key) => [key, sample(doc, s.properties?.[key], options, depth + 1)]),
    );
  }
  if (type === "array") return [];
  if (type === "integer" || type === "number") return s.minimum ?? 1;
  if (type === "boolean") return true;
  if (s.format === "date" || s.pattern?.includes("\\d{4}")) return options.date ?? "2026-03-02";
  if (s.format === "date-time") return "2026-03-02T09:00:00.000Z";
  if (s.format === "email") return "someone@example.test";
  return "Sample text";
}
