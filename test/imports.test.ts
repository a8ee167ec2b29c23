// Imports through HTTP on a real database: vCard and CSV files from real exporters land with every
// field; duplicates merge without losing a value; the same file twice changes nothing; a dry run
// writes nothing; bad files and options answer problems; the result names rejected lines.
import fs from "node:fs";
import { Readable } from "node:stream";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { openImport } from "../src/services/imports.js";
import { importableContacts } from "../src/store/imports.js";
import { dialects } from "./support/db.js";
import {
  listen,
  newContact,
  newTouch,
  pageThrough,
  signUp,
  testApp,
  type Client,
  type Reply,
  type TestApp,
} from "./support/app.js";
import {
  importFixture as fixture,
  importFixtures as fixtures,
  multipartForm as form,
  postFile,
} from "./support/uploads.js";

const upload = (t: TestApp, client: Client, body: Buffer | string, query = "wait=true", type?: string) =>
  postFile(t, client, `/api/v1/imports?${query}`, body, type);

const contactsOf = (client: Client) => pageThrough(client, "/api/v1/contacts?limit=100");
async function byName(client: Client, name: string): Promise<Reply["body"]> {
  return (await contactsOf(client)).find((c) => c.name === name);
}

describe.each(dialects)("imports on %s", (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await testApp(dialect, () => new Date("2026-12-05T10:00:00Z"));
  });
  afterAll(() => t?.close());

  it("imports Google's vCards with every field, and the same file again changes nothing", async () => {
    const ana = await signUp(t);
    const first = await upload(t, ana, fixture("vcard/google.vcf"));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: "done", format: "vcard", dryRun: false });
    const { created, rejected } = first.body.result;
    expect(created).toBeGreaterThan(1);
    expect(rejected).toBe(0);

    const cruz = await byName(ana, "Ana María Cruz");
    expect(cruz).toMatchObject({
      nickname: "Anita",
      emails: ["ana.cruz@acme.example", "ana@home.example"],
      // Without a country, a number written without its prefix stays as written.
      phones: ["+1 415 555 0142", "(415) 555-0100"],
      title: "Account Director",
      department: "Sales",
      birthday: "--04-12",
      anniversary: "2011-06-18",
      urls: ["https://acme.example/ana"],
      tags: ["Golf buddies"],
      stage: "prospect",
    });
    expect(cruz.labels["ana.cruz@acme.example"]).toBe("work");
    expect(cruz.notes).toContain("Likes espresso, not tea");
    const org = await ana.request("GET", `/api/v1/organizations/${cruz.organizationId}`);
    expect(org.body.name).toBe("Acme Corp");

    const again = await upload(t, ana, fixture("vcard/google.vcf"));
    expect(again.body.result).toMatchObject({ created: 0, updated: 0, merged: 0, organizationsCreated: 0 });
    expect(again.body.result.unchanged).toBe(created);
    expect(await contactsOf(ana)).toHaveLength(created);
  });

  it("imports Google's CSV from a multipart form, system labels left out, rejected rows named", async () => {
    const ana = await signUp(t);
    const { type, body } = form({ format: "csv" }, { name: "google.csv", body: fixture("csv/google.csv") });
    const res = await upload(t, ana, body, "wait=true", type);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "done", format: "csv", fileName: "google.csv" });
    const cruz = await byName(ana, "Dr. Ana María Cruz PhD");
    expect(cruz?.tags).toEqual(["Clients", "Golf"]);
    expect(cruz?.emails).toContain("ana.cruz@cedarlane.example");
    for (const rejection of res.body.result.rejections) {
      expect(rejection.line).toBeGreaterThan(1);
      expect(rejection.reason).toMatch(/\w/);
    }
  });

  it("merges a duplicate found by email without losing a value, and keeps the book's own", async () => {
    const ana = await signUp(t);
    const id = await newContact(ana, {
      name: "Bea Lind",
      emails: ["bea@lind.example"],
      phones: ["+46 8 123 456 78"],
      title: "Buyer",
    });
    const vcf = [
      "BEGIN:VCARD",
      "VERSION:3.0",
      "FN:Beatrice Lind",
      "EMAIL:BEA@lind.example",
      "EMAIL:bea.private@home.example",
      "TEL:+1 415 555 0199",
      "TITLE:Head of Buying",
      "BDAY:1984-02-29",
      "END:VCARD",
      "",
    ].join("\r\n");
    const res = await upload(t, ana, vcf);
    expect(res.body.result).toMatchObject({ created: 0, merged: 1 });
    const bea = (await ana.request("GET", `/api/v1/contacts/${id}`)).body;
    expect(bea).toMatchObject({
      name: "Bea Lind",
      title: "Buyer",
      emails: ["bea@lind.example", "bea.private@home.example"],
      phones: ["+46 8 123 456 78", "+1 415 555 0199"],
      birthday: "1984-02-29",
    });
    expect(bea.notes).toContain("Also imported, name: Beatrice Lind");
    expect(bea.notes).toContain("Also imported, title: Head of Buying");

    const again = await upload(t, ana, vcf);
    expect(again.body.result).toMatchObject({ merged: 0, unchanged: 1 });
  });

  it("matches by phone however it is written, then by name with a non-empty organization", async () => {
    const ana = await signUp(t);
    const org = await ana.request("POST", "/api/v1/organizations", { name: "Cedar Lane" });
    const byPhone = await newContact(ana, { name: "Caro", phones: ["+1 415 555 0123"] });
    const byOrg = await newContact(ana, { name: "Dan Ode", organizationId: org.body.id });
    await newContact(ana, { name: "Eve Solo" });
    const csv = [
      "Name,Phone,Company,Email",
      "Caroline Ruiz,(415) 555-0123,,caro@ruiz.example",
      "dan ode,,cedar lane,dan@cedar.example",
      "Eve Solo,,,eve@solo.example",
    ].join("\n");
    const res = await upload(t, ana, csv, "wait=true&country=US");
    expect(res.body.result).toMatchObject({ merged: 2, created: 1, organizationsCreated: 0 });
    expect((await ana.request("GET", `/api/v1/contacts/${byPhone}`)).body.emails).toEqual([
      "caro@ruiz.example",
    ]);
    expect((await ana.request("GET", `/api/v1/contacts/${byOrg}`)).body.emails).toEqual([
      "dan@cedar.example",
    ]);
    // A name alone is too weak: a second Eve Solo is a new contact.
    expect((await contactsOf(ana)).filter((c) => c.name === "Eve Solo")).toHaveLength(2);
  });

  it("merges duplicates within one file, also across batches", async () => {
    const ana = await signUp(t);
    const rows = ["Name,Email,Phone"];
    for (let i = 0; i < 30; i++) rows.push(`Person ${i},p${i}@x.example,`);
    rows.push("Person 3 again,p3@x.example,+33 6 12 34 56 78");
    const res = await upload(t, ana, rows.join("\n"), "wait=true");
    expect(res.body.result).toMatchObject({ created: 30, merged: 1 });
    const three = await byName(ana, "Person 3");
    expect(three.phones).toEqual(["+33 6 12 34 56 78"]);
  });

  it("writes a file larger than one bulk statement holds, with its keys and sources", async () => {
    const ana = await signUp(t);
    const rows = ["Name,Email,Phone"];
    for (let i = 0; i < 1_100; i++)
      rows.push(`Bulk ${i},bulk${i}@x.example,+1 415 555 ${String(i).padStart(4, "0")}`);
    const first = await upload(t, ana, rows.join("\n"));
    expect(first.body.result).toMatchObject({ created: 1_100, rejected: 0 });
    const again = await upload(t, ana, rows.join("\n"));
    expect(again.body.result).toMatchObject({ created: 0, unchanged: 1_100 });
    const byPhone = await upload(
      t,
      ana,
      "Name,Phone,Title\nB. Ulk,(415) 555-1099,Buyer\n",
      "wait=true&country=US",
    );
    expect(byPhone.body.result).toMatchObject({ created: 0, merged: 1 });
  });

  it("updates the contact a record came from when its source changed (same UID), and creates no twin", async () => {
    const ana = await signUp(t);
    const card = (title: string) =>
      `BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:1234\r\nFN:Fay Uid\r\nTITLE:${title}\r\nEND:VCARD\r\n`;
    expect((await upload(t, ana, card("Manager"))).body.result.created).toBe(1);
    const res = await upload(t, ana, card("Director"));
    expect(res.body.result).toMatchObject({ created: 0, updated: 1 });
    const fay = (await contactsOf(ana)).filter((c) => c.name === "Fay Uid");
    expect(fay).toHaveLength(1);
    expect(fay[0].title).toBe("Director");
  });

  it("re-imports a contact with neither email nor phone without a duplicate", async () => {
    const ana = await signUp(t);
    const vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Gus Nokeys\r\nNOTE:met at the market\r\nEND:VCARD\r\n";
    await upload(t, ana, vcf);
    await upload(t, ana, vcf);
    expect((await contactsOf(ana)).filter((c) => c.name === "Gus Nokeys")).toHaveLength(1);
  });

  it("plans in a dry run what a real run then does, and writes nothing", async () => {
    const ana = await signUp(t);
    await newContact(ana, { name: "Ana", emails: ["ana.cruz@acme.example"] });
    const dry = await upload(t, ana, fixture("vcard/google.vcf"), "wait=true&dryRun=true");
    expect(dry.body).toMatchObject({ status: "done", dryRun: true });
    expect(await contactsOf(ana)).toHaveLength(1);
    expect((await ana.request("GET", "/api/v1/organizations")).body.items).toHaveLength(0);
    const real = await upload(t, ana, fixture("vcard/google.vcf"));
    const { warnings: _w, ...planned } = dry.body.result;
    const { warnings: _r, ...done } = real.body.result;
    expect(done).toEqual(planned);
    expect(planned.merged).toBe(1);
  });

  it("runs in the background and reports progress and the result by id", async () => {
    const ana = await signUp(t);
    const res = await upload(t, ana, fixture("vcard/apple.vcf"), "");
    expect(res.status).toBe(202);
    expect(res.headers.location).toBe(`/api/v1/imports/${res.body.id}`);
    let job = res.body;
    while (job.status === "running") job = (await ana.request("GET", `/api/v1/imports/${job.id}`)).body;
    expect(job.status).toBe("done");
    expect(job.readBytes).toBe(fixture("vcard/apple.vcf").length);
    expect(job.totalBytes).toBe(job.readBytes);
    expect(job.result.created).toBeGreaterThan(0);
    const list = await ana.request("GET", "/api/v1/imports");
    expect(list.body.items[0].id).toBe(job.id);
  });

  it("keeps each workspace's imports to itself", async () => {
    const ana = await signUp(t);
    const eve = await signUp(t);
    const res = await upload(t, ana, fixture("vcard/outlook.vcf"));
    expect((await eve.request("GET", `/api/v1/imports/${res.body.id}`)).status).toBe(404);
    expect((await eve.request("GET", "/api/v1/imports")).body.items).toHaveLength(0);
    expect(await contactsOf(eve)).toHaveLength(0);
  });

  it("names broken cards by line and keeps the rest", async () => {
    const ana = await signUp(t);
    const res = await upload(t, ana, fixture("vcard/missing-end.vcf"));
    expect(res.body.status).toBe("done");
    expect(res.body.result.created).toBeGreaterThan(0);
    expect(res.body.result.rejected).toBe(res.body.result.rejections.length);
  });

  it("refuses an empty file, a mapping naming a missing column and an unknown format", async () => {
    const ana = await signUp(t);
    const empty = await upload(t, ana, "");
    expect(empty.status).toBe(400);
    const mapping = encodeURIComponent(JSON.stringify({ Nope: "email" }));
    const bad = await upload(t, ana, "Name,Email\nA,a@x.example\n", `wait=true&mapping=${mapping}`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe("mapping.Nope");
    const format = await upload(t, ana, "x", "format=pdf");
    expect(format.status).toBe(400);
    expect(format.body.errors[0].field).toBe("querystring.format");
    const none = await t.app.inject({
      method: "POST",
      url: "/api/v1/imports",
      headers: { authorization: `Bearer ${ana.token}` },
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().errors[0].field).toBe("file");
    expect((await ana.request("GET", "/api/v1/imports")).body.items).toHaveLength(0);
  });

  it("reads a CSV with an explicit column mapping sent as a form field", async () => {
    const ana = await signUp(t);
    const csv = "Wer,Post,Telefon dienstlich\nHanna Alt,hanna@alt.example,+49 30 1234567\n";
    const mapping = JSON.stringify({ Wer: "name", Post: "email:work", "Telefon dienstlich": "phone:work" });
    const { type, body } = form({ mapping }, { name: "leute.csv", body: csv });
    const res = await upload(t, ana, body, "wait=true", type);
    expect(res.body.result.created).toBe(1);
    const hanna = await byName(ana, "Hanna Alt");
    expect(hanna).toMatchObject({ emails: ["hanna@alt.example"], phones: ["+49 30 1234567"] });
    expect(hanna.labels["hanna@alt.example"]).toBe("work");
  });

  it("restores a workspace export into an empty workspace, for owners only", async () => {
    const ana = await signUp(t);
    const contactId = await newContact(ana, { name: "Ida Export", emails: ["ida@x.example"] });
    await newTouch(ana, contactId, "2026-12-01T10:00:00Z", "give", { notes: "Sent her the bakery article" });
    const exported = await t.app.inject({
      method: "GET",
      url: "/api/v1/exports/workspace.json",
      headers: { authorization: `Bearer ${ana.token}` },
    });
    const bo = await signUp(t);
    const res = await upload(t, bo, exported.body, "wait=true", "application/json");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "done", format: "json" });
    expect(res.body.result.restored).toMatchObject({ contacts: 1, touches: 1 });
    const [ida] = await contactsOf(bo);
    expect(ida).toMatchObject({ name: "Ida Export", emails: ["ida@x.example"], ownerId: bo.userId });
    const touches = await bo.request("GET", `/api/v1/touches?contactId=${ida.id}`);
    expect(touches.body.items.map((x: { notes: string }) => x.notes)).toEqual([
      "Sent her the bakery article",
    ]);

    // Not into a workspace that holds a book, and never a dry run.
    const again = await upload(t, bo, exported.body, "wait=true&format=json", "application/json");
    expect(again.status).toBe(409);
    const dry = await upload(t, bo, exported.body, "wait=true&dryRun=true", "application/json");
    expect(dry.status).toBe(400);
    expect(dry.body.errors[0].field).toBe("dryRun");
  });

  const files = ["vcard", "csv"].flatMap((dir) =>
    fs
      .readdirSync(path.join(fixtures, dir))
      .filter((f) => /\.(vcf|csv|tsv)$/.test(f))
      .map((f) => `${dir}/${f}`),
  );

  it.each(files)("imports %s, and importing it again creates and changes nothing", async (file) => {
    const ana = await signUp(t);
    const first = await upload(t, ana, fixture(file));
    expect(first.body.status).toBe("done");
    expect(first.body.result.created).toBeGreaterThan(0);
    const contacts = await contactsOf(ana);
    expect(contacts).toHaveLength(first.body.result.created);
    const again = await upload(t, ana, fixture(file));
    expect(again.body.result).toMatchObject({ created: 0, updated: 0, merged: 0 });
    expect(await contactsOf(ana)).toEqual(contacts);
  });

  it("takes back its own vCard export into an empty workspace with nothing lost", async () => {
    const ana = await signUp(t);
    const org = await ana.request("POST", "/api/v1/organizations", { name: "Cedar Lane" });
    await newContact(ana, {
      name: "Jo Round",
      nickname: "JJ",
      organizationId: org.body.id,
      department: "Pastry",
      title: "Head Baker",
      emails: ["jo@cedar.example", "jo@home.example"],
      phones: ["+33 6 12 34 56 78", "+1 415 555 0101"],
      urls: ["https://cedar.example/jo"],
      labels: {
        "jo@cedar.example": "work",
        "+1 415 555 0101": "mobile",
        "https://cedar.example/jo": "profile",
      },
      birthday: "--04-12",
      anniversary: "2011-06-18",
      tags: ["vip", "bread, rye"],
      address: "12 Rue des Fleurs\n75011 Paris",
      notes: "Prefers calls before nine.\nNever on Mondays; thanks!",
      howWeMet: "Lyon fair, stand 12",
    });
    await newContact(ana, { name: "Kim Bare" });
    const vcf = await t.app.inject({
      method: "GET",
      url: "/api/v1/exports/contacts.vcf",
      headers: { authorization: `Bearer ${ana.token}` },
    });
    const bo = await signUp(t);
    const res = await upload(t, bo, vcf.body);
    expect(res.body.result).toMatchObject({ created: 2, rejected: 0, warningCount: 0 });
    const strip = ({
      id: _i,
      ownerId: _o,
      organizationId: _g,
      createdAt: _c,
      updatedAt: _u,
      ...rest
    }: Reply["body"]) => rest as Record<string, unknown>;
    const before = (await contactsOf(ana)).map(strip);
    const after = (await contactsOf(bo)).map(strip);
    expect(after).toEqual(before);
    const jo = (await contactsOf(bo)).find((c) => c.name === "Jo Round");
    expect((await bo.request("GET", `/api/v1/organizations/${jo.organizationId}`)).body.name).toBe(
      "Cedar Lane",
    );
  });
});

