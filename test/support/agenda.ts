// The agenda as a test reads it: every later item, page after page, and a book of due contacts
// seeded through the store (thousands through the API would take minutes on PostgreSQL).
import { expect } from "vitest";
import { contactCreate } from "../../src/contract/contacts.js";
import { agendaFor } from "../../src/domain/agenda/index.js";
import { agendaSettingsOf, readSettings } from "../../src/services/settings.js";
import { loadBook } from "../../src/store/agenda/book.js";
import { contactSpec } from "../../src/store/contacts.js";
import { insertRow } from "../../src/store/crud.js";
import type { Db } from "../../src/store/db.js";
import type { Client, TestApp } from "./app.js";

type Owner = Pick<Client, "workspaceId" | "userId">;

export interface Item {
  contactId: string;
  contactName: string;
  reason: { kind: string; dueOn: string };
  reasons: { kind: string; dueOn: string }[];
}

export interface WholeAgenda {
  date: string;
  timeZone: string;
  items: Item[];
  later: Item[];
}

/** The agenda with every later item, following `laterCursor` through `GET /agenda/later`. */
export async function wholeAgenda(client: Client, query = "", limit = 200): Promise<WholeAgenda> {
  const res = await client.request("GET", `/api/v1/agenda${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const { laterTotal, laterCursor, ...agenda } = res.body as WholeAgenda & {
    laterTotal: number;
    laterCursor: string | null;
  };
  const later = [...agenda.later];
  for (let cursor = laterCursor; cursor !== null;) {
    const page = await client.request("GET", `/api/v1/agenda/later?cursor=${cursor}&limit=${limit}`);
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    expect(page.body.total).toBe(laterTotal);
    later.push(...(page.body.items as Item[]));
    cursor = page.body.nextCursor as string | null;
  }
  expect(later).toHaveLength(laterTotal);
  return { ...agenda, later };
}

/** The agenda from scratch (in UTC): the whole book loaded now, ranked by the settings in force. */
export async function freshAgenda(t: TestApp, client: Client, today: string) {
  const db = t.deps.store.db;
  const settings = agendaSettingsOf(await readSettings(db, client.workspaceId));
  const book = await loadBook(
    db,
    { workspaceId: client.workspaceId, ownerId: client.userId },
    { today, timeZone: "UTC", ledgerWindowDays: settings.ledgerWindowDays },
  );
  return agendaFor(book, settings, today);
}

/** `count` clients of an owner's, added on `at` and never touched since: all due by their cadence. */
export async function seedDueContacts(db: Db, owner: Owner, count: number, at: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < count; i++) {
      const input = contactCreate.parse({ name: `Client ${String(i).padStart(5, "0")}`, stage: "client" });
      await insertRow(trx, contactSpec, owner.workspaceId, { ownerId: owner.userId, ...input }, at);
    }
  });
}
