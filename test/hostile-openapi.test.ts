// Every operation of the OpenAPI document, sent hostile input: odd ids, query values, bodies
// (each field in turn given a wrong type or an extreme value), nesting, encodings and headers.
// Nothing may answer a 5xx. The document drives it, so a new route is covered the day it lands.
import { randomUUID } from "node:crypto";
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { newContact, signUp, testApp, type Client, type TestApp } from "./support/app.js";
import {
  openApiDocument,
  operationsOf,
  parametersIn,
  resolve,
  sample,
  type Document,
  type Operation,
} from "./support/openapi.js";

const deep = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

/** Values that break assumptions: wrong types, extremes, NULs, odd dates and numbers. */
const hostileValues: unknown[] = [
  null,
  [],
  {},
  true,
  -1,
  0,
  2147483648,
  1e308,
  -1e308,
  1.5,
  "",
  " ",
  "\u0000",
  "x".repeat(20_000),
  "2026-02-30",
  "9999-12-31T23:59:59.999Z",
  "0000-00-00",
  "not-a-uuid",
  "' or 1=1 --",
  "../../etc/passwd",
  "\ud800",
  "%00",
  JSON.parse(deep(60)) as unknown,
];

const ids = [
  randomUUID(),
  "x",
  "%00",
  "%2e%2e%2f",
  "%ff%fe",
  "a".repeat(300),
  "' or 1=1 --",
  "2147483648",
  "-1",
];
const queryValues = [
  "",
  "x".repeat(5_000),
  "-1",
  "0",
  "2147483648",
  "1e309",
  "%00",
  "%ff",
  "[]",
  "2026-02-30",
  "a,b,c",
];

interface Probe {
  label: string;
  options: InjectOptions;
}

function probesFor(doc: Document, method: string, path: string, op: Operation, base: string): Probe[] {
  const probes: Probe[] = [];
  const pathParams = parametersIn(op, "path");
  const url = (id: string) => path.replace(/\{(\w+)\}/g, () => id);
  const upper = method.toUpperCase() as InjectOptions["method"];
  const target = url(pathParams.length ? (base ?? randomUUID()) : "");
  for (const id of pathParams.length ? ids : []) {
    probes.push({ label: `id ${id.slice(0, 20)}`, options: { method: upper, url: url(id) } });
  }
  for (const param of (op.parameters ?? []).filter((p) => p.in === "query")) {
    for (const value of queryValues) {
      const query = `${encodeURIComponent(param.name)}=${value.startsWith("%") ? value : encodeURIComponent(value)}`;
      probes.push({
        label: `query ${param.name}=${value.slice(0, 20)}`,
        options: { method: upper, url: `${target}?${query}` },
      });
    }
    probes.push({
      label: `query ${param.name} twice`,
      options: { method: upper, url: `${target}?${param.name}=a&${param.name}=b` },
    });
  }
  if ((op.parameters ?? []).some((p) => p.in === "header" && p.name.toLowerCase() === "if-match")) {
    for (const tag of ['W/"1"', '"2147483648"', '"-1"', '"1", "2"', "garbage", '"' + "9".repeat(400) + '"']) {
      probes.push({
        label: `If-Match ${tag.slice(0, 20)}`,
        options: { method: upper, url: target, headers: { "if-match": tag } },
      });
    }
  }
  if (method === "get" || method === "delete") return probes;
  const schema = op.requestBody?.content["application/json"]?.schema;
  const body = (sample(doc, schema) ?? {}) as Record<string, unknown>;
  const json = (payload: string, label: string, contentType = "application/json") =>
    probes.push({
      label,
      options: { method: upper, url: target, payload, headers: { "content-type": contentType } },
    });
  json(deep(100_000), "nested 100,000 deep");
  json(`{"a":${deep(1_000)}}`, "nested in a field");
  json('{"__proto__":{"admin":true}}', "__proto__ key");
  json('{"constructor":{"prototype":{}}}', "constructor key");
  json("{", "truncated JSON");
  json("\u00ff\u00fe", "not UTF-8 JSON");
  json("[]", "an array");
  json('"text"', "a string");
  json("", "empty");
  json(JSON.stringify(body), "as text/plain", "text/plain");
  json(JSON.stringify(body), "as multipart", "multipart/form-data; boundary=x");
  json(JSON.stringify(body), "json with charset latin1", "application/json; charset=latin1");
  json(JSON.stringify({ ...body, unknownField: 1 }), "an unknown field");
  const properties = Object.keys(resolve(doc, schema).properties ?? {});
  for (const key of properties) {
    for (const value of hostileValues) {
      json(JSON.stringify({ ...body, [key]: value }), `${key}=${JSON.stringify(value)?.slice(0, 20)}`);
    }
  }
  return probes;
}

describe.each(dialects)("hostile input over every OpenAPI operation on %s", (dialect) => {
  let t: TestApp;
  let user: Client;
  let doc: Document;
  let contactId: string;
  beforeAll(async () => {
    t = await testApp(dialect);
    user = await signUp(t);
    contactId = await newContact(user);
    doc = await openApiDocument(t);
  });
  afterAll(() => t.close());

  it("never answers a 5xx", async () => {
    const failures: string[] = [];
    let requests = 0;
    for (const { method, path, op } of operationsOf(doc)) {
      for (const probe of probesFor(doc, method, path, op, contactId)) {
        // Signed in with a token: the probes reach validation and the use cases, not just sign-in.
        const headers = { authorization: `Bearer ${user.token}`, ...(probe.options.headers ?? {}) };
        const res = await t.app.inject({ ...probe.options, headers });
        requests++;
        if (res.statusCode >= 500)
          failures.push(
            `${method.toUpperCase()} ${path} ${probe.label}: ${res.statusCode} ${res.body.slice(0, 200)}`,
          );
      }
    }
    console.info(`hostile input on ${dialect}: ${requests} requests, ${failures.length} 5xx`);
    expect(requests).toBeGreaterThan(3_000);
    expect(failures).toEqual([]);
    // Seven thousand requests one after another: on a busy machine with PostgreSQL, minutes.
  }, 600_000);
});
