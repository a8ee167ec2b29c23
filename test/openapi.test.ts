import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { problem } from "../src/contract/problem.js";
import { newContact, signUp, testApp, type Client, type TestApp } from "./support/app.js";

interface Operation {
  parameters?: { in: string; name: string }[];
  requestBody?: object;
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
}

// What the use cases add beyond what a route's shape implies (read from the services).
const conflicts = new Set([
  "POST /api/v1/setup",
  "POST /api/v1/invites/{token}/accept",
  // A touch on an archived contact is refused.
  "POST /api/v1/touches",
  "POST /api/v1/touches/check",
  "PATCH /api/v1/touches/{id}",
]);
// Reads only owners may make.
const ownersOnly = new Set([
  "GET /api/v1/webhooks",
  "GET /api/v1/webhooks/{id}",
  "GET /api/v1/notifications",
]);
const rateLimited = new Set(["POST /api/v1/auth/login", "POST /api/v1/invites/{token}/accept"]);

/** The problems an operation can give, judged from the document alone. */
function expectedProblems(method: string, path: string, op: Operation): number[] {
  const key = `${method.toUpperCase()} ${path}`;
  const writes = method !== "get";
  const headers = (op.parameters ?? []).filter((p) => p.in === "header").map((p) => p.name.toLowerCase());
  return [
    ...(writes || op.requestBody || (op.parameters ?? []).length > 0 ? [400] : []),
    401,
    ...(writes || ownersOnly.has(key) ? [403] : []),
    ...(/\{(id|\w+Id)\}/.test(path) ? [404] : []),
    ...(conflicts.has(key) ? [409] : []),
    ...(headers.includes("if-match") ? [412] : []),
    ...(rateLimited.has(key) ? [429] : []),
  ];
}

describe("the OpenAPI document on sqlite", () => {
  let t: TestApp;
  let doc: Document;
  beforeAll(async () => {
    t = await testApp("sqlite");
    doc = (await t.app.inject({ method: "GET", url: "/api/v1/openapi.json" })).json<Document>();
  });
  afterAll(() => t.close());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ method, path, op })),
    );

  it("is a valid OpenAPI 3.1 document", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/v1/openapi.json" });
    const result = await new Validator().validate(res.json());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("lists every API route the server answers", () => {
    const documented = new Set(operations().map(({ method, path }) => `${method.toUpperCase()} ${path}`));
    const served = t.app.routeTable
      .filter((r) => r.url.startsWith("/api/v1/") && r.method !== "HEAD" && r.url !== "/api/v1/openapi.json")
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, "{$1}")}`);
    expect(served.length).toBeGreaterThan(20);
    for (const route of served) expect(documented, route).toContain(route);
  });

  it("declares on every operation the problems its route can give, and only those", () => {
    expect(operations().length).toBeGreaterThan(80);
    for (const { method, path, op } of operations()) {
      const declared = Object.keys(op.responses)
        .map(Number)
        .filter((status) => status >= 400);
      expect(declared, `${method.toUpperCase()} ${path}`).toEqual(expectedProblems(method, path, op));
    }
  });

  it("declares the file an upload takes, raw or as the form field `file`", () => {
    for (const path of ["/api/v1/imports", "/api/v1/imports/inspect"]) {
      const body = doc.paths[path]?.post?.requestBody as {
        required: boolean;
        content: Record<string, { schema: { type: string; format?: string; required?: string[] } }>;
      };
      expect(body.required, path).toBe(true);
      expect(body.content["multipart/form-data"]?.schema.required, path).toEqual(["file"]);
      for (const type of ["text/csv", "text/vcard", "application/json"])
        expect(body.content[type]?.schema, `${path} ${type}`).toMatchObject({
          type: "string",
          format: "binary",
        });
    }
  });

  it("describes every problem as application/problem+json with the one Problem schema", () => {
    for (const { method, path, op } of operations()) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        expect(response.content, `${method} ${path} ${status}`).toEqual({
          "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } },
        });
      }
    }
  });

  describe("answers its failures as declared", () => {
    let client: Client;
    beforeAll(async () => {
      client = await signUp(t);
    });

    /** The answer is a declared problem of that operation, with exactly the Problem's fields. */
    function expectDeclared(
      path: string,
      method: string,
      res: { status: number; headers: object; body: unknown },
    ) {
      const declared = Object.keys(doc.paths[path]?.[method]?.responses ?? {});
      expect(declared, `${method} ${path}`).toContain(String(res.status));
      expect((res.headers as Record<string, string>)["content-type"]).toMatch(/^application\/problem\+json/);
      expect(() => problem.strict().parse(res.body)).not.toThrow();
    }

    it("refuses an invalid, a missing and a stale contact with problems the operations declare", async () => {
      const id = await newContact(client);
      const path = "/api/v1/contacts/{id}";
      const invalid = await client.request("PATCH", `/api/v1/contacts/${id}`, { name: "" });
      expect(invalid.status).toBe(400);
      expect(invalid.body.errors).toEqual([expect.objectContaining({ field: "name" })]);
      expectDeclared(path, "patch", invalid);
      const missing = await client.request("GET", "/api/v1/contacts/nobody");
      expect(missing.status).toBe(404);
      expectDeclared(path, "get", missing);
      await client.request("PATCH", `/api/v1/contacts/${id}`, { name: "Priya S." });
      const stale = await client.request("DELETE", `/api/v1/contacts/${id}`, undefined, {
        "if-match": '"1"',
      });
      expect(stale.status).toBe(412);
      expectDeclared(path, "delete", stale);
    });

    it("refuses a caller without a token, and a second setup, with declared problems", async () => {
      const anonymous = await t.app.inject({ method: "GET", url: "/api/v1/agenda" });
      expect(anonymous.statusCode).toBe(401);
      expectDeclared("/api/v1/agenda", "get", {
        ...anonymous,
        status: anonymous.statusCode,
        body: anonymous.json(),
      });
      const setup = await t.app.inject({
        method: "POST",
        url: "/api/v1/setup",
        payload: {
          email: "late@example.test",
          password: "a long enough password",
          name: "Late",
          workspaceName: "Late",
        },
      });
      expect(setup.statusCode).toBe(409);
      expectDeclared("/api/v1/setup", "post", { ...setup, status: setup.statusCode, body: setup.json() });
    });
  });
});
