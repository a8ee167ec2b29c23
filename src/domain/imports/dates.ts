// Birthdays and anniversaries in the forms address books write, read as a yearly date; a date
// that does not exist is refused (null), never moved to a neighbouring day.
import { isValidYearlyDate } from "../dates.js";
import type { YearlyDate } from "../model.js";

/** Apple writes a year-less date with this placeholder year. */
const NO_YEAR = "1604";

/**
 * `1985-04-12`, `19850412`, `1985-04-12T00:00:00Z`, `--0412`, `--04-12`, `1604-04-12` (Apple,
 * no year) → `1985-04-12` or `--04-12`; anything else, or a day that does not exist, → null.
 */
export function yearlyDateFrom(written: string): YearlyDate | null {
  const value = written.trim();
  const yearless = /^--(\d{2})-?(\d{2})$/.exec(value);
  const full = /^(\d{4})-?(\d{2})-?(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  const date = yearless
    ? `--${yearless[1]}-${yearless[2]}`
    : full
      ? full[1] === NO_YEAR
        ? `--${full[2]}-${full[3]}`
        : `${full[1]}-${full[2]}-${full[3]}`
      : null;
  return date && isValidYearlyDate(date) ? date : null;
}
