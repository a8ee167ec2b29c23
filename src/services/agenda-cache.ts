// An owner's agenda kept between requests: the due item of each contact, refreshed from the contacts
// marked since the last look (store/agenda/changes.ts) rather than reloading the whole book. Every
// request still asks the database what changed, so writes by anyone (another server, the CLI, a
// restore) show up on the next request; only unchanged contacts are reused.
import { agendaItems, rankAgenda, type Agenda, type AgendaItem } from "../domain/agenda/index.js";
import type { AgendaSettings } from "../domain/agenda/settings.js";
import type { IsoDate } from "../domain/model.js";
import { loadBook } from "../store/agenda/book.js";
import { bookChanges, bookVersion } from "../store/agenda/changes.js";
import type { Db, Store } from "../store/db.js";

/** Past this many changed contacts, reloading the whole book is as cheap as reloading them. */
const CHANGED_LIMIT = 400;
/** Books kept per store, least recently used first out. */
const BOOKS = 16;

export interface AgendaRequest {
  workspaceId: string;
  ownerId: string;
  timeZone: string;
  today: IsoDate;
  settings: AgendaSettings;
}

interface Book {
  /** The workspace's book version the items reflect. */
  version: number;
  due: Map<string, AgendaItem>;
  /** Ranked from `due`, until the next change. */
  ranked: Agenda | null;
  /** Refreshes of one book take turns, so that two requests never interleave their updates. */
  turn: Promise<unknown>;
}

const stores = new WeakMap<Store, Map<string, Book>>();

function booksOf(store: Store): Map<string, Book> {
  let books = stores.get(store);
  if (!books) stores.set(store, (books = new Map<string, Book>()));
  return books;
}

// Everything the items depend on besides the rows: whose book, which day, in which zone, by which settings.
const keyOf = (r: AgendaRequest) =>
  JSON.stringify([r.workspaceId, r.ownerId, r.timeZone, r.today, r.settings]);

async function dueItems(db: Db, r: AgendaRequest, contactIds?: readonly string[]): Promise<AgendaItem[]> {
  const scope = { workspaceId: r.workspaceId, ownerId: r.ownerId, contactIds };
  const day = { today: r.today, timeZone: r.timeZone, ledgerWindowDays: r.settings.ledgerWindowDays };
  return agendaItems(await loadBook(db, scope, day), r.settings, r.today);
}

/** Brings a book up to the database's version. State changes only after the last await. */
async function refresh(db: Db, book: Book, r: AgendaRequest): Promise<void> {
  const loaded = book.version >= 0;
  const changes = loaded
    ? await bookChanges(db, r.workspaceId, book.version, CHANGED_LIMIT)
    : { version: await bookVersion(db, r.workspaceId), contactIds: null };
  if (loaded && changes.version === book.version) return;
  // Marks are read before the rows, so rows written meanwhile are reloaded next time, never missed.
  const whole = changes.contactIds === null || changes.version < book.version;
  const items = await dueItems(db, r, whole ? undefined : (changes.contactIds ?? undefined));
  if (whole) book.due.clear();
  else for (const id of changes.contactIds ?? []) book.due.delete(id);
  for (const item of items) book.due.set(item.contactId, item);
  book.version = changes.version;
  book.ranked = null;
}

/**
 * The owner's ranked agenda for a day, from the kept book when nothing changed, else after reloading
 * only the contacts marked since.
 * @example await cachedAgenda(store, { workspaceId, ownerId, timeZone: "Europe/Paris", today, settings })
 */
export async function cachedAgenda(store: Store, r: AgendaRequest): Promise<Agenda> {
  const books = booksOf(store);
  const key = keyOf(r);
  let book = books.get(key);
  if (book) books.delete(key);
  else book = { version: -1, due: new Map(), ranked: null, turn: Promise.resolve() };
  books.set(key, book);
  for (const oldest of books.keys()) {
    if (books.size <= BOOKS) break;
    books.delete(oldest);
  }
  const kept = book;
  const turn = kept.turn.then(() => refresh(store.db, kept, r));
  kept.turn = turn.catch(() => undefined);
  await turn;
  kept.ranked ??= rankAgenda(kept.due.values(), r.settings, r.today);
  // Fresh lists, so that a caller cannot reorder the kept ones.
  return { date: kept.ranked.date, items: [...kept.ranked.items], later: [...kept.ranked.later] };
}
