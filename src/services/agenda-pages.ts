// Pages of a day's later items. A page starts after the rank key of the last item shown, sealed with
// its day in an opaque cursor, so that the pages of one day neither repeat nor skip an item however
// the items above move between requests.
import { countThrough, rankKeyOf, type AgendaItem, type RankKey } from "../domain/agenda/index.js";
import { isValidDate } from "../domain/dates.js";
import type { IsoDate } from "../domain/model.js";
import { invalid } from "../errors.js";
import { openCursor, sealCursor } from "../store/cursors.js";
import type { Db } from "../store/db.js";

export interface LaterPage {
  date: IsoDate;
  items: AgendaItem[];
  nextCursor: string | null;
  /** Every later item of the day, on all pages. */
  total: number;
}

export interface LaterCursor {
  date: IsoDate;
  after: RankKey;
}

const notOurs = () =>
  invalid("The cursor is not one the agenda gave out", [{ field: "cursor", message: "unknown cursor" }]);

/** The day and position a cursor from `laterPage` stands for. */
export async function openLaterCursor(db: Db, cursor: string): Promise<LaterCursor> {
  const [value, contactId] = await openCursor(db, cursor);
  let parsed: unknown;
  try {
    parsed = typeof value === "string" ? JSON.parse(value) : null;
  } catch {
    throw notOurs();
  }
  // A sealed cursor of another list (contacts, say) opens too: its value is not ours.
  if (!Array.isArray(parsed) || parsed.length !== 4) throw notOurs();
  const [date, priority, overdueDays, name] = parsed as unknown[];
  if (
    typeof date !== "string" ||
    !isValidDate(date) ||
    !Number.isInteger(priority) ||
    !Number.isInteger(overdueDays) ||
    typeof name !== "string"
  ) {
    throw notOurs();
  }
  return {
    date,
    after: { priority: priority as number, overdueDays: overdueDays as number, name, contactId },
  };
}

/**
 * Up to `limit` of the day's ranked later items, after `after` (from the start without it).
 * @example await laterPage(db, agenda.later, agenda.date, undefined, 20)
 */
export async function laterPage(
  db: Db,
  later: readonly AgendaItem[],
  date: IsoDate,
  after: RankKey | undefined,
  limit: number,
): Promise<LaterPage> {
  const start = after ? countThrough(later, after) : 0;
  const items = later.slice(start, start + limit);
  const last = items.at(-1);
  let nextCursor: string | null = null;
  if (last && start + items.length < later.length) {
    const { priority, overdueDays, name, contactId } = rankKeyOf(last);
    nextCursor = await sealCursor(db, JSON.stringify([date, priority, overdueDays, name]), contactId);
  }
  return { date, items, nextCursor, total: later.length };
}
