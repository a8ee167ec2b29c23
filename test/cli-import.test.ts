// `rapport import` as a real process on a SQLite file: fixtures from real exporters land with the
// issue's --json shape, again changes nothing, a dry run writes nothing, rejected rows exit 1 with
// their lines, usage errors exit 2 naming the problem, stdin and --mapping work, and a workspace
// export restores. Processes that write one database run one after the other (issue 22).
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contactListQuery } from "../src/contract/contacts.js";
import { exportChunks } from "../src/services/exports.js";
import { listContacts } from "../src/services/contacts.js";
import { cliWorkspace, freshDir, rapport, removeFreshDirs, type CliWorkspace } from "./support/cli.js";

const fixtures = path.join(import.meta.dirname, "fixtures/imports");
const fixture = (file: string) => path.join(fixtures, file);
const workspaces: CliWorkspace[] = [];

async function workspace(): Promise<CliWorkspace> {
  const ws = await cliWorkspace("sqlite");
  workspaces.push(ws);
  return ws;
}

async function contactsOf(ws: CliWorkspace) {
  const page = await listContacts(ws.deps, ws.owner.actor, contactListQuery.parse({ limit: 200 }));
  return page.items;
}

const json = (stdout: string) => JSON.parse(stdout) as Record<string, unknown>;
const issueShape = ["created", "updated", "merged", "rejected", "rejections", "unchanged", "warnings"];

afterAll(async () => {
  for (const ws of workspaces) await ws.drop();
  removeFreshDirs();
});

