// One contract for every resource: a team sees only its own workspace. B's ids answer 404 to A
// on read, update, archive and restore, and B's rows never appear in A's lists.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "./support/db.js";
import { created, newContact, signUp, testApp, type Body, type Client, type TestApp } from "./support/app.js";
import { expectHidden, expectInvalid } from "./support/expect.js";

/** A request by A that would tie A's data to a record of B's, refused on `field`. */
interface Attempt {
  method: "POST" | "PATCH";
  path: string;
  body: Body;
  field: string;
}

/** B's record of the resource under test, B's contact and B's user; and A's own contact. */
interface Foreign {
  id: string;
  contactId: string;
  userId: string;
  ownContactId: string;
}

interface Resource {
  path: string;
  create(owner: Client, contactId: string): Record<string, unknown>;
  update: Record<string, unknown>;
  /** How A could attach something to B's records; by default, a new row on B's contact. */
  attach?(foreign: Foreign): Attempt[];
}

/** A contact of A's, created or edited to point at one of B's records. */
const contactPointingAt = (field: string, value: string, ownContactId: string): Attempt[] => [
  { method: "POST", path: "/contacts", body: { name: "Attached", [field]: value }, field },
  { method: "PATCH", path: `/contacts/${ownContactId}`, body: { [field]: value }, field },
];

const resources: Resource[] = [
  {
    path: "/contacts",
    create: () => ({ name: "Bea Private" }),
    update: { title: "Changed" },
    // A contact points at its owner: never a member of another workspace.
    attach: ({ userId, ownContactId }) => contactPointingAt("ownerId", userId, ownContactId),
  },
  {
    path: "/organizations",
    create: () => ({ name: "Private Org" }),
    update: { notes: "changed" },
    // Contacts are what attach to an organization.
    attach: ({ id, ownContactId }) => contactPointingAt("organizationId", id, ownContactId),
  },
  {
    path: "/touches",
    create: (_o, contactId) => ({
      contactId,
      occurredAt: "2026-03-01T10:00:00Z",
      channel: "call",
      intent: "give",
      direction: "outbound",
      notes: "private notes",
    }),
    update: { notes: "changed" },
  },
  {
    path: "/facts",
    create: (_o, contactId) => ({
      contactId,
      kind: "interest",
      text: "Private hobby",
      learnedOn: "2026-03-01",
    }),
    update: { text: "changed" },
  },
  {
    path: "/matters",
    create: (_o, contactId) => ({
      contactId,
      summary: "Private matter",
      kind: "family",
      followUpOn: "2026-03-05",
    }),
    update: { summary: "changed" },
  },
  {
    path: "/follow-ups",
    create: (_o, contactId) => ({ contactId, dueOn: "2026-03-05", detail: "private" }),
    update: { detail: "changed" },
  },
  {
    path: "/deals",
    create: (_o, contactId) => ({ contactId, title: "Private deal" }),
    update: { title: "changed" },
  },
  {
    path: "/contracts",
    create: (_o, contactId) => ({ contactId, title: "Private contract", endsOn: "2027-01-31" }),
    update: { title: "changed" },
  },
];

describe.each(dialects)("workspace isolation on %s", (dialect) => {
  let t: TestApp;
  let a: Client;
  let b: Client;
  let bContactId: string;
  let aContactId: string;

  beforeAll(async () => {
    t = await testApp(dialect);
    a = await signUp(t, "Team A");
    b = await signUp(t, "Team B");
    bContactId = await newContact(b, { name: "B's contact" });
    aContactId = await newContact(a, { name: "A's contact" });
  });
  afterAll(() => t.close());

  describe.each(resources)("$path", (resource) => {
    let bId: string;
    beforeAll(async () => {
      bId = (await created(b, `/api/v1${resource.path}`, resource.create(b, bContactId))).id;
    });

    it("answers 404 to another workspace's id on read, update, archive and restore", async () => {
      const url = `/api/v1${resource.path}/${bId}`;
      await expectHidden(a, url, resource.update);
      const untouched = await b.request("GET", url);
      expect(untouched.status).toBe(200);
      expect(untouched.body.version).toBe(1);
    });

    it("never lists another workspace's rows", async () => {
      await a.request("POST", `/api/v1${resource.path}`, resource.create(a, aContactId));
      const list = await a.request("GET", `/api/v1${resource.path}?limit=200&archived=include`);
      expect(list.status).toBe(200);
      const ids = list.body.items.map((x: { id: string }) => x.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids).not.toContain(bId);
    });

    it("refuses to attach anything to another workspace's records", async () => {
      const foreign = { id: bId, contactId: bContactId, userId: b.userId, ownContactId: aContactId };
      const attempts = resource.attach?.(foreign) ?? [
        { method: "POST", path: resource.path, body: resource.create(a, bContactId), field: "contactId" },
      ];
      for (const { method, path, body, field } of attempts) {
        expectInvalid(await a.request(method, `/api/v1${path}`, body), field);
      }
    });
  });

  it("answers 404 for another workspace's contact's sub-lists", async () => {
    for (const sub of ["touches", "facts", "matters", "follow-ups", "deals", "contracts"]) {
      expect((await a.request("GET", `/api/v1/contacts/${bContactId}/${sub}`)).status).toBe(404);
    }
  });
});
