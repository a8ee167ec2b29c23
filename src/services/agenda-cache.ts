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
/** What a store keeps at most by default; least recently used books go first. */
export const AGENDA_CACHE_BYTES = 64 * 1024 * 1024;
// Estimated heap of one kept item, its hidden wordings and its place in the ranking: calibrated on
// the bench's book (20,000 contacts: 2.07 KB measured per due item, 327 characters of text each).
const ITEM_BYTES = 800;
const CHAR_BYTES = 4;
const BOOK_BYTES = 4 * 1024;

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
  /** Estimated heap held by `due` and `ranked`. */
  bytes: number;
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

function itemBytes(item: AgendaItem): number {
  const { contactName, why, suggested } = item;
  let chars = contactName.length + why.length + suggested.opener.length + (suggested.idea?.length ?? 0);
  for (const reason of item.reasons) chars += reason.detail.length;
  return ITEM_BYTES + CHAR_BYTES * chars;
}

function drop(book: Book, contactId: string): void {
  const item = book.due.get(contactId);
  if (!item) return;
  book.bytes -= itemBytes(item);
  book.due.delete(contactId);
}

/** Least recently used books out until the rest fit: the one just used too, when it alone does not. */
function evict(books: Map<string, Book>, maxBytes: number): void {
  let total = 0;
  for (const book of books.values()) total += book.bytes;
  for (const [key, book] of books) {
    if (total <= maxBytes) return;
    books.delete(key);
    total -= book.bytes;
  }
}

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
  if (whole) {
    book.due.clear();
    book.bytes = BOOK_BYTES;
  } else for (const id of changes.contactIds ?? []) drop(book, id);
  for (const item of items) {
    drop(book, item.contactId);
    book.due.set(item.contactId, item);
    book.bytes += itemBytes(item);
  }
  book.version = changes.version;
  book.ranked = null;
}

/**
 * The owner's ranked agenda for a day, from the kept book when nothing changed, else after reloading
 * only the contacts marked since. The store keeps books up to `maxBytes` (estimated) in all.
 * @example await cachedAgenda(store, { workspaceId, ownerId, timeZone: "Europe/Paris", today, settings })
 */
export async function cachedAgenda(
  store: Store,
  r: AgendaRequest,
  maxBytes: number = AGENDA_CACHE_BYTES,
): Promise<Agenda> {
  const books = booksOf(store);
  const key = keyOf(r);
  let book = books.get(key);
  if (book) books.delete(key);
  else book = { version: -1, due: new Map(), bytes: BOOK_BYTES, ranked: null, turn: Promise.resolve() };
  books.set(key, book);
  const kept = book;
  const turn = kept.turn.then(() => refresh(store.db, kept, r));
  kept.turn = turn.catch(() => undefined);
  await turn;
  evict(books, maxBytes);
  kept.ranked ??= rankAgenda(kept.due.values(), r.settings, r.today);
  // Fresh lists, so that a caller cannot reorder the kept ones.
  return { date: kept.ranked.date, items: [...kept.ranked.items], later: [...kept.ranked.later] };
}

/** The books a store keeps, least recently used first, with their estimated bytes (for tests and measuring). */
export function keptAgendas(store: Store): { ownerId: string; today: IsoDate; bytes: number }[] {
  return [...booksOf(store)].map(([key, book]) => {
    const [, ownerId, , today] = JSON.parse(key) as [string, string, string, IsoDate];
    return { ownerId, today, bytes: book.bytes };
  });
}
