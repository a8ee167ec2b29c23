// How a contact is recognised across sources: emails compared without case, phones by their
// digits. The store keeps these keys beside each contact so that an import finds a match with
// an index instead of reading the book.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/min";

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
// arguments alone, so the memo changes no answer.
const MEMO_SIZE = 20_000;
const recentKeys = new Map<string, string | null>();

/**
 * The national significant number when the phone parses (so `+1 415-555-0100` and
 * `(415) 555-0100` agree), else its digits without a trunk or international prefix; null when
 * too few digits are left to tell people apart.
 */
export function phoneKey(phone: string, country?: CountryCode): string | null {
  const memoKey = `${country ?? ""} ${phone}`;
  const known = recentKeys.get(memoKey);
  if (known !== undefined) return known;
  const parsed = parsePhoneNumberFromString(phone.trim().replace(/^00/, "+"), country);
  const digits = parsed?.nationalNumber ?? phone.replace(/\D/g, "").replace(/^0+/, "");
  const key = digits.length >= 5 ? digits : null;
  if (recentKeys.size >= MEMO_SIZE) recentKeys.clear();
  recentKeys.set(memoKey, key);
  return key;
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
