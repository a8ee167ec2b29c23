// Outlook's CSV (desktop and Outlook.com): one column per kind of phone, three email columns,
// Home/Business/Other address parts, `Title` as the name prefix, dates as M/D/YYYY and
// Categories separated by `;`.
import { lookup, use, type ColumnUse } from "../columns.js";
import type { ContactField } from "../fields.js";

const phone = (label: string | null) => use("phone", { label });
const date = (field: ContactField) => use(field, { dateOrder: "month-first" });

const NAMED: Record<string, ColumnUse> = {
  title: use("prefix"),
  "first name": use("given"),
  "middle name": use("middle"),
  "last name": use("family"),
  suffix: use("suffix"),
  nickname: use("nickname"),
  company: use("organization"),
  department: use("department"),
  "job title": use("title"),
  birthday: date("birthday"),
  anniversary: date("anniversary"),
  notes: use("notes"),
  categories: use("tags", { split: "semicolon" }),
  "web page": use("url"),
  "e-mail address": use("email", { group: "e-mail 1" }),
  "e-mail 2 address": use("email", { group: "e-mail 2" }),
  "e-mail 3 address": use("email", { group: "e-mail 3" }),
  "primary phone": phone(null),
  "home phone": phone("home"),
  "home phone 2": phone("home"),
  "mobile phone": phone("mobile"),
  "business phone": phone("work"),
  "business phone 2": phone("work"),
  "company main phone": phone("work"),
  "other phone": phone(null),
  "assistant's phone": phone("assistant"),
  "car phone": phone("car"),
  pager: phone("pager"),
  "home fax": phone("home fax"),
  "business fax": phone("work fax"),
  "other fax": phone("fax"),
};

const ADDRESS_PARTS: Record<string, ContactField> = {
  address: "address",
  street: "street",
  "street 2": "street",
  "street 3": "street",
  "address po box": "street",
  city: "city",
  state: "region",
  "postal code": "postalCode",
  country: "country",
  "country/region": "country",
};
const PLACES: Record<string, string | null> = { home: "home", business: "work", other: null };

/** A header's use; null for an Outlook column we leave out, undefined for one Outlook does not write. */
export function outlookColumn(header: string): ColumnUse | null | undefined {
  const key = header.trim().toLowerCase();
  const named = lookup(NAMED, key);
  if (named) return named;
  const space = key.indexOf(" ");
  const place = key.slice(0, space);
  const field = lookup(ADDRESS_PARTS, key.slice(space + 1));
  const label = lookup(PLACES, place);
  if (space > 0 && label !== undefined && field) return use(field, { group: place, label });
  return key.startsWith("e-mail") ? null : undefined;
}

export const outlookSignature = [
  "E-mail Address",
  "E-mail Display Name",
  "Business Phone",
  "Mobile Phone",
  "Home Phone",
  "Company",
  "Job Title",
  "Categories",
  "Business Street",
  "Home Street",
];
