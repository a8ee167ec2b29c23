// iCalendar (RFC 5545) rendering of the feed's events with ical-generator, which escapes text,
// folds lines at 75 octets and ends them with CRLF. Every event is a whole day, written as a
// DATE value: a day in the owner's time zone, which X-WR-TIMEZONE names for the subscribing app.
import ical, { ICalCalendarMethod, ICalEventRepeatingFreq } from "ical-generator";
import type { CalendarEvent } from "../domain/calendar.js";

export interface CalendarDocument {
  name: string;
  timeZone: string;
  /** DTSTAMP of every event: when this copy of the feed was made. */
  stamp: Date;
  events: readonly CalendarEvent[];
}

// A day as the UTC midnight that ical-generator writes back as that same DATE (it reads dates
// in UTC when the calendar names no zone; naming one would make it read them in the server's).
const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);

export function renderCalendar(doc: CalendarDocument): string {
  const calendar = ical({
    name: doc.name,
    prodId: { company: "Rapport", product: "Rapport", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
  });
  calendar.x([{ key: "X-WR-TIMEZONE", value: doc.timeZone }]);
  for (const event of doc.events) {
    calendar.createEvent({
      id: event.uid,
      summary: event.summary,
      description: event.description,
      start: utcDay(event.date),
      allDay: true,
      stamp: doc.stamp,
      repeating: event.yearly && {
        freq: ICalEventRepeatingFreq.YEARLY,
        byMonth: event.yearly.month,
        byMonthDay: event.yearly.day,
      },
    });
  }
  return calendar.toString();
}
