// Dates and times as the user reads them: in their time zone and their browser's locale.

const locale = typeof navigator === "undefined" ? "en" : navigator.language;

/** A calendar date (YYYY-MM-DD) as text, without shifting it through any time zone. */
export function formatDate(
  ymd: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: "medium" },
): string {
  const [y, m, d] = ymd.split("-").map(Number);
  if (!y || !m || !d) return ymd;
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** An instant (ISO 8601) in the user's time zone. */
export function formatInstant(
  iso: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" },
): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(new Date(iso));
}

/** Today's date (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** A date n days after a YYYY-MM-DD date. */
export function addDays(ymd: string, days: number): string {
  const [y, m, d] = ymd.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** "1 give", "2 asks": counts read as words. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** snake_case vocabulary from the API ("needs_understood") as words ("needs understood"). */
export function words(value: string): string {
  return value.replaceAll("_", " ");
}
