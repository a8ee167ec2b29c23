// Looking at a file before importing it, through HTTP on a real database: what it is, how a CSV's
// columns would be read (with a few values each), how many cards a vCard file begins; refusals
// for what an import would refuse; and nothing written, whatever the file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listen, pageThrough, signUp, testApp, type Client, type TestApp } from "./support/app.js";
import { dialects } from "./support/db.js";
import { importFixture as fixture, multipartForm, postFile } from "./support/uploads.js";

const inspect = (t: TestApp, client: Client, body: Buffer | string, query = "", type?: string) =>
  postFile(t, client, `/api/v1/imports/inspect${query && `?${query}`}`, body, type);

/** The inspected columns by header: mapping entry and samples. */
const columnsOf = (body: {
  csv: { columns: { header: string; target: string | null; samples: string[] }[] };
}) => Object.fromEntries(body.csv.columns.map((c) => [c.header, { target: c.target, samples: c.samples }]));

describe.each(dialects)("inspecting an import on %s", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(dialect);
  });
  afterAll(() => t?.close());

  /** Nothing was written for the client: no import recorded, no contact. */
  async function expectNothingWritten(client: Client) {
    expect((await client.request("GET", "/api/v1/imports")).body.items).toEqual([]);
    expect(await pageThrough(client, "/api/v1/contacts?limit=10")).toEqual([]);
  }

  it("reads Google's CSV sent as a form: its layout, mapping and first values", async () => {
    const ana = await signUp(t);
    const file = fixture("csv/google.csv");
    const { type, body } = multipartForm({}, { name: "google.csv", body: file });
    const res = await inspect(t, ana, body, "", type);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      format: "csv",
      detected: "csv",
      bytes: file.length,
      whole: true,
      vcard: null,
      csv: { encoding: "utf-8", delimiter: ",", layout: "google" },
    });
    const { csv } = res.body;
    expect(csv.headers[0]).toBe("First Name");
    expect(csv.fields).toEqual(expect.arrayContaining(["name", "email", "phone", "tags", "ignore"]));
    const columns = columnsOf(res.body);
    expect(columns["First Name"]).toEqual({ target: "given", samples: expect.arrayContaining(["Ana"]) });
    expect(columns["E-mail 1 - Value"]?.samples[0]).toBe(
      "Ana@CedarLane.example ::: ana.cruz@cedarlane.example",
    );
    // A label column serves its group's values: no mapping entry says that.
    expect(columns["E-mail 1 - Label"]?.target).toBeNull();
    expect(csv.columns.find((c: { header: string }) => c.header === "E-mail 1 - Label")).toMatchObject({
      role: "label",
      field: "email",
    });
    expect(columns["Phonetic First Name"]?.target).toBe("ignore");
    expect(csv.mapping).toMatchObject({ "First Name": "given", "E-mail 1 - Value": "email", Labels: "tags" });
    expect(csv.mapping).not.toHaveProperty("E-mail 1 - Label");
    for (const column of csv.columns) expect(column.samples.length).toBeLessThanOrEqual(5);
    await expectNothingWritten(ana);
  });

  it("reads a semicolon CSV by guessing its headers, and shows a mapping sent with it applied", async () => {
    const ana = await signUp(t);
    const res = await inspect(t, ana, fixture("csv/european.csv"));
    expect(res.status).toBe(200);
    expect(res.body.csv).toMatchObject({ delimiter: ";", layout: "generic" });
    expect(res.body.csv.headers).toContain("Telefon geschäftlich");
    expect(columnsOf(res.body)).toMatchObject({
      Vorname: { target: "given", samples: ["Jürgen", "Marie"] },
      Handy: { target: "phone:mobile", samples: ["0151 23456789", ""] },
      Notizen: { target: "notes", samples: ["Backt ab 4 Uhr; mag Brezeln", ""] },
      Geburtstag: { target: "birthday", samples: ["12.04.1985", "03/02/1990"] },
    });

    const mapping = encodeURIComponent(JSON.stringify({ Firma: "notes", Anrede: "ignore" }));
    const mapped = await inspect(t, ana, fixture("csv/european.csv"), `mapping=${mapping}`);
    expect(mapped.body.csv.mapping).toMatchObject({ Firma: "notes", Anrede: "ignore", Vorname: "given" });
    await expectNothingWritten(ana);
  });

  it("counts a vCard file's cards", async () => {
    const ana = await signUp(t);
    const res = await inspect(t, ana, fixture("vcard/google.vcf"), "", "text/vcard");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      format: "vcard",
      detected: "vcard",
      whole: true,
      csv: null,
      vcard: { cards: 2 },
    });
    await expectNothingWritten(ana);
  });

  it("looks at the first 64 KB of a large file and counts all of it", async () => {
    const ana = await signUp(t);
    const rows = Array.from({ length: 3_000 }, (_, i) => `Person ${i},person${i}@x.example`);
    const csv = `Name,Email\n${rows.join("\n")}\n`;
    const res = await inspect(t, ana, csv);
    expect(res.body).toMatchObject({ bytes: Buffer.byteLength(csv), whole: false });
    expect(columnsOf(res.body).Name?.samples).toEqual([
      "Person 0",
      "Person 1",
      "Person 2",
      "Person 3",
      "Person 4",
    ]);
  });

  it("refuses an empty file, a binary one, a JSON export read as CSV and a mapping naming a missing column", async () => {
    const ana = await signUp(t);
    const empty = await inspect(t, ana, "");
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ detail: "The file is empty", errors: [{ field: "file" }] });

    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const image = await inspect(t, ana, png, "", "image/png");
    expect(image.status).toBe(400);
    expect(image.body.detail).toMatch(/^This is not a contact file/);
    expect(image.body.errors).toEqual([{ field: "file", message: "not a vCard, CSV or JSON file" }]);
    // A spreadsheet (a zip archive) is not a CSV either.
    const xlsx = await inspect(t, ana, Buffer.from("PK\u0003\u0004\u0014\u0000\u0006\u0000", "latin1"));
    expect(xlsx.body.detail).toMatch(/save a spreadsheet as CSV first/);

    const json = await inspect(t, ana, '{"tables":{}}', "format=csv", "application/json");
    expect(json.status).toBe(400);
    expect(json.body.errors[0].field).toBe("format");

    const mapping = encodeURIComponent(JSON.stringify({ Nope: "email" }));
    const missing = await inspect(t, ana, "Name,Email\nA,a@x.example\n", `mapping=${mapping}`);
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].field).toBe("mapping.Nope");
    await expectNothingWritten(ana);
  });

  it("reads a text that is no contact list as a CSV whose columns feed nothing", async () => {
    const ana = await signUp(t);
    const res = await inspect(t, ana, "Shopping list\nbread\nmilk\n", "", "text/plain");
    expect(res.status).toBe(200);
    expect(res.body.csv.mapping).toEqual({ "Shopping list": "ignore" });
    expect(columnsOf(res.body)["Shopping list"]?.samples).toEqual(["bread", "milk"]);
  });

  it("answers a workspace export as JSON, and refuses anyone not signed in", async () => {
    const ana = await signUp(t);
    const res = await inspect(t, ana, '{"format":"rapport-workspace"}', "", "application/json");
    expect(res.body).toMatchObject({ format: "json", detected: "json", csv: null, vcard: null });
    const anonymous = await t.app.inject({
      method: "POST",
      url: "/api/v1/imports/inspect",
      payload: "Name\nA\n",
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe("inspecting over a real connection", () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await testApp("sqlite");
    port = await listen(t);
  });
  afterAll(() => t.close());

  it("reads a raw CSV body sent over a socket", async () => {
    const client = await signUp(t);
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/imports/inspect`, {
      method: "POST",
      body: fixture("csv/google.csv"),
      headers: { authorization: `Bearer ${client.token}`, "content-type": "text/csv" },
      signal: AbortSignal.timeout(60_000),
    });
    expect(res.status).toBe(200);
    expect((await res.json()).csv.layout).toBe("google");
  });
});