describe("an upload over a real connection", () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await testApp("sqlite");
    port = await listen(t);
  });
  afterAll(() => t.close());

  // The NUL guard once walked the raw body's stream object (its socket and all) and never returned.
  it("imports a raw vCard body sent over a socket, and the server keeps answering", async () => {
    const client = await signUp(t);
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/imports?wait=true`, {
      method: "POST",
      body: fixture("vcard/apple.vcf"),
      headers: { authorization: `Bearer ${client.token}`, "content-type": "text/vcard" },
      signal: AbortSignal.timeout(60_000),
    });
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe("done");
    const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`, {
      signal: AbortSignal.timeout(60_000),
    });
    expect(health.status).toBe(200);
  });
});

describe("an import whose process ended midway", () => {
  let clock = new Date("2026-12-01T09:00:00Z");
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp("sqlite", () => clock);
  });
  afterAll(() => t.close());

  it("reads as failed, with what to do, once it has made no progress for a quarter of an hour", async () => {
    const ana = await signUp(t);
    const actor = {
      userId: ana.userId,
      workspaceId: ana.workspaceId,
      role: "owner" as const,
      timeZone: "UTC",
    };
    // Opened but never run: as if the process was killed after recording it.
    const { job } = await openImport(t.deps, actor, Readable.from([fixture("vcard/apple.vcf")]));
    clock = new Date("2026-12-01T09:14:00Z");
    expect((await ana.request("GET", `/api/v1/imports/${job.id}`)).body.status).toBe("running");
    clock = new Date("2026-12-01T09:16:00Z");
    const read = await ana.request("GET", `/api/v1/imports/${job.id}`);
    expect(read.body).toMatchObject({
      status: "failed",
      error: expect.stringMatching(/import the file again/i),
    });
    expect((await ana.request("GET", "/api/v1/imports")).body.items[0].status).toBe("failed");
  });
});

describe.skipIf(!dialects.includes("postgres"))("an import merging on PostgreSQL", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp("postgres");
  });
  afterAll(() => t?.close());

  /** Whether another connection can change the contact while `read` holds the import's transaction open. */
  async function editableDuringRead(lock: boolean): Promise<boolean> {
    const ana = await signUp(t);
    const id = await newContact(ana, { name: "Held Row" });
    const db = t.deps.store.db;
    return db.transaction().execute(async (trx) => {
      await importableContacts(trx, ana.workspaceId, [id], { lock });
      try {
        await db.transaction().execute(async (other) => {
          await sql`set local lock_timeout = '200ms'`.execute(other);
          await other
            .updateTable("contacts")
            .set({ notes: "edited meanwhile" })
            .where("id", "=", id)
            .execute();
        });
        return true;
      } catch (error) {
        expect((error as { code?: string }).code).toBe("55P03"); // lock_not_available
        return false;
      }
    });
  }

  it("holds the contacts it read until its batch commits, so a concurrent edit is not overwritten", async () => {
    expect(await editableDuringRead(false)).toBe(true);
    expect(await editableDuringRead(true)).toBe(false);
  });
});
