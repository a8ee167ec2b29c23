// Responses are written by schemas compiled once (fast-json-stringify), not parsed by zod: valid
// values come out as a zod parse would write them, unlisted fields never leave, and a value the
// schema cannot hold becomes a logged 500 rather than a malformed answer.
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { buildApp } from "../src/server/app.js";
import { serializerCompiler } from "../src/server/serializers.js";
import { freshStore } from "./support/db.js";

const person = z.object({ id: z.string(), name: z.string() }).meta({ id: "SerializerTestPerson" });
const event = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("call"), minutes: z.number().int() }),
  z.object({ kind: z.literal("note"), text: z.string() }),
]);
const sample = z.object({
  at: z.iso.datetime(),
  day: z.string().nullable(),
  count: z.number().int(),
  ratio: z.number().nullable(),
  done: z.boolean(),
  owner: person,
  tags: z.array(z.string()),
  labels: z.record(z.string(), z.string()),
  totals: z.record(z.string(), z.number()),
  bound: z.union([z.iso.date(), z.iso.datetime()]).optional(),
  events: z.array(event),
  stage: z.enum(["prospect", "client"]).nullable(),
});
type Sample = z.infer<typeof sample>;

const valid: Sample = {
  at: "2025-03-01T09:30:00.000Z",
  day: null,
  count: 3,
  ratio: 0.25,
  done: false,
  owner: { id: "u1", name: "Ada" },
  tags: ["math", 'é " \\ \n'],
  labels: { home: "+33 1 23", 'odd key "': "x" },
  totals: {},
  events: [
    { kind: "call", minutes: 12 },
    { kind: "note", text: "asked about the recital" },
  ],
  stage: "client",
};

const write = serializerCompiler({ schema: sample });

describe("a response written by its compiled schema", () => {
  it.each([
    ["every kind of field set", valid],
    ["optional fields present, nullable fields filled", { ...valid, day: "2025-03-02", bound: "2025-03-02" }],
    [
      "nulls where allowed, empty lists and maps",
      { ...valid, ratio: null, stage: null, tags: [], events: [] },
    ],
    ["a record with several entries", { ...valid, totals: { give: 2, ask: 1.5 } }],
  ] as const)("reads back as a zod parse would write it: %s", (_name, value) => {
    // Required fields come first, then optional ones: the same JSON, perhaps in another order.
    expect(JSON.parse(write(value))).toStrictEqual(JSON.parse(JSON.stringify(sample.parse(value))));
  });

  it("never writes a field its schema does not list, at any depth", () => {
    const leaky = {
      ...valid,
      passwordHash: "secret",
      owner: { ...valid.owner, email: "secret@example.com" },
      events: [{ kind: "note", text: "hi", internal: "secret" }],
    };
    const out = write(leaky);
    expect(out).not.toContain("secret");
    expect(JSON.parse(out)).toEqual(sample.parse(leaky));
  });

  it.each([
    ["a required field is missing", { ...valid, count: undefined }],
    ["text where a number is due", { ...valid, count: "many" }],
    ["a value no member of a union matches", { ...valid, events: [{ kind: "email" }] }],
    ["a number where a nullable text is due", { ...valid, day: 7 }],
  ])("refuses to write it when %s", (_name, value) => {
    expect(() => write(value)).toThrow();
  });

  it("writes a scalar of the wrong type as the declared type, so clients read what the document promises", () => {
    const out = JSON.parse(write({ ...valid, owner: { id: 42, name: "Ada" }, count: "7" })) as Sample;
    expect(out.owner.id).toBe("42");
    expect(out.count).toBe(7);
  });

  it("compiles each schema once, however many routes share it", () => {
    expect(serializerCompiler({ schema: sample })).toBe(write);
    expect(serializerCompiler({ schema: { properties: sample } })).toBe(write);
  });
});

describe("a handler's answer its schema cannot hold, over HTTP", () => {
  const lines: string[] = [];
  let t: Awaited<ReturnType<typeof freshStore>>;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    t = await freshStore("sqlite");
    const logStream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split("\n").filter(Boolean));
        done();
      },
    });
    app = await buildApp({
      deps: { store: t.store, now: () => new Date() },
      version: "test",
      logLevel: "error",
      logStream,
    });
    // A route added to the real app, as a broken handler would be.
    app.get("/api/v1/broken", { config: { public: true }, schema: { response: { 200: sample } } }, () => ({
      ...valid,
      count: "many",
    }));
  });
  afterAll(async () => {
    await app.close();
    await t.drop();
  });

  it("answers a 500 problem, logs the cause and sends none of the value", async () => {
    const res = await app.inject({ method: "GET", url: "/api/v1/broken" });
    expect(res.statusCode).toBe(500);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 500, code: "internal" });
    expect(res.body).not.toContain("recital");
    expect(lines.some((line) => line.includes("cannot be converted"))).toBe(true);
  });
});
