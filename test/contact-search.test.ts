import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newContact, signUp, testApp, type Client, type TestApp } from "./support/app.js";
import { dialects } from "./support/db.js";

const found = async (client: Client, q: string): Promise<string[]> => {
  const res = await client.request("GET", `/api/v1/contacts?q=${encodeURIComponent(q)}&limit=200`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body.items as { id: string }[]).map((c) => c.id);
};

// Countries whose national numbers we write: calling code, national length, trunk prefix.
const countries = [
  { code: "1", length: 10, trunk: "" },
  { code: "44", length: 10, trunk: "0" },
  { code: "33", length: 9, trunk: "0" },
  { code: "49", length: 10, trunk: "0" },
] as const;

// A national number that no parser mistakes for one with a trunk or country prefix.
const numberIn = fc.constantFrom(...countries).chain((country) =>
  fc
    .tuple(
      fc.integer({ min: 2, max: 9 }),
      fc.array(fc.integer({ min: 0, max: 9 }), {
        minLength: country.length - 1,
        maxLength: country.length - 1,
      }),
    )
    .map(([first, rest]) => ({ ...country, national: `${first}${rest.join("")}` })),
);

/** The digits split into groups, each joined by a separator, the first maybe in parentheses. */
const spelled = (digits: string) =>
  fc
    .tuple(
      fc.array(fc.integer({ min: 1, max: 4 }), { minLength: digits.length, maxLength: digits.length }),
      fc.array(fc.constantFrom(" ", "-", ".", "", " - "), {
        minLength: digits.length,
        maxLength: digits.length,
      }),
      fc.boolean(),
    )
    .map(([sizes, separators, parenthesised]) => {
      const groups: string[] = [];
      for (let at = 0, i = 0; at < digits.length; at += sizes[i]!, i++)
        groups.push(digits.slice(at, at + sizes[i]!));
      if (parenthesised && groups.length > 1) groups[0] = `(${groups[0]})`;
      return groups.map((g, i) => (i === 0 ? g : `${separators[i]}${g}`)).join("");
    });

/** Ways people write one number: international, with `00`, with the code but no `+`, national. */
const writings = (n: { code: string; national: string; trunk: string }) =>
  fc.oneof(
    spelled(n.national).map((rest) => `+${n.code} ${rest}`),
    spelled(n.national).map((rest) => `+${n.code}${rest}`),
    spelled(n.national).map((rest) => `00${n.code} ${rest}`),
    spelled(n.national).map((rest) => `${n.code} ${rest}`),
    spelled(n.national),
    spelled(`${n.trunk}${n.national}`),
  );

describe.each(dialects)("searching contacts by phone on %s", (dialect) => {
  let t: TestApp;
  let ann: Client;
  let ana: string;
  let other: string;

  beforeAll(async () => {
    t = await testApp(dialect);
    ann = await signUp(t);
    ana = await newContact(ann, { name: "Ana Ruiz", phones: ["+1 415 555 0134"] });
    other = await newContact(ann, { name: "Ben Okafor", phones: ["+1 212 555 0199"] });
  });
  afterAll(() => t.close());

  it.each([
    "415-555-0134",
    "(415) 555 0134",
    "+14155550134",
    "+1 (415) 555-0134",
    "1 415 555 0134",
    "001 415 555 0134",
    "5550134",
    "555 01 34",
  ])("finds a number stored as +1 415 555 0134 by %s", async (q) => {
    expect(await found(ann, q)).toEqual([ana]);
  });

  it("finds a number stored without its country code by the international form", async () => {
    const bea = await newContact(ann, { name: "Bea Fournier", phones: ["020 7946 0958"] });
    for (const q of ["+44 20 7946 0958", "0044 20 7946 0958", "44 20 7946 0958", "020-7946-0958"]) {
      expect(await found(ann, q), q).toEqual([bea]);
    }
  });

  it("treats a query with letters or under five digits as text, not as a phone number", async () => {
    expect(await found(ann, "x 4155550134")).toEqual([]);
    expect(await found(ann, "0134")).toEqual([]);
    expect(await found(ann, "ana")).toEqual([ana]);
  });

  it("finds by name too when the query could be a phone number", async () => {
    const room = await newContact(ann, { name: "Room 55501" });
    expect(new Set(await found(ann, "55501"))).toEqual(new Set([room, ana, other]));
  });

  it("follows a changed number and leaves out archived contacts and other workspaces", async () => {
    const cy = await newContact(ann, { name: "Cy Tran", phones: ["+33 6 12 34 56 78"] });
    expect(await found(ann, "06 12 34 56 78")).toEqual([cy]);
    const patched = await ann.request("PATCH", `/api/v1/contacts/${cy}`, { phones: ["+33 6 98 76 54 32"] });
    expect(patched.status).toBe(200);
    expect(await found(ann, "06 12 34 56 78")).toEqual([]);
    expect(await found(ann, "+33698765432")).toEqual([cy]);

    const bob = await signUp(t);
    await newContact(bob, { name: "Bob's Cy", phones: ["+33 6 98 76 54 32"] });
    expect(await found(ann, "+33698765432")).toEqual([cy]);
    await ann.request("DELETE", `/api/v1/contacts/${cy}`);
    expect(await found(ann, "+33698765432")).toEqual([]);
  });

  it("finds a stored number however it and the query are written", async () => {
    const owner = await signUp(t);
    const stored = numberIn.chain((n) =>
      fc.record({ n: fc.constant(n), stored: writings(n), query: writings(n) }),
    );
    await fc.assert(
      fc.asyncProperty(stored, async ({ stored, query }) => {
        const id = await newContact(owner, { name: "Somebody", phones: [stored] });
        expect(await found(owner, query)).toContain(id);
        await owner.request("DELETE", `/api/v1/contacts/${id}`);
      }),
      { numRuns: 60 },
    );
  });

  it("finds a stored number by any five or more of its digits in a row", async () => {
    const owner = await signUp(t);
    const part = numberIn.chain((n) =>
      fc
        .integer({ min: 0, max: n.national.length - 5 })
        .chain((from) =>
          fc.integer({ min: from + 5, max: n.national.length }).map((to) => n.national.slice(from, to)),
        )
        .chain((digits) => fc.record({ n: fc.constant(n), stored: writings(n), query: spelled(digits) })),
    );
    await fc.assert(
      fc.asyncProperty(part, async ({ stored, query }) => {
        const id = await newContact(owner, { name: "Somebody", phones: [stored] });
        expect(await found(owner, query)).toContain(id);
        await owner.request("DELETE", `/api/v1/contacts/${id}`);
      }),
      { numRuns: 40 },
    );
  });
});
