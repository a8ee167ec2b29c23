// A touch's "when" is typed as a wall-clock time in the user's time zone (which may differ from
// the browser's), and sent as an instant.

function wallClock(instant: Date, timeZone: string): Record<string, number> {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(instant);
  return Object.fromEntries(parts.filter((p) => p.type !== "literal").map((p) => [p.type, Number(p.value)]));
}

const pad = (n: number | undefined, width = 2) => String(n ?? 0).padStart(width, "0");

/** An instant as a datetime-local value ("2026-12-05T09:30") in a time zone. */
export function toLocalInput(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** A datetime-local value read in a time zone, as an ISO instant; undefined when incomplete. */
export function fromLocalInput(value: string, timeZone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return undefined;
  const [y, mo, d, h, mi] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // The zone's offset at that moment: how far its wall clock is from UTC's.
  const w = wallClock(new Date(asUtc), timeZone);
  const offset = Date.UTC(w.year!, w.month! - 1, w.day, w.hour, w.minute) - asUtc;
  return new Date(asUtc - offset).toISOString();
}
