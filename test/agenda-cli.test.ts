// `rapport agenda --all` prints every later item, following the pages the agenda now answers in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDueContacts } from "./support/agenda.js";
import { cliWorkspace, rapport, removeFreshDirs, type CliWorkspace } from "./support/cli.js";
import { dialects } from "./support/db.js";

describe.each(dialects)("rapport agenda with many later items on %s", (dialect) => {
  let w: CliWorkspace;

  beforeAll(async () => {
    w = await cliWorkspace(dialect);
    // Added years ago and never touched: due whatever day the test runs.
    await seedDueContacts(w.deps.store.db, w.owner.actor, 300, "2020-01-01T09:00:00.000Z");
  });
  afterAll(async () => {
    await w?.drop();
    removeFreshDirs();
  });

  it("counts every later item, and lists them all with --all", async () => {
    const [day, all, json] = await Promise.all([
      rapport(["agenda"], w.where),
      rapport(["agenda", "--all"], w.where),
      rapport(["agenda", "--all", "--json"], w.where),
    ]);
    expect(day.stdout).toContain("Later: 285 more due (see them with --all).");
    expect(all.stdout).toContain("285 more due later.");
    expect(all.stdout).toMatch(/^300\. Client 00299 — /m);
    const view = JSON.parse(json.stdout);
    expect(view).toMatchObject({ laterTotal: 285, laterCursor: null });
    expect(new Set(view.later.map((i: { contactId: string }) => i.contactId)).size).toBe(285);
  });
});
