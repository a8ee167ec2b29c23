// Fast calendar arithmetic for the agenda's hot path: `YYYY-MM-DD` ⇄ whole days since 1970-01-01.
// Same answers as dates.ts (a property test checks it), without Date parsing per call.
import type { IsoDate } from "../model.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

function digit(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

/** Days since 1970-01-01 of a valid `YYYY-MM-DD` date (H. Hinnant's days_from_civil). */
export function dayNumber(date: IsoDate): number {
  let y = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const m = digit(date, 5) * 10 + digit(date, 6);
  const d = digit(date, 8) * 10 + digit(date, 9);
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

interface Civil {
  year: number;
  month: number;
  day: number;
}

function civil(days: number): Civil {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yoe + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: doy - Math.floor((153 * mp + 2) / 5) + 1,
  };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The `YYYY-MM-DD` date of a day number. */
export function fromDayNumber(days: number): IsoDate {
  const { year, month, day } = civil(days);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** A short human date, "3 May", with the year when it is not the reference year: "3 May 2023". */
export function humanDate(days: number, referenceDays: number): string {
  const { year, month, day } = civil(days);
  const short = `${day} ${MONTHS[month - 1] ?? ""}`;
  return year === civil(referenceDays).year ? short : `${short} ${year}`;
}

/** "today", "yesterday", "3 days ago", "in 5 days". */
export function relativeDays(days: number, referenceDays: number): string {
  const diff = referenceDays - days;
  if (diff === 0) return "today";
  if (diff === 1) return "yesterday";
  if (diff === -1) return "tomorrow";
  return diff > 0 ? `${diff} days ago` : `in ${-diff} days`;
}
