// Calendar arithmetic on `YYYY-MM-DD` strings, done in UTC so that no local clock leaks in.
import type { Instant, IsoDate, YearlyDate } from "./model.js";

const DAY_MS = 86_400_000;

function toUtcMs(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function isValidDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const ms = toUtcMs(value);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

/** Valid `YYYY-MM-DD` or year-less `--MM-DD` (29 February allowed without a year). */
export function isValidYearlyDate(value: string): boolean {
  const yearless = /^--(\d{2})-(\d{2})$/.exec(value);
  if (yearless) return isValidDate(`2000-${yearless[1]}-${yearless[2]}`);
  return isValidDate(value);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** The calendar date of an instant as seen in a time zone (IANA name; UTC when absent). */
export function localDate(instant: Instant | Date, timeZone = "UTC"): IsoDate {
  const d = typeof instant === "string" ? new Date(instant) : instant;
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

export function isValidTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * The date a yearly date (birthday, anniversary) falls on in the year of `on`.
 * 29 February falls on 28 February in common years.
 */
export function occurrenceInYear(yearly: YearlyDate, year: number): IsoDate {
  const monthDay = yearly.startsWith("--") ? yearly.slice(2) : yearly.slice(5);
  const candidate = `${String(year).padStart(4, "0")}-${monthDay}`;
  return isValidDate(candidate) ? candidate : `${String(year).padStart(4, "0")}-02-28`;
}

export function todayIn(now: Date, timeZone = "UTC"): IsoDate {
  return localDate(now, timeZone);
}

/**
 * A function giving how many milliseconds a time zone is ahead of UTC at an instant; the
 * formatter is built once, so that converting many instants stays cheap.
 */
export function zoneOffsets(timeZone: string): (at: number) => number {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  return (at) => {
    const parts = format.formatToParts(new Date(at));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const local = new Date(0);
    local.setUTCFullYear(get("year"), get("month") - 1, get("day"));
    local.setUTCHours(get("hour"), get("minute"), get("second"));
    return local.getTime() - Math.floor(at / 1000) * 1000;
  };
}

/** The instant a calendar day starts in a time zone (`YYYY-MM-DD` → ISO UTC). */
export function startOfDayIn(date: string, timeZone: string): Instant {
  const offsetAt = zoneOffsets(timeZone);
  const midnight = Date.parse(`${date}T00:00:00Z`);
  const guess = midnight - offsetAt(midnight);
  // Once more at the guess, in case a daylight-saving change falls between the two.
  return new Date(midnight - offsetAt(guess)).toISOString();
}
