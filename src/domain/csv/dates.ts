// Dates as spreadsheets write them, turned into the forms finishRecord reads (`1985-04-12`,
// `--04-12`). What is not recognised is passed on as written, so that finishRecord warns about it.
import { isValidYearlyDate } from "../dates.js";
import type { DateOrder } from "./columns.js";

const pad = (n: string) => n.padStart(2, "0");

/** Outlook writes "no date" as `0/0/00`, others as zeros in every part. */
const NONE = /^0{1,4}([./-]0{1,4}){2}$/;
const NUMERIC = /^(\d{1,4})[./-](\d{1,2})(?:[./-](\d{2,4}))?$/;

/**
 * `4/12/1985` (month first) or `12.04.1985` (dots are always day first) → `1985-04-12`;
 * `1985/04/12` → `1985-04-12`; `4/12` → `--04-12`; `0/0/00` → null; anything else as written.
 * A first number over 12 can only be a day, a second one over 12 only a month's day.
 */
export function csvDate(written: string, order: DateOrder | null): string | null {
  const value = written.trim();
  if (NONE.test(value)) return null;
  const parts = NUMERIC.exec(value);
  if (!parts || order === null) return value;
  const [, a = "", b = "", c] = parts;
  const date = a.length === 4 ? (c ? `${a}-${pad(b)}-${pad(c)}` : "") : dayAndMonth(a, b, c, order, value);
  return isValidYearlyDate(date) ? date : value;
}

function dayAndMonth(a: string, b: string, year: string | undefined, order: DateOrder, value: string) {
  if (year !== undefined && year.length !== 4) return "";
  const dayFirst =
    Number(a) > 12 ? true : Number(b) > 12 ? false : value.includes(".") || order === "day-first";
  const [month, day] = dayFirst ? [b, a] : [a, b];
  return year ? `${year}-${pad(month)}-${pad(day)}` : `--${pad(month)}-${pad(day)}`;
}

/** Thunderbird's Birth Year, Birth Month and Birth Day cells as one date; null when all are empty. */
export function dateFromParts(year: string, month: string, day: string): string | null {
  if (!month && !day) return year || null;
  return year ? `${year}-${pad(month)}-${pad(day)}` : `--${pad(month)}-${pad(day)}`;
}
