import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backup, restore } from "../src/services/backup.js";
import { readSnapshot } from "../src/store/backup.js";
import { dialects, freshStore } from "./support/db.js";
import { signUp, testApp, type TestApp } from "./support/app.js";

describe.each(dialects)("backup and restore on %s", (dialect) => {
  let t: TestApp;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapport-backup-"));

  beforeAll(async () => {
    t = await testApp(dialect);
    const a = await signUp(t);
    const b = await signUp(t);
    const org = await a.request("POST", "/api/v1/organizations", { name: "Cedar Lane Bakery" });
    await a.request("POST", "/api/v1/contacts", {
      name: "Rosa Díaz",
      emails: ["rosa@example.com"],
      organizationId: org.body.id,
      tags: ["bread", "weekly"],
      birthday: "--03-09",
    });
    await b.request("POST", "/api/v1/contacts", { name: "Tom O'Neil", stage: "client", cadenceDays: 30 });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const formats = dialect === "sqlite" ? (["sqlite", "json"] as const) : (["json"] as const);

  it.each(formats)("restores a %s backup into an empty database without losing a row", async (format) => {
    const file = path.join(dir, `backup.${format}`);
    const before = await readSnapshot(t.deps.store);
    const result = await backup(t.deps, file, format);
    expect(result.rows).toBeGreaterThan(5);

    const target = await freshStore(dialect);
    try {
      const restored = await restore({ store: target.store, now: () => new Date() }, file);
      expect(restored.rows).toBe(result.rows);
      expect(await readSnapshot(target.store)).toEqual(before);
    } finally {
      await target.drop();
    }
  });

  it.runIf(dialect === "sqlite")("counts the rows in the copy, not those written after it", async () => {
    const sqlite = t.deps.store.sqlite!;
    const copy = sqlite.backup.bind(sqlite);
    // A write landing right after the copy, as a busy server's would.
    sqlite.backup = async (...args) => {
      const done = await copy(...args);
      await signUp(t);
      return done;
    };
    try {
      const file = path.join(dir, "busy.sqlite");
      const result = await backup(t.deps, file, "sqlite");
      const target = await freshStore(dialect);
      try {
        expect((await restore({ store: target.store, now: () => new Date() }, file)).rows).toBe(result.rows);
      } finally {
        await target.drop();
      }
    } finally {
      sqlite.backup = copy;
    }
  });

  it("backs up as a SQLite file when the database can copy itself, as JSON otherwise", async () => {
    const file = path.join(dir, "default.backup");
    const result = await backup(t.deps, file);
    expect(result.format).toBe(dialect === "sqlite" ? "sqlite" : "json");
    await expect(restore(t.deps, file, { force: true })).resolves.toMatchObject({ format: result.format });
  });

  it.runIf(dialect !== "sqlite")(
    "refuses a SQLite file backup of a database that cannot copy itself",
    async () => {
      await expect(backup(t.deps, path.join(dir, "copy.sqlite"), "sqlite")).rejects.toMatchObject({
        code: "invalid",
        issues: [{ field: "format" }],
      });
    },
  );

  it("refuses to restore over existing data unless forced", async () => {
    const file = path.join(dir, "again.json");
    await backup(t.deps, file, "json");
    await expect(restore(t.deps, file)).rejects.toMatchObject({ code: "conflict" });
    await expect(restore(t.deps, file, { force: true })).resolves.toMatchObject({ format: "json" });
  });

  it("rejects a file that is not a backup", async () => {
    const file = path.join(dir, "nonsense.json");
    fs.writeFileSync(file, '{"hello": "world"}');
    await expect(restore(t.deps, file, { force: true })).rejects.toMatchObject({ code: "invalid" });
  });
});
