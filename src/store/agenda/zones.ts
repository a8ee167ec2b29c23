// Local dates of stored instants in the owner's time zone: SQL returns instants, the book wants
// calendar days, and working them out one by one through Intl is too slow for a whole book.
import { addDays, localDate, startOfDayIn, zoneOffsets } from "../../domain/dates.js";
import type { Instant, IsoDate } from "../../domain/model.js";

const DAY_MS = 86_400_000;

const stored = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/** The number of the two digits at `at`: no substrings on the hot path. */
const twoDigits = (text: string, at: number) =>
  (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;

function makeZoneDates(timeZone: string) {
  const offsetMs = zoneOffsets(timeZone);
  // Per UTC day, the offset in minutes when it holds all day; per minute on the days it changes.
  const offsets = new Map<string, number | null>();
  const near = new Map<string, IsoDate>();
  const minutesAhead = (key: string, at: number): number => {
    let offset = offsets.get(key);
    if (offset === undefined) offsets.set(key, (offset = Math.round(offsetMs(at) / 60_000)));
    return offset ?? 0;
  };
  const shift = (day: IsoDate, by: number): IsoDate => {
    const key = `${day}${by}`;
    let found = near.get(key);
    if (found === undefined) near.set(key, (found = addDays(day, by)));
    return found;
  };

  function dateOf(instant: Instant): IsoDate {
    if (!stored.test(instant)) return localDate(instant, timeZone);
    const day = instant.slice(0, 10);
    let offset = offsets.get(day);
    if (offset === undefined) {
      const start = Date.parse(`${day}T00:00:00Z`);
      const [a, b] = [offsetMs(start), offsetMs(start + DAY_MS - 1)];
      offset = a === b ? Math.round(a / 60_000) : null;
      offsets.set(day, offset);
    }
    const minuteOfDay = twoDigits(instant, 11) * 60 + twoDigits(instant, 14);
    if (offset === null) {
      // Offsets change on minute boundaries: look this minute up once.
      offset = minutesAhead(instant.slice(0, 16), Date.parse(`${instant.slice(0, 16)}:00Z`));
    }
    const minutes = minuteOfDay + offset;
    return minutes < 0 ? shift(day, -1) : minutes >= 1440 ? shift(day, 1) : day;
  }

  /** The instant a local day starts. */
  const startOf = (date: IsoDate): Instant => startOfDayIn(date, timeZone);

  return { dateOf, startOf };
}

const zones = new Map<string, ReturnType<typeof makeZoneDates>>();

/**
 * Local dates of stored instants in one time zone, fast: the zone's offset is looked up once per
 * UTC day (per minute on days it changes) and remembered, since offsets of past days do not move.
 * @example zoneDates("Pacific/Auckland").dateOf("2026-03-10T20:00:00.000Z") // "2026-03-11"
 */
export function zoneDates(timeZone: string) {
  let zone = zones.get(timeZone);
  if (!zone) {
    if (zones.size >= 64) zones.clear();
    zones.set(timeZone, (zone = makeZoneDates(timeZone)));
  }
  return zone;
}

export type ZoneDates = ReturnType<typeof zoneDates>;
