// Exports through HTTP: every field of a rich contact in the vCard (read back by ical.js, an
// independent parser) and in the Google CSV; one workspace's contacts only; archived ones on request.
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { googleCsvExport, vcardExport } from "../src/services/exports.js";
import { signedInAs } from "../src/services/accounts.js";
import { dialects } from "./support/db.js";
import { newContact, signUp, testApp, type Client, type TestApp } from "./support/app.js";

interface Download {
  status: number;
  headers: Record<string, unknown>;
  text: string;
}

async function download(t: TestApp, client: Client, url: string): Promise<Download> {
  const res = await t.app.inject({
    method: "GET",
    url,
    headers: { authorization: `Bearer ${client.token}` },
  });
  return { status: res.statusCode, headers: res.headers, text: res.body };
}

/** The cards of a vCard file, as ical.js reads them. */
function cards(text: string): ICAL.Component[] {
  const parsed = ICAL.parse(text);
  const list = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  return list.map((jcard) => new ICAL.Component(jcard as never));
}

/** CSV rows (RFC 4180, CRLF) as objects by header; cells may hold quotes, commas and newlines. */
function csvRecords(text: string): Record<string, string>[] {
  const rows: string[][] = [[]];
  const cell = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/y;
  while (cell.lastIndex < text.length) {
    const match = cell.exec(text);
    if (!match) throw new Error(`not CSV at ${cell.lastIndex}`);
    const [, raw = "", end] = match;
    rows.at(-1)!.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (end === "\r\n") rows.push([]);
  }
  const [header = [], ...body] = rows.filter((r) => r.length > 0);
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

const rich = {
  name: "Ana María de la Cruz",
  emails: ["ana@example.com", "ana.cruz@home.example", "a@third.example", "fourth@example.com"],
  phones: ["+33 6 12 34 56 78", "+1 (555) 010-0199"],
  title: "Head of Bakeries; North, South",
  birthday: "--04-12",
  anniversary: "2011-06-18",
  tags: ["vip", "bread, rye", "weekly"],
  address: "12 Rue des Fleurs\nAppt 4; 2nd floor\n75011 Paris",
  howWeMet: "Met at the Lyon fair, \\stand 12\\; she liked the rye.",
  notes: "Prefers calls before nine, never on Mondays.",
};

describe.each(dialects)("exports on %s", (dialect) => {
  let t: TestApp;
  let ana: Client;
  let other: Client;
  let anaId: string;

  beforeAll(async () => {
    t = await testApp(dialect, () => new Date("2026-12-05T10:00:00Z"));
    ana = await signUp(t);
    other = await signUp(t);
    const org = await ana.request("POST", "/api/v1/organizations", { name: "Cedar, Lane; Bakery" });
    anaId = await newContact(ana, { ...rich, organizationId: org.body.id });
    await newContact(ana, { name: "Ben" });
    const gone = await newContact(ana, { name: "Archie Archived" });
    expect((await ana.request("DELETE", `/api/v1/contacts/${gone}`)).status).toBe(200);
    await newContact(other, { name: "Olga Other", emails: ["olga@other.example"] });
  });
  afterAll(() => t?.close());

  it("writes every field of a rich contact into the vCard, as an independent parser reads it", async () => {
    const res = await download(t, ana, "/api/v1/exports/contacts.vcf");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("text/vcard; charset=utf-8");
    expect(res.headers["content-disposition"]).toBe('attachment; filename="contacts.vcf"');
    expect(res.text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(res.text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const card = cards(res.text).find((c) => c.getFirstPropertyValue("fn") === rich.name)!;
    expect(card.getFirstPropertyValue("version")).toBe("4.0");
    expect(card.getFirstPropertyValue("uid")).toBe(`urn:uuid:${anaId}`);
    expect(card.getFirstPropertyValue("n")).toEqual(["Cruz", "Ana", "María de la", "", ""]);
    expect(card.getFirstProperty("org")?.getValues()).toEqual(["Cedar, Lane; Bakery"]);
    expect(card.getFirstPropertyValue("title")).toBe(rich.title);
    expect(card.getAllProperties("email").map((p) => p.getFirstValue())).toEqual(rich.emails);
    expect(card.getAllProperties("tel").map((p) => p.getFirstValue())).toEqual(rich.phones);
    expect(card.getFirstProperty("email")?.getParameter("pref")).toBe("1");
    expect(card.getFirstPropertyValue("adr")).toEqual(["", "", rich.address, "", "", "", ""]);
    expect(String(card.getFirstPropertyValue("bday"))).toBe("--04-12");
    expect(String(card.getFirstPropertyValue("anniversary"))).toBe("2011-06-18");
    expect(card.getFirstProperty("categories")?.getValues()).toEqual(rich.tags);
    expect(card.getFirstPropertyValue("note")).toBe(rich.notes);
    expect(String(card.getFirstPropertyValue("rev"))).toBe("2026-12-05T10:00:00Z");
  });

  it("writes the rich contact into Google's CSV layout, year-less birthday as --MM-DD", async () => {
    const res = await download(t, ana, "/api/v1/exports/contacts.csv");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toBe('attachment; filename="contacts.csv"');
    const row = csvRecords(res.text).find((r) => r["Last Name"] === "Cruz")!;
    expect(row).toMatchObject({
      "First Name": "Ana",
      "Middle Name": "María de la",
      "Last Name": "Cruz",
      "Organization Name": "Cedar, Lane; Bakery",
      "Organization Title": rich.title,
      Birthday: "--04-12",
      Notes: rich.notes,
      Labels: "* myContacts ::: vip ::: bread, rye ::: weekly",
      "E-mail 1 - Value": "ana@example.com",
      "E-mail 2 - Value": "ana.cruz@home.example",
      "E-mail 3 - Value": "a@third.example ::: fourth@example.com",
      "Phone 1 - Value": "+33 6 12 34 56 78",
      "Phone 2 - Value": "+1 (555) 010-0199",
      "Phone 3 - Value": "",
      "Address 1 - Formatted": rich.address,
      "Event 1 - Label": "Anniversary",
      "Event 1 - Value": "2011-06-18",
    });
  });

  it("exports only the caller's workspace, and archived contacts only when asked", async () => {
    const names = async (url: string, client = ana) =>
      cards((await download(t, client, url)).text).map((c) => c.getFirstPropertyValue("fn"));
    expect(await names("/api/v1/exports/contacts.vcf")).toEqual(["Ana María de la Cruz", "Ben"]);
    expect(await names("/api/v1/exports/contacts.vcf?archived=include")).toContain("Archie Archived");
    expect(await names("/api/v1/exports/contacts.vcf", other)).toEqual(["Olga Other"]);
    const csv = await download(t, ana, "/api/v1/exports/contacts.csv?archived=include");
    expect(csvRecords(csv.text).map((r) => r["First Name"])).toEqual(["Ana", "Archie", "Ben"]);
    expect(csv.text).not.toContain("Olga");
  });

  it("exports the whole workspace as JSON without credentials or another workspace's rows", async () => {
    const res = await download(t, ana, "/api/v1/exports/workspace.json");
    expect(res.status).toBe(200);
    expect(res.headers["content-disposition"]).toBe('attachment; filename="workspace.json"');
    const body = JSON.parse(res.text);
    expect(body).toMatchObject({
      format: "rapport-workspace-export",
      version: 1,
      workspaceId: ana.workspaceId,
    });
    expect(Object.keys(body.tables)).not.toEqual(expect.arrayContaining(["sessions"]));
    expect(body.tables).not.toHaveProperty("apiTokens");
    expect(body.tables).not.toHaveProperty("invites");
    expect(body.tables.users).toEqual([expect.not.objectContaining({ passwordHash: expect.anything() })]);
    expect(body.tables.users[0].id).toBe(ana.userId);
    expect(body.tables.workspaces.map((w: { id: string }) => w.id)).toEqual([ana.workspaceId]);
    expect(body.tables.contacts.map((c: { name: string }) => c.name).sort()).toEqual([
      "Ana María de la Cruz",
      "Archie Archived",
      "Ben",
    ]);
    expect(res.text).not.toContain("Olga");
    expect(res.text).not.toContain(other.workspaceId);
  });

  it("reads the book a page at a time, and the pages add up to the whole file", async () => {
    const actor = (await signedInAs(t.deps, ana.userId, ana.workspaceId)).actor;
    const all = async (chunks: AsyncIterable<string>) => {
      const parts: string[] = [];
      for await (const chunk of chunks) parts.push(chunk);
      return parts;
    };
    const paged = await all(vcardExport(t.deps, actor, { includeArchived: true, pageSize: 1 }));
    expect(paged).toHaveLength(3);
    expect(paged.every((card) => card.match(/BEGIN:VCARD/g)?.length === 1)).toBe(true);
    expect(paged.join("")).toBe(
      (await download(t, ana, "/api/v1/exports/contacts.vcf?archived=include")).text,
    );
    const csv = (await all(googleCsvExport(t.deps, actor, { pageSize: 1 }))).join("");
    expect(csv).toBe((await download(t, ana, "/api/v1/exports/contacts.csv")).text);
  });

  it("refuses an anonymous caller and an unknown archived filter", async () => {
    const anonymous = await t.app.inject({ method: "GET", url: "/api/v1/exports/contacts.vcf" });
    expect(anonymous.statusCode).toBe(401);
    const bad = await download(t, ana, "/api/v1/exports/contacts.csv?archived=only");
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).errors[0].field).toBe("querystring.archived");
  });
});
