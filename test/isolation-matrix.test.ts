// Workspace isolation, proven over the whole OpenAPI document: workspace A calls every operation
// that takes a path id with workspace B's ids, with each verb the path offers and a valid body, and
// gets 404 (403 where a role check comes first); B's data is unchanged afterwards; nothing A can
// list, search, export or subscribe to shows any of B's ids, names or secrets; and A cannot attach
// its records to B's. A new route is covered the day it lands, or the matrix says what to seed.
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUp, testApp, type Body, type Client, type TestApp } from "./support/app.js";
import { dialects } from "./support/db.js";
import { expectInvalid } from "./support/expect.js";
import {
  openApiDocument,
  operationsOf,
  parametersIn,
  sample,
  type Document,
  type Operation,
} from "./support/openapi.js";
import { resources, seedWorkspace, type Seeded } from "./support/workspace-records.js";

/** A request by A that would tie A's data to a record of B's, refused on `field`. */
interface Attempt {
  method: "POST" | "PATCH";
  path: string;
  body: Body;
  field: string;
}

/** The record kind a path parameter names: the segment before it (`/deals/{id}/concerns/{concernId}`). */
function kindsOf(path: string): string[] {
  const segments = path.split("/");
  return segments.flatMap((s, i) => (/^\{\w+\}$/.test(s) ? [segments[i - 1] ?? ""] : []));
}

/** The path with its parameters, in order, replaced by `values`. */
function fill(path: string, values: string[]): string {
  let i = 0;
  return path.replace(/\{\w+\}/g, () => encodeURIComponent(values[i++] ?? ""));
}

/** Every way A's ids and B's can fill a path with at least one of B's in it: all B's, then each one. */
function variants(kinds: string[], mine: Record<string, string>, theirs: Record<string, string>): string[][] {
  const allTheirs = kinds.map((k) => theirs[k]!);
  if (kinds.length === 1) return [allTheirs];
  return [allTheirs, ...kinds.map((_, i) => kinds.map((k, j) => (i === j ? theirs[k]! : mine[k]!)))];
}

async function call(t: TestApp, client: Client, method: string, url: string, op: Operation, doc: Document) {
  const headers: Record<string, string> = { authorization: `Bearer ${client.token}` };
  // B's records are at version 1: a matching If-Match would let a leaking write through.
  if (parametersIn(op, "header").includes("if-match")) headers["if-match"] = '"1"';
  const schema = op.requestBody?.content["application/json"]?.schema;
  const options: InjectOptions = { method: method.toUpperCase(), url, headers };
  // Dates after any today, as snoozing asks: the body is valid, so only the lookup may refuse.
  if (schema) options.payload = sample(doc, schema, { date: "2099-03-02" }) as Record<string, unknown>;
  return t.app.inject(options);
}

/** What B can see of its own workspace, less the fields that move when B merely looks. */
async function snapshot(b: Client): Promise<string> {
  const seen = [];
  for (const url of [
    "/exports/workspace.json",
    "/tokens",
    "/members",
    "/imports",
    "/calendar/feed",
    "/settings",
  ]) {
    const res = await b.request("GET", `/api/v1${url}`);
    expect(res.status, url).toBe(200);
    seen.push(res.body);
  }
  return JSON.stringify(seen, (key, value: unknown) =>
    ["lastUsedAt", "exportedAt"].includes(key) ? undefined : value,
  );
}