describe("rapport import", () => {
  it("imports a vCard and a CSV fixture with --json in the issue's shape, and again creates nothing", async () => {
    const [a, b] = await Promise.all([workspace(), workspace()]);
    const vcardArgs = ["import", fixture("vcard/google.vcf"), "--json"];
    const csvArgs = ["import", fixture("csv/google.csv"), "--format", "google", "--json"];
    const [vcard, csv] = await Promise.all([rapport(vcardArgs, a.where), rapport(csvArgs, b.where)]);

    for (const [run, ws] of [
      [vcard, a],
      [csv, b],
    ] as const) {
      expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
      const result = json(run.stdout);
      expect(Object.keys(result)).toEqual(issueShape);
      expect(result).toMatchObject({ updated: 0, merged: 0, rejected: 0, rejections: [], unchanged: 0 });
      expect(result.created).toBe((await contactsOf(ws)).length);
      expect(result.created).toBeGreaterThan(1);
    }
    expect((await contactsOf(a)).map((c) => c.name)).toContain("Ana María Cruz");
    // The invalid date is dropped with a warning, the row kept.
    expect(json(csv.stdout).warnings).toEqual([{ line: 8, message: expect.stringContaining("1980-02-30") }]);

    const before = await Promise.all([contactsOf(a), contactsOf(b)]);
    const again = await Promise.all([rapport(vcardArgs, a.where), rapport(csvArgs, b.where)]);
    for (const [i, run] of again.entries()) {
      expect(run.code, run.stderr).toBe(0);
      expect(json(run.stdout)).toMatchObject({
        created: 0,
        updated: 0,
        merged: 0,
        unchanged: before[i]!.length,
      });
    }
    expect(await Promise.all([contactsOf(a), contactsOf(b)])).toEqual(before);
  });

  it("writes nothing in a dry run, and names rejected lines with exit 1, keeping the rest", async () => {
    const [c, d] = await Promise.all([workspace(), workspace()]);
    const [dry, broken] = await Promise.all([
      rapport(["import", fixture("vcard/apple.vcf"), "--dry-run"], c.where),
      rapport(["import", fixture("vcard/missing-begin.vcf")], d.where),
    ]);
    expect(dry, dry.stderr).toMatchObject({ code: 0, stderr: "" });
    expect(dry.stdout).toMatch(
      /^apple\.vcf \(vcard\): [1-9]\d* created, 0 updated, 0 merged, 0 unchanged, 0 rejected\.$/m,
    );
    expect(dry.stdout).toMatch(/^Dry run: nothing written\.$/m);
    expect(await contactsOf(c)).toEqual([]);

    expect(broken.code, broken.stderr).toBe(1);
    expect(broken.stdout).toMatch(/^missing-begin\.vcf \(vcard\): 3 created, .* 1 rejected\.$/m);
    expect(broken.stdout).toContain("Rejected:\n  line 9: lines 9 to 11 are not inside a card");
    expect(broken.stdout).not.toContain("Dry run");
    expect(await contactsOf(d)).toHaveLength(3);
  });

  it("reads a CSV from stdin with - and lays it out by a --mapping file", async () => {
    const e = await workspace();
    const dir = freshDir();
    const mapping = path.join(dir, "mapping.json");
    fs.writeFileSync(
      mapping,
      JSON.stringify({ Wer: "name", Post: "email:work", "Telefon dienstlich": "phone:work", Notiz: "notes" }),
    );
    const csv =
      "Wer;Post;Telefon dienstlich;Notiz\nHanna Alt;Hanna@Alt.example;030 1234567;kennt uns von der Messe\n";
    const run = await rapport(
      ["import", "-", "--mapping", mapping, "--country", "DE", "--json"],
      e.where,
      csv,
    );
    expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
    expect(json(run.stdout)).toMatchObject({ created: 1, rejected: 0 });
    const [hanna] = await contactsOf(e);
    expect(hanna).toMatchObject({
      name: "Hanna Alt",
      emails: ["Hanna@Alt.example"],
      phones: ["+49 30 1234567"],
      notes: "kennt uns von der Messe",
    });
    expect(hanna?.labels).toMatchObject({ "Hanna@Alt.example": "work", "+49 30 1234567": "work" });
  });

  it("exits 2 naming the problem: a bad format, a missing file, an unusable mapping, a mapping the file does not fit", async () => {
    const f = await workspace();
    const dir = freshDir();
    const badMapping = path.join(dir, "bad-mapping.json");
    fs.writeFileSync(badMapping, JSON.stringify({ Name: "mail" }));
    const otherColumns = path.join(dir, "other-columns.json");
    fs.writeFileSync(otherColumns, JSON.stringify({ Nope: "email" }));
    const csv = fixture("csv/generic.csv");
    const empty = freshDir();
    const [format, missing, mapping, columns] = await Promise.all([
      rapport(["import", csv, "--format", "pdf"], empty),
      rapport(["import", path.join(dir, "nowhere.csv")], empty),
      rapport(["import", csv, "--mapping", badMapping], empty),
      rapport(["import", csv, "--mapping", otherColumns], f.where),
    ]);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/^rapport: --format: .*"vcard"\|"csv"\|"google"\|"outlook"\|"json"/);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`rapport: cannot read ${path.join(dir, "nowhere.csv")}: no such file\n`);
    expect(mapping.code).toBe(2);
    expect(mapping.stderr).toContain(
      `rapport: the mapping in ${badMapping} is not usable:\n  "Name": must be one of name,`,
    );
    expect(columns.code).toBe(2);
    expect(columns.stderr).toContain('the mapping names "Nope"');
    for (const run of [format, missing, mapping, columns]) expect(run.stdout).toBe("");
    // Refused before opening a database.
    expect(fs.readdirSync(empty)).toEqual([]);
    expect(await contactsOf(f)).toEqual([]);
  });

  it("restores a workspace export into an empty workspace through the same import", async () => {
    const [from, into] = await Promise.all([workspace(), workspace()]);
    const vcf = await rapport(["import", fixture("vcard/outlook.vcf")], from.where);
    expect(vcf.code, vcf.stderr).toBe(0);
    const file = path.join(freshDir(), "workspace.json");
    const chunks: string[] = [];
    for await (const chunk of exportChunks(from.deps, from.owner.actor, "json")) chunks.push(chunk);
    fs.writeFileSync(file, chunks.join(""));

    const run = await rapport(["import", file, "--format", "json"], into.where);
    expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
    const contacts = await contactsOf(from);
    expect(run.stdout).toMatch(
      new RegExp(`^Restored the workspace from workspace\\.json: .*\\b${contacts.length} contacts\\b`),
    );
    const names = (list: { name: string }[]) => list.map((c) => c.name);
    expect(names(await contactsOf(into))).toEqual(names(contacts));
  });
});
