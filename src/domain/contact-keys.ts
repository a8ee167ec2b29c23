// How a contact is recognised across sources: emails compared without case, phones by their
// digits. The store keeps these keys beside each contact so that an import finds a match with
// an index instead of reading the book.
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js/min";

export type ContactKeyKind = "email" | "phone";

export interface ContactKey {
  kind: ContactKeyKind;
  key: string;
}

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

// Parsing a number is the costly part of an import, and one number is keyed several times on its
// way in (cleaning, matching, indexing): the latest answers are kept. The result depends on the
// arguments alone, so the memo changes no answer. A number with its international prefix reads
// the same in every country, so it is kept once.
const MEMO_SIZE = 20_000;
const recentKeys = new Map<string, string | null>();
const memoKey = (phone: string, country: CountryCode | undefined) =>
  phone.startsWith("+") ? phone : `${country ?? ""} ${phone}`;

function remember(memo: string, key: string | null): string | null {
  if (recentKeys.size >= MEMO_SIZE) recentKeys.clear();
  recentKeys.set(memo, key);
  return key;
}

const parse = (phone: string, country: CountryCode | undefined) =>
  parsePhoneNumberFromString(phone.trim().replace(/^00/, "+"), country);

function keyOf(phone: string, parsed: PhoneNumber | undefined): string | null {
  const digits = parsed?.nationalNumber ?? phone.replace(/\D/g, "").replace(/^0+/, "");
  return digits.length >= 5 ? digits : null;
}

/**
 * The national significant number when the phone parses (so `+1 415-555-0100` and
 * `(415) 555-0100` agree), else its digits without a trunk or international prefix; null when
 * too few digits are left to tell people apart.
 */
export function phoneKey(phone: string, country?: CountryCode): string | null {
  const memo = memoKey(phone, country);
  const known = recentKeys.get(memo);
  return known !== undefined ? known : remember(memo, keyOf(phone, parse(phone, country)));
}

/**
 * A phone as an import keeps it, with its key, from one parse: in international form when it is a
 * valid number, else as written. Keying the kept form afterwards parses nothing again.
 */
export function readPhone(written: string, country?: CountryCode): { value: string; key: string | null } {
  const parsed = parse(written, country);
  const key = remember(memoKey(written, country), keyOf(written, parsed));
  if (!parsed?.isValid()) return { value: written, key };
  const value = parsed.formatInternational();
  return { value, key: remember(memoKey(value, undefined), key) };
}

/** Every key of a contact, without repeats. */
export function contactKeys(contact: { emails: readonly string[]; phones: readonly string[] }): ContactKey[] {
  const keys = new Map<string, ContactKey>();
  for (const email of contact.emails)
    keys.set(`email ${emailKey(email)}`, { kind: "email", key: emailKey(email) });
  for (const phone of contact.phones) {
    const key = phoneKey(phone);
    if (key) keys.set(`phone ${key}`, { kind: "phone", key });
  }
  return [...keys.values()];
}
