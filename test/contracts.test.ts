import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { newContact, pageThrough, signUp, testApp, type Client, type TestApp } from "./support/app.js";
import { expectInvalid } from "./support/expect.js";

interface Item {
  id: string;
  title: string;
  endsOn: string;
}

const fields = (res: { body: { errors: { field: string }[] } }) => res.body.errors.map((e) => e.field);
const titles = (res: { body: { items: Item[] } }) => res.body.items.map((c) => c.title);

describe.each(dialects)("contracts over HTTP on %s", (dialect) => {
  let t: TestApp;
  let ann: Client;
  let contactId: string;

  beforeAll(async () => {
    t = await testApp(dialect);
    ann = await signUp(t);
    contactId = await newContact(ann, { name: "Maria Lopez" });
  });
  afterAll(() => t.close());

  const create = (client: Client, body: Record<string, unknown>) =>
    client.request("POST", "/api/v1/contracts", { contactId, ...body });

  it("creates a contract with defaults and reads it back with an ETag", async () => {
    const created = await create(ann, { title: "Support plan", endsOn: "2027-01-31", value: 1200.5 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      contactId,
      title: "Support plan",
      startsOn: null,
      endsOn: "2027-01-31",
      value: 1200.5,
      status: "active",
      archivedAt: null,
      version: 1,
    });
    expect(created.headers.location).toBe(`/api/v1/contracts/${created.body.id}`);
    const read = await ann.request("GET", `/api/v1/contracts/${created.body.id}`);
    expect(read.headers.etag).toBe('"1"');
    expect(read.body).toEqual(created.body);
  });

  it("updates with If-Match and refuses a stale one with 412", async () => {
    const { body: c } = await create(ann, { title: "Licence", endsOn: "2027-06-30" });
    const renewed = await ann.request(
      "PATCH",
      `/api/v1/contracts/${c.id}`,
      { status: "renewed", value: 0 },
      { "if-match": '"1"' },
    );
    expect(renewed.status).toBe(200);
    expect(renewed.headers.etag).toBe('"2"');
    expect(renewed.body).toMatchObject({ status: "renewed", value: 0 });
    const stale = await ann.request(
      "PATCH",
      `/api/v1/contracts/${c.id}`,
      { value: 5 },
      { "if-match": '"1"' },
    );
    expect(stale.status).toBe(412);
  });

  it("refuses an end before the start, on create and on update, naming endsOn", async () => {
    const refused = await create(ann, { title: "Backwards", startsOn: "2026-05-01", endsOn: "2026-04-30" });
    expect(refused.status).toBe(400);
    expect(fields(refused)).toEqual(["endsOn"]);
    const { body: c } = await create(ann, {
      title: "Same day",
      startsOn: "2026-05-01",
      endsOn: "2026-05-01",
    });
    expect(c.endsOn).toBe("2026-05-01");
    const moved = await ann.request("PATCH", `/api/v1/contracts/${c.id}`, { startsOn: "2026-06-01" });
    expect(moved.status).toBe(400);
    expect(fields(moved)).toEqual(["endsOn"]);
    const both = await ann.request("PATCH", `/api/v1/contracts/${c.id}`, {
      startsOn: "2026-06-01",
      endsOn: "2027-05-31",
    });
    expect(both.status).toBe(200);
  });

  it("filters by contact, status and end date, and pages with cursors", async () => {
    const bea = await signUp(t);
    const c1 = await newContact(bea, { name: "One" });
    const c2 = await newContact(bea, { name: "Two" });
    for (let i = 0; i < 6; i++) {
      await create(bea, {
        contactId: i % 2 ? c2 : c1,
        title: `Contract ${i}`,
        endsOn: `2026-0${9 - i}-15`,
        status: i === 5 ? "ended" : "active",
      });
    }
    const list = (query: string) => bea.request("GET", `/api/v1/contracts?${query}`);
    expect(titles(await list(""))).toEqual([5, 4, 3, 2, 1, 0].map((i) => `Contract ${i}`));
    expect(titles(await list(`contactId=${c2}&sort=title`))).toEqual([
      "Contract 1",
      "Contract 3",
      "Contract 5",
    ]);
    expect(titles(await list("status=ended"))).toEqual(["Contract 5"]);
    expect(titles(await list("endsBy=2026-06-15"))).toEqual(["Contract 5", "Contract 4", "Contract 3"]);
    expect(titles(await list("endsBy=2026-06-15&status=active"))).toEqual(["Contract 4", "Contract 3"]);

    const seen = await pageThrough<Item>(bea, "/api/v1/contracts?limit=2&sort=-endsOn&endsBy=2026-08-15");
    expect(seen.map((c) => c.title)).toEqual([1, 2, 3, 4, 5].map((i) => `Contract ${i}`));

    const byContact = await bea.request("GET", `/api/v1/contacts/${c1}/contracts`);
    expect(titles(byContact)).toEqual(["Contract 4", "Contract 2", "Contract 0"]);
    expect((await ann.request("GET", `/api/v1/contacts/${c1}/contracts`)).status).toBe(404);
    const badCursor = await list("endsBy=2026-08-15&cursor=nonsense");
    expect(fields(badCursor)).toEqual(["cursor"]);
  });

  it("archives and restores instead of deleting", async () => {
    const { body: c } = await create(ann, { title: "Archivable", endsOn: "2028-01-01" });
    const archived = await ann.request("DELETE", `/api/v1/contracts/${c.id}`);
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).not.toBeNull();
    expect(titles(await ann.request("GET", "/api/v1/contracts?endsBy=2030-01-01"))).not.toContain(
      "Archivable",
    );
    expect(titles(await ann.request("GET", "/api/v1/contracts?archived=only&endsBy=2030-01-01"))).toEqual([
      "Archivable",
    ]);
    const restored = await ann.request("POST", `/api/v1/contracts/${c.id}/restore`);
    expect(restored.body.archivedAt).toBeNull();
  });

  it.each([
    ["a missing end date", { title: "X" }, "endsOn"],
    ["an impossible end date", { title: "X", endsOn: "2026-02-29" }, "endsOn"],
    ["a missing title", { endsOn: "2027-01-01" }, "title"],
    ["a negative value", { title: "X", endsOn: "2027-01-01", value: -1 }, "value"],
    ["a value as text", { title: "X", endsOn: "2027-01-01", value: "100" }, "value"],
    ["an unknown status", { title: "X", endsOn: "2027-01-01", status: "paused" }, "status"],
    ["an unknown field", { title: "X", endsOn: "2027-01-01", autoRenew: true }, "autoRenew"],
    ["a contact of nobody's", { title: "X", endsOn: "2027-01-01", contactId: "nope" }, "contactId"],
  ])("answers 400 naming the field for %s", async (_label, body, field) => {
    const res = await create(ann, body);
    expectInvalid(res, field);
  });

  it("keeps workspaces apart: another team's contract is not found, and never listed", async () => {
    const { body: c } = await create(ann, { title: "Private contract", endsOn: "2027-01-01" });
    const eve = await signUp(t);
    const url = `/api/v1/contracts/${c.id}`;
    const attempts = [
      await eve.request("GET", url),
      await eve.request("PATCH", url, { title: "Mine now" }),
      await eve.request("DELETE", url),
      await eve.request("POST", `${url}/restore`),
    ];
    expect(attempts.map((r) => r.status)).toEqual([404, 404, 404, 404]);
    const stolen = await eve.request("POST", "/api/v1/contracts", {
      contactId,
      title: "X",
      endsOn: "2027-01-01",
    });
    expect(fields(stolen)).toEqual(["contactId"]);
    expect((await eve.request("GET", "/api/v1/contracts?archived=include")).body.items).toEqual([]);
    expect((await eve.request("GET", "/api/v1/contracts?endsBy=2099-01-01")).body.items).toEqual([]);
    expect((await ann.request("GET", url)).body).toMatchObject({ title: "Private contract", version: 1 });
  });
});
