// Logs apart from people: one JSON line per request at most, none for health checks, and a short
// readable line when a person watches the terminal.
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/server/app.js";
import { humanLine, humanLines } from "../src/server/logging.js";
import { freshStore } from "./support/db.js";

describe("the request log", () => {
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
      logLevel: "info",
      logStream,
    });
  });
  afterAll(async () => {
    await app.close();
    await t.drop();
  });

  it("writes one JSON line per request, and none for health checks", async () => {
    lines.length = 0;
    await app.inject({ method: "GET", url: "/api/v1/health" });
    await app.inject({ method: "GET", url: "/api/v1/contacts?limit=5" });
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!);
    expect(record).toMatchObject({
      level: 30,
      msg: "request",
      req: { method: "GET", url: "/api/v1/contacts?limit=5" },
      res: { statusCode: 401 },
    });
    expect(record.responseTime).toEqual(expect.any(Number));
  });

  it("reads as one short line on a terminal", () => {
    const line = JSON.stringify({
      level: 30,
      time: Date.UTC(2026, 2, 10, 9, 14, 3),
      msg: "request",
      req: { method: "GET", url: "/api/v1/agenda" },
      res: { statusCode: 200 },
      responseTime: 4,
    });
    expect(humanLine(line)).toBe("09:14:03 INFO GET /api/v1/agenda 200 4 ms");
    const failed = JSON.stringify({ level: 50, time: 0, msg: "unhandled error", err: { message: "boom" } });
    expect(humanLine(failed)).toBe("00:00:00 ERROR unhandled error — boom");
    expect(humanLine("not json")).toBe("not json");
    const out: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        out.push(chunk.toString());
        done();
      },
    });
    humanLines(sink).write(`${line}\n${line}\n`);
    expect(out).toEqual([
      "09:14:03 INFO GET /api/v1/agenda 200 4 ms\n",
      "09:14:03 INFO GET /api/v1/agenda 200 4 ms\n",
    ]);
  });
});