describe.each(dialects)("the cross-workspace matrix on %s", (dialect) => {
  let t: TestApp;
  let a: Client;
  let b: Client;
  let doc: Document;
  let mine: Seeded;
  let theirs: Seeded;

  beforeAll(async () => {
    t = await testApp(dialect);
    a = await signUp(t, "Team A");
    b = await signUp(t, "Team B");
    mine = await seedWorkspace(t, a, "Alphaqx");
    theirs = await seedWorkspace(t, b, "Bravoqx");
    doc = await openApiDocument(t);
  });
  afterAll(() => t.close());

  it("answers 404 to every operation on another workspace's ids and leaves its data unchanged", async () => {
    const before = await snapshot(b);
    const failures: string[] = [];
    let operations = 0;
    let requests = 0;
    for (const { method, path, op } of operationsOf(doc)) {
      const kinds = kindsOf(path);
      // A path whose value is the credential (an invite link, a feed URL) serves whoever holds it:
      // those are proven by A never seeing B's, in the next test.
      if (!kinds.length || kinds.every((k) => k in theirs.capabilities)) continue;
      const unseeded = kinds.filter((k) => !(k in theirs.ids) || !(k in mine.ids));
      if (unseeded.length) {
        failures.push(`${method.toUpperCase()} ${path}: no seeded record for ${unseeded.join(", ")}`);
        continue;
      }
      operations++;
      for (const values of variants(kinds, mine.ids, theirs.ids)) {
        const res = await call(t, a, method, fill(path, values), op, doc);
        requests++;
        if (res.statusCode !== 404 && res.statusCode !== 403)
          failures.push(
            `${method.toUpperCase()} ${fill(path, values)}: ${res.statusCode} ${res.body.slice(0, 160)}`,
          );
      }
    }
    console.info(`cross-workspace matrix on ${dialect}: ${operations} operations, ${requests} requests`);
    expect(failures).toEqual([]);
    expect(await snapshot(b)).toBe(before);
  });

  it("never shows another workspace's ids, names or secrets in what it lists, searches, exports or feeds", async () => {
    const leaks: string[] = [];
    let operations = 0;
    let reads = 0;
    const own = { ...mine.ids, ...mine.capabilities };
    for (const { method, path, op } of operationsOf(doc)) {
      if (method !== "get") continue;
      operations++;
      const query = parametersIn(op, "query");
      const queries = [
        "",
        ...(query.includes("archived") ? ["?archived=include"] : []),
        ...(query.includes("q") ? [`?q=${theirs.marker}`] : []),
      ];
      for (const url of queries.map(
        (q) =>
          fill(
            path,
            kindsOf(path).map((k) => own[k] ?? ""),
          ) + q,
      )) {
        // Not through `a.request`: feeds and exports answer iCalendar, CSV and vCard, not JSON.
        const headers = { authorization: `Bearer ${a.token}` };
        const res = await t.app.inject({ method: "GET", url, headers });
        reads++;
        // A refusal would hide a leak: each read must answer with A's own data.
        if (res.statusCode !== 200) leaks.push(`GET ${url}: ${res.statusCode}`);
        const found = theirs.traces.filter((trace) => res.body.includes(trace));
        if (found.length) leaks.push(`GET ${url}: ${found.join(", ")}`);
      }
    }
    console.info(`cross-workspace reads on ${dialect}: ${operations} operations, ${reads} requests`);
    expect(leaks).toEqual([]);
  });

  it("refuses to attach anything to another workspace's records", async () => {
    const own = `/contacts/${mine.contactId}`;
    const organizationId = theirs.ids.organizations;
    // A contact points at its owner and its organization; every other record at its contact.
    const attempts: Attempt[] = [
      { method: "POST", path: "/contacts", body: { name: "Attached", ownerId: b.userId }, field: "ownerId" },
      { method: "PATCH", path: own, body: { ownerId: b.userId }, field: "ownerId" },
      {
        method: "POST",
        path: "/contacts",
        body: { name: "Attached", organizationId },
        field: "organizationId",
      },
      { method: "PATCH", path: own, body: { organizationId }, field: "organizationId" },
      ...resources
        .map((r) => ({ method: "POST" as const, path: r.path, body: r.create(theirs.contactId, "A") }))
        .filter(({ body }) => "contactId" in body)
        .map((attempt) => ({ ...attempt, field: "contactId" })),
    ];
    for (const { method, path, body, field } of attempts) {
      expectInvalid(await a.request(method, `/api/v1${path}`, body), field);
    }
  });
});
