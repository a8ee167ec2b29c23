// One record of every kind that a path names by id, created in a workspace through the API as its
// owner would. Every text carries the workspace's marker, so that another workspace's answers can
// be searched for it.
import { expect } from "vitest";
import { created, newContact, type Body, type Client, type TestApp } from "./app.js";
import { postFile } from "./uploads.js";

/** A resource with the usual routes (create, list, read, update, archive, restore) under `path`. */
export interface Resource {
  path: string;
  create(contactId: string, marker: string): Body;
}

export const resources: Resource[] = [
  { path: "/contacts", create: (_c, marker) => ({ name: `${marker} Bea Private` }) },
  { path: "/organizations", create: (_c, marker) => ({ name: `${marker} Private Org` }) },
  {
    path: "/touches",
    create: (contactId, marker) => ({
      contactId,
      occurredAt: "2026-03-01T10:00:00Z",
      channel: "call",
      intent: "give",
      direction: "outbound",
      notes: `${marker} private notes`,
    }),
  },
  {
    path: "/facts",
    create: (contactId, marker) => ({
      contactId,
      kind: "interest",
      text: `${marker} private hobby`,
      learnedOn: "2026-03-01",
    }),
  },
  {
    path: "/matters",
    create: (contactId, marker) => ({
      contactId,
      summary: `${marker} private matter`,
      kind: "family",
      followUpOn: "2026-03-05",
    }),
  },
  {
    path: "/follow-ups",
    create: (contactId, marker) => ({ contactId, dueOn: "2026-03-05", detail: `${marker} private` }),
  },
  { path: "/deals", create: (contactId, marker) => ({ contactId, title: `${marker} private deal` }) },
  {
    path: "/contracts",
    create: (contactId, marker) => ({ contactId, title: `${marker} private contract`, endsOn: "2027-01-31" }),
  },
];

export interface Seeded {
  marker: string;
  /** The contact the other records hang on. */
  contactId: string;
  /** Record ids by the path segment that names them: `contacts`, `deals`, `concerns`, `tokens`… */
  ids: Record<string, string>;
  /** Path values that are credentials themselves, by segment: the invite token, the feed's file. */
  capabilities: Record<string, string>;
  /** Every id, secret and name of the workspace, to look for where it must not be. */
  traces: string[];
}

/** Creates one record of every kind in `owner`'s workspace, each text starting with `marker`. */
export async function seedWorkspace(t: TestApp, owner: Client, marker: string): Promise<Seeded> {
  const contactId = await newContact(owner, { name: `${marker} Contact` });
  const ids: Record<string, string> = {};
  for (const resource of resources) {
    ids[resource.path.slice(1)] = (
      await created(owner, `/api/v1${resource.path}`, resource.create(contactId, marker))
    ).id;
  }
  // An archived contact too, for listings that include the archive.
  const archived = await newContact(owner, { name: `${marker} Archived` });
  await owner.request("DELETE", `/api/v1/contacts/${archived}`);
  ids.concerns = (
    await created(owner, `/api/v1/deals/${ids.deals}/concerns`, { text: `${marker} concern` })
  ).id;
  const token = await created(owner, "/api/v1/tokens", { name: `${marker} token` });
  ids.tokens = token.id;
  const imported = await postFile(
    t,
    owner,
    "/api/v1/imports?format=csv&wait=true",
    `Name\n${marker} Imported\n`,
  );
  expect(imported.status, JSON.stringify(imported.body)).toBe(200);
  ids.imports = imported.body.id;
  const webhook = await created(owner, "/api/v1/webhooks", {
    url: `https://hooks.example.com/${marker}`,
    events: ["contact.created", "touch.created"],
  });
  ids.webhooks = webhook.id;
  const invite = await created(owner, "/api/v1/invites", {});
  const feed = await created(owner, "/api/v1/calendar/feed", {});
  const capabilities = { invites: invite.token, feed: String(feed.url).split("/").pop()! };
  const traces = [
    marker,
    contactId,
    archived,
    owner.userId,
    owner.workspaceId,
    owner.token,
    token.token,
    webhook.secret,
    ...Object.values(ids),
    ...Object.values(capabilities),
  ];
  return { marker, contactId, ids, capabilities, traces };
}
