// What Rapport keeps or prints stays private: files for the owner only, no secrets or search
// text in the request log, and paging cursors that reveal nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/server/app.js";
import { backup } from "../src/services/backup.js";
import { createUser } from "../src/services/accounts.js";
import { migrate, openStore } from "../src/store/db.js";
import { dialects, freshStore } from "./support/db.js";
import { newContact, signUp, testApp, type Client, type TestApp } from "./support/app.js";

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

describe("files on disk", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-modes-"));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it("creates the data directory, the database, its WAL and backups for the owner only", async () => {
    const dir = path.join(root, "data");
    const file = path.join(dir, "rapport.db");
    const store = openStore({ kind: "sqlite", file });
    try {
      await migrate(store);
      const deps = { store, now: () => new Date() };
      await createUser(deps, {
        email: "a@example.test",
        password: "a long password",
        name: "A",
        workspace: "W",
      });
      expect(modeOf(dir)).toBe(0o700);
      for (const part of [file, `${file}-wal`, `${file}-shm`]) expect(modeOf(part), part).toBe(0o600);
      for (const format of ["sqlite", "json"] as const) {
        const copy = path.join(root, `backup.${format}`);
        await backup(deps, copy, format);
        expect(modeOf(copy), format).toBe(0o600);
      }
    } finally {
      await store.close();
    }
  });

  it("narrows an existing world-readable database to its owner", async () => {
    const file = path.join(root, "old.db");
    fs.writeFileSync(file, "", { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    const store = openStore({ kind: "sqlite", file });
    await store.close();
    expect(modeOf(file)).toBe(0o600);
  });
});

describe("the request log", () => {
  const lines: string[] = [];
  let t: Awaited<ReturnType<typeof freshStore>>;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    t = await freshStore("sqlite");
    const logStream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
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

  it("holds no invite token, search text, cursor or credential", async () => {
    const secrets = [
      "inviteSecret123",
      "Priya",
      "cursorSecret456",
      "rpt_tokenSecret789",
      "sessionSecret000",
      "feedSecret321",
    ];
    await app.inject({
      method: "POST",
      url: "/api/v1/invites/inviteSecret123/accept",
      payload: { email: "x@example.test", password: "a long password", name: "X" },
    });
    await app.inject({ method: "GET", url: "/join/inviteSecret123" });
    await app.inject({ method: "GET", url: "/api/v1/calendar/feed/feedSecret321.ics" });
    await app.inject({
      method: "GET",
      url: "/api/v1/contacts?q=Priya&cursor=cursorSecret456&limit=5",
      headers: { authorization: "Bearer rpt_tokenSecret789", cookie: "rapport_session=sessionSecret000" },
    });
    const log = lines.join("");
    expect(log).toContain("/api/v1/invites/[redacted]/accept");
    expect(log).toContain("/api/v1/calendar/feed/[redacted]");
    expect(log).toContain("limit=5");
    for (const secret of secrets) expect(log).not.toContain(secret);
  });
});

describe.each(dialects)("paging cursors on %s", (dialect) => {
  let t: TestApp;
  let user: Client;
  beforeAll(async () => {
    t = await testApp(dialect);
    user = await signUp(t);
    for (const name of ["Zelda Hiddenname", "Yusuf Hiddenname", "Xavier Hiddenname"])
      await newContact(user, { name });
  });
  afterAll(() => t.close());

  it("reveal nothing of the row they point at, and still page", async () => {
    const first = await user.request("GET", "/api/v1/contacts?sort=name&limit=1");
    const cursor = first.body.nextCursor as string;
    expect(Buffer.from(cursor, "base64url").toString("latin1")).not.toMatch(/Hiddenname|Xavier/);
    const second = await user.request("GET", `/api/v1/contacts?sort=name&limit=1&cursor=${cursor}`);
    expect(second.body.items[0].name).toBe("Yusuf Hiddenname");
  });

  it("refuses a cursor that was altered or made up", async () => {
    const first = await user.request("GET", "/api/v1/contacts?sort=name&limit=1");
    const bytes = Buffer.from(first.body.nextCursor as string, "base64url");
    bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 1;
    const forged = Buffer.from(JSON.stringify(["Xavier Hiddenname", "0"])).toString("base64url");
    for (const cursor of [bytes.toString("base64url"), forged]) {
      const res = await user.request("GET", `/api/v1/contacts?sort=name&limit=1&cursor=${cursor}`);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: "cursor", message: "unknown cursor" }]);
    }
  });
});
