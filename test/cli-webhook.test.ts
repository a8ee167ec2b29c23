// `rapport webhook add|list|remove` as a subprocess, on each database.
import { afterAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { cliWorkspace, rapport, removeFreshDirs } from "./support/cli.js";

afterAll(removeFreshDirs);

describe.each(dialects)("rapport webhook on %s", (dialect) => {
  it("adds a webhook printing its secret once, lists it, removes it, and refuses a bad URL or event", async () => {
    const { where, drop } = await cliWorkspace(dialect);
    try {
      const added = await rapport(
        [
          "webhook",
          "add",
          "https://example.com/hooks",
          "--events",
          "touch.created,contact.created",
          "--json",
        ],
        where,
      );
      expect(added.code, added.stderr).toBe(0);
      const { id, secret } = JSON.parse(added.stdout) as { id: string; secret: string };
      expect(secret).toMatch(/^whsec_/);

      const [listed, bad] = await Promise.all([
        rapport(["webhook", "list"], where),
        rapport(["webhook", "add", "ftp://example.com/", "--events", "touch.exploded"], where),
      ]);
      expect(listed.stdout).toBe(`https://example.com/hooks · touch.created, contact.created · ${id}\n`);
      expect(listed.stdout).not.toContain(secret);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain("--url");
      expect(bad.stderr).toContain("--events");

      const removed = await rapport(["webhook", "remove", id], where);
      expect(removed.code, removed.stderr).toBe(0);
      expect((await rapport(["webhook", "list"], where)).stdout).toBe("No webhooks.\n");
    } finally {
      await drop();
    }
  });
});
