// The calendar feed's events, as plain descriptions: what each owner's book promises on which day.
// Every event is a whole day in the owner's time zone (the book's dates already are); rendering them
// as iCalendar is the services' job. UIDs come from the record's id and the event's kind, so a
// calendar that refetches the feed updates an event in place instead of duplicating it.
import { addDays } from "./dates.js";
import type { IsoDate, YearlyDate } from "./model.js";
import type { BookContact } from "./agenda/book.js";

/** An open deal's agreed decision date. */
export interface CalendarDecision {
  id: string;
  contactId: string;
  title: string;
  decisionOn: IsoDate;
}

export const calendarEventKinds = [
  "get_back",
  "matter",
  "renewal",
  "decision",
  "birthday",
  "anniversary",
] as const;
export type CalendarEventKind = (typeof calendarEventKinds)[number];

export interface CalendarEvent {
  uid: string;
  kind: CalendarEventKind;
  summary: string;
  description: string;
  /** The (first) day of the event. */
  date: IsoDate;
  /** Recurs every year on this month and day; day -1 is the month's last (29 February's). */
  yearly: { month: number; day: number } | null;
}

/** Year-less dates start in a leap year, so that 29 February is a real first occurrence. */
const YEARLESS_START = 2000;

function uid(kind: CalendarEventKind, recordId: string): string {
  return `${kind}-${recordId}@rapport`;
}

/**
 * The first day of a birthday or anniversary: the date itself, or for `--MM-DD` that day in 2000.
 * @example firstOccurrence("--04-12") // "2000-04-12"
 */
export function firstOccurrence(yearly: YearlyDate): IsoDate {
  return yearly.startsWith("--") ? `${YEARLESS_START}${yearly.slice(1)}` : yearly;
}

/**
 * When a yearly date recurs: its month and day, with 29 February on the last day of February, so
 * that it shows in common years too (as on the agenda).
 * @example yearlyRule("--02-29") // { month: 2, day: -1 }
 */
export function yearlyRule(yearly: YearlyDate): { month: number; day: number } {
  const [month, day] = yearly.slice(-5).split("-").map(Number) as [number, number];
  return { month, day: month === 2 && day === 29 ? -1 : day };
}

function yearlyEvents(c: BookContact): CalendarEvent[] {
  const dates: [CalendarEventKind, YearlyDate | null, string][] = [
    ["birthday", c.birthday, "birthday"],
    ["anniversary", c.anniversary, "anniversary"],
  ];
  return dates.flatMap(([kind, yearly, word]) =>
    yearly === null
      ? []
      : [
          {
            uid: uid(kind, c.id),
            kind,
            summary: `${c.name}'s ${word}`,
            description: `A good day to reach out to ${c.name}`,
            date: firstOccurrence(yearly),
            yearly: yearlyRule(yearly),
          },
        ],
  );
}

function datedEvents(c: BookContact, renewalWindowDays: number): CalendarEvent[] {
  const once = (
    kind: CalendarEventKind,
    id: string,
    date: IsoDate,
    summary: string,
    description: string,
  ) => ({
    uid: uid(kind, id),
    kind,
    summary,
    description,
    date,
    yearly: null,
  });
  const events: CalendarEvent[] = [];
  if (c.openGetBackOn !== null) {
    events.push(
      once(
        "get_back",
        c.id,
        c.openGetBackOn,
        `Get back to ${c.name}`,
        `You and ${c.name} agreed to get back to each other today: a promise to keep`,
      ),
    );
  }
  for (const m of c.matters) {
    if (m.followUpOn === null) continue;
    events.push(
      once("matter", m.id, m.followUpOn, `Ask ${c.name}: ${m.summary}`, `Ask how it went: ${m.summary}`),
    );
  }
  for (const k of c.contracts) {
    events.push(
      once(
        "renewal",
        k.id,
        addDays(k.endsOn, -renewalWindowDays),
        `Renewal talk with ${c.name}: ${k.title}`,
        `"${k.title}" ends on ${k.endsOn}: time to talk about how it is going for them`,
      ),
    );
  }
  return events;
}

/**
 * Every event of an owner's book: agreed get-backs, matters to ask about, renewal conversations
 * (due `renewalWindowDays` before a contract ends, as on the agenda), decision dates of open
 * deals, and yearly birthdays and anniversaries. Ordered by date, then UID, so that two fetches
 * of an unchanged book are identical.
 * @example calendarEvents([ana], [], 45).map((e) => e.summary) // ["Ana Ruiz's birthday"]
 */
export function calendarEvents(
  book: readonly BookContact[],
  decisions: readonly CalendarDecision[],
  renewalWindowDays: number,
): CalendarEvent[] {
  const names = new Map(book.map((c) => [c.id, c.name]));
  const events = book.flatMap((c) => [...datedEvents(c, renewalWindowDays), ...yearlyEvents(c)]);
  for (const d of decisions) {
    const name = names.get(d.contactId);
    if (name === undefined) continue;
    events.push({
      uid: uid("decision", d.id),
      kind: "decision",
      summary: `${name} decides: ${d.title}`,
      description: `The day you and ${name} agreed to get back to each other with a decision on "${d.title}"`,
      date: d.decisionOn,
      yearly: null,
    });
  }
  return events.sort((a, b) => (a.date === b.date ? compare(a.uid, b.uid) : compare(a.date, b.date)));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
