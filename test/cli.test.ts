// The real `rapport` command as a subprocess, on SQLite in a fresh data directory per run.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDir, rapport, removeFreshDirs } from "./support/cli.js";

const friendly =
  "Hi Sam, it was lovely to hear about your trip to Lisbon.\nHow did the kids find it? " +
  "Could we have a coffee next Tuesday at 10?";
const pushy = "Hi Sam,\njust checking in! This offer expires Friday, so sign today.";

afterAll(removeFreshDirs);

describe("rapport coach and rapport matters, without a database", () => {
  it("exits 0 for a friendly draft, 1 for a pushy one, 2 for an unknown kind, and opens no database", async () => {
    const dir = freshDir();
    const [ok, bad, json, usage] = await Promise.all([
      rapport(["coach", "--kind", "message"], dir, friendly),
      rapport(["coach", "-"], dir, pushy),
      rapport(["coach", "--json"], dir, pushy),
      rapport(["coach", "--kind", "fax"], dir, friendly),
    ]);
    expect(ok).toMatchObject({ code: 0, stderr: "" });
    expect(ok.stdout).toContain("0 errors");
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^2:1 {2}warning {2}chaser {2}"just checking in"$/m);
    expect(bad.stdout).toMatch(/^2:\d+ {2}error {2}pressure {2}"sign today"$/m);
    expect(bad.stdout).toMatch(/^\d+ errors?, \d+ warnings?, \d+ infos?$/m);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(Object.keys(report)).toEqual(["findings", "summary"]);
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(report.findings[0]).toEqual({
      rule: expect.any(String),
      severity: expect.any(String),
      start: expect.any(Number),
      end: expect.any(Number),
      excerpt: expect.any(String),
      message: expect.any(String),
      suggestion: expect.any(String),
    });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--kind");
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("proposes the graduation as a matter dated from --on, as text and as JSON", async () => {
    const dir = freshDir();
    const note = "Lovely call with Ana. Her son's graduation is next Friday. She prefers tea over coffee.";
    const [text, json] = await Promise.all([
      rapport(["matters", "--on", "2026-03-10"], dir, note),
      rapport(["matters", "-", "--on", "2026-03-10", "--json"], dir, note),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Son's graduation (celebration): on 2026-03-20");
    expect(text.stdout).toContain("Prefers tea over coffee (preference)");
    expect(json.code).toBe(0);
    const found = JSON.parse(json.stdout);
    expect(found.on).toBe("2026-03-10");
    expect(found.matters).toMatchObject([{ summary: "Son's graduation", eventOn: "2026-03-20" }]);
    expect(found.matters[0].followUpOn > "2026-03-20").toBe(true);
  });
});

describe("rapport migrate", () => {
  it("reports the migrations it applied to a new database, and none the second time", async () => {
    const dir = freshDir();
    const first = await rapport(["migrate", "--json"], dir);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({
      applied: expect.arrayContaining(["001_initial"]),
      database: "sqlite",
    });
    const again = await rapport(["migrate"], dir);
    expect(again).toMatchObject({ code: 0, stdout: "Database (sqlite) is up to date.\n" });
    const json = await rapport(["migrate", "--json"], dir);
    expect(JSON.parse(json.stdout)).toEqual({ applied: [], database: "sqlite" });
  });
});

describe("rapport brief on the demo book, and a backup restored elsewhere", () => {
  const dir = freshDir();

  beforeAll(async () => {
    const user = ["user", "create", "--email", "ann@example.com", "--password", "correct horse battery"];
    const created = await rapport([...user, "--name", "Ann", "--workspace", "Ann's team"], dir);
    expect(created.code, created.stderr).toBe(0);
    const demo = await rapport(["demo", "--email", "ann@example.com"], dir);
    expect(demo.code, demo.stderr).toBe(0);
  });

  it("prints Maria's brief found by part of her name, and refuses ambiguous or unknown names", async () => {
    const [maria, several, none] = await Promise.all([
      rapport(["brief", "maria"], dir),
      rapport(["brief", "MAR"], dir),
      rapport(["brief", "Nobody Here"], dir),
    ]);
    expect(maria.code, maria.stderr).toBe(0);
    expect(maria.stdout).toMatch(/^# Call brief: Maria Lopez\n/);
    expect(maria.stdout).toContain("\n## Questions to ask\n");
    expect(maria.stdout).toContain("\n## Plan\n");
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('Several contacts match "MAR"');
    expect(several.stderr).toMatch(/Maria Lopez[^]*Sophie Martin/);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("not found");
  });

  it("prints Maria's give and take over rolling windows, and the user's own as JSON", async () => {
    const [maria, mine, bad] = await Promise.all([
      rapport(["ledger", "maria"], dir),
      rapport(["ledger", "--days", "30,365", "--json"], dir),
      rapport(["ledger", "--days", "thirty"], dir),
    ]);
    expect(maria.code, maria.stderr).toBe(0);
    expect(maria.stdout).toMatch(/^Give and take for Maria Lopez, to \d{4}-\d{2}-\d{2} \(UTC\)\n/);
    expect(maria.stdout).toMatch(
      /^ {2}last {2}30 days \(from [\d-]+\): \d+ gives?, \d+ asks?, \d+ services?; balance [+-]?\d+$/m,
    );
    expect(mine.code, mine.stderr).toBe(0);
    const view = JSON.parse(mine.stdout);
    expect(view.windows.map((w: { days: number }) => w.days)).toEqual([30, 365]);
    expect(view.windows[1].give).toBeGreaterThan(0);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("days");
  });

  it("restores a backup into an empty data directory with every row, and the brief reads the same book", async () => {
    const file = path.join(freshDir(), "rapport.backup");
    const other = freshDir();
    const saved = await rapport(["backup", file, "--json"], dir);
    expect(saved.code, saved.stderr).toBe(0);
    const restored = await rapport(["restore", file, "--json"], other);
    expect(restored.code, restored.stderr).toBe(0);
    expect(JSON.parse(restored.stdout).rows).toBe(JSON.parse(saved.stdout).rows);
    const after = await rapport(
      ["brief", "maria.lopez@blueharbor.example", "--json", "--email", "ann@example.com"],
      other,
    );
    expect(after.code, after.stderr).toBe(0);
    const brief = JSON.parse(after.stdout);
    expect(brief.contact).toMatchObject({ name: "Maria Lopez", organization: "Blue Harbor Foods" });
    expect(brief.lastTouches.length).toBeGreaterThan(0);
    expect(brief.lifeNow.length).toBeGreaterThan(0);
  });
  it("exports the demo book as vCard to stdout, as Google CSV and JSON to private files, and refuses a bad format", async () => {
    const out = freshDir();
    const csvFile = path.join(out, "contacts.csv");
    const jsonFile = path.join(out, "workspace.json");
    fs.writeFileSync(jsonFile, "old", { mode: 0o644 });
    const [vcard, csv, json, bad] = await Promise.all([
      rapport(["export"], dir),
      rapport(["export", "--format", "csv", "--output", csvFile, "--email", "ann@example.com"], dir),
      rapport(["export", "--format", "json", "--output", jsonFile], dir),
      rapport(["export", "--format", "ldif"], dir),
    ]);
    expect(vcard.code, vcard.stderr).toBe(0);
    expect(vcard.stdout).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    expect(vcard.stdout).toContain("FN:Maria Lopez\r\n");
    expect(csv).toMatchObject({ code: 0, stdout: `Exported csv to ${csvFile}.\n` });
    expect(json.code, json.stderr).toBe(0);
    for (const file of [csvFile, jsonFile]) expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(csvFile, "utf8")).toMatch(/^First Name,Middle Name,Last Name,/);
    const workspace = JSON.parse(fs.readFileSync(jsonFile, "utf8"));
    const cards = vcard.stdout.match(/^BEGIN:VCARD\r$/gm) ?? [];
    const live = workspace.tables.contacts.filter((c: { archivedAt: string | null }) => !c.archivedAt);
    expect(cards.length).toBe(live.length);
    expect(workspace.tables.touches.length).toBeGreaterThan(0);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("format");
  });
});

describe("a day's work from the terminal", () => {
  const dir = freshDir();
  const run = (...args: string[]) => rapport(args, dir);

  beforeAll(async () => {
    const user = ["user", "create", "--email", "sam@example.com", "--password", "correct horse battery"];
    const created = await run(...user, "--name", "Sam", "--workspace", "Sam's team");
    expect(created.code, created.stderr).toBe(0);
  });

  it("says how to fill an empty book, adds, lists and shows contacts, and refuses bad flags", async () => {
    const empty = await run("agenda");
    expect(empty.code).toBe(0);
    expect(empty.stdout).toMatch(
      /Your book is empty[\s\S]*rapport contact add[\s\S]*vCard or CSV[\s\S]*rapport demo/,
    );
    const added = await run(
      ..."contact add --name".split(" "),
      "Ana Ruiz",
      ..."--email ana@example.com --phone 020-7946-0000 --stage client --organization".split(" "),
      "Ruiz Co",
    );
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/^Added Ana Ruiz <ana@example\.com> · client · /);
    const [json, bad] = await Promise.all([
      run("contact", "add", "--name", "Bo Lind", "--organization", "ruiz co", "--json"),
      run("contact", "add", "--name", "Cy", "--stage", "friend"),
    ]);
    expect(JSON.parse(json.stdout)).toMatchObject({ name: "Bo Lind", stage: "prospect" });
    expect(bad.code).toBe(2);
    const [list, show, listJson] = await Promise.all([
      run("contact", "list"),
      run("contact", "show", "ana"),
      run("contact", "list", "--stage", "client", "--json"),
    ]);
    expect(
      list.stdout
        .trim()
        .split("\n")
        .map((l) => l.split(" ·")[0]),
    ).toEqual(["Ana Ruiz <ana@example.com>", "Bo Lind"]);
    expect(show.stdout).toMatch(/^# Ana Ruiz\n\nStage: client\nOrganization: Ruiz Co\n/);
    expect(JSON.parse(listJson.stdout).items).toHaveLength(1);
  });

  it("logs a touch with its warnings and proposals, saving them with --confirm", async () => {
    const notes = "Her daughter's recital is next Friday.";
    const proposed = await run("touch", "log", "Ana", "--notes", notes, "--intent", "ask");
    expect(proposed.code, proposed.stderr).toBe(0);
    expect(proposed.stdout).toMatch(/^Logged a call \(ask, outbound\) with Ana Ruiz\./);
    expect(proposed.stdout).toMatch(/Proposed matter: Daughter's recital \(ask on \d{4}-\d{2}-\d{2}\)/);
    const saved = await run("touch", "log", "Ana", "--notes", notes, "--confirm", "--json");
    expect(saved.code, saved.stderr).toBe(0);
    expect(JSON.parse(saved.stdout).saved.matters).toMatchObject([{ summary: "Daughter's recital" }]);
    const [future, unknown] = await Promise.all([
      run("touch", "log", "Ana", "--notes", "x", "--get-back-on", "2026-02-30"),
      run("touch", "log", "Zed", "--notes", "x"),
    ]);
    expect(future.code).toBe(2);
    expect(unknown.code).toBe(1);
  });

  it("acts on the demo book's agenda: done, snooze and dismiss, and lists later items with --all", async () => {
    const demo = freshDir();
    const user = ["user", "create", "--email", "d@example.com", "--password", "correct horse battery"];
    expect((await rapport([...user, "--name", "Di", "--workspace", "Demo"], demo)).code).toBe(0);
    expect((await rapport(["demo"], demo)).code).toBe(0);
    const day = (await rapport(["agenda", "--json"], demo)).stdout;
    const names = (JSON.parse(day).items as { contactName: string }[]).map((i) => i.contactName);
    expect(names).toEqual(expect.arrayContaining(["Maria Lopez", "Zoe Papadopoulos", "Sophie Martin"]));
    // One process at a time: several CLI processes writing one SQLite file at once may meet
    // "database is locked" (issue 22), which is not what this test is about.
    const done = await rapport(["agenda", "done", "Maria"], demo);
    const snoozed = await rapport(["agenda", "snooze", "Zoe", "--until", "2099-01-01"], demo);
    const dismissed = await rapport(
      ["agenda", "dismiss", "Sophie", "--reason", "Called her last night"],
      demo,
    );
    const noReason = await rapport(["agenda", "dismiss", "Sophie"], demo);
    expect(done.stdout).toMatch(/^Done: Maria Lopez \(Agreed get-back/);
    expect(snoozed.stdout).toMatch(/^Snoozed: Zoe Papadopoulos .* until 2099-01-01/);
    expect(dismissed.stdout).toMatch(/^Dismissed: Sophie Martin/);
    expect(noReason.code).toBe(2);
    const after = await rapport(["agenda", "--json"], demo);
    const again = await rapport(["agenda", "done", "Maria"], demo);
    const all = await rapport(["agenda", "--all"], demo);
    const left = (JSON.parse(after.stdout).items as { contactName: string }[]).map((i) => i.contactName);
    for (const name of ["Maria Lopez", "Zoe Papadopoulos", "Sophie Martin"]) expect(left).not.toContain(name);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/anything due today for Maria Lopez/);
    expect(all.code).toBe(0);
    expect(all.stdout).not.toMatch(/see them with --all/);
  });
});
