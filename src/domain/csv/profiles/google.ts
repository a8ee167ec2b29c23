// Google Contacts' CSV, current (`First Name`, `E-mail 1 - Label`, `Labels`) and legacy (`Given
// Name`, `E-mail 1 - Type`, `Group Membership`): numbered groups of label and value columns,
// several values in one cell joined by ` ::: `.
import { lookup, use, type ColumnUse } from "../columns.js";
import type { ContactField } from "../fields.js";

const google = (field: ContactField, more: Omit<ColumnUse, "field"> = {}) =>
  use(field, { split: "google", ...more });

const NAMED: Record<string, ColumnUse> = {
  name: google("name"),
  "first name": google("given"),
  "given name": google("given"),
  "middle name": google("middle"),
  "additional name": google("middle"),
  "last name": google("family"),
  "family name": google("family"),
  "name prefix": google("prefix"),
  "name suffix": google("suffix"),
  nickname: google("nickname"),
  "organization name": google("organization"),
  "organization title": google("title"),
  "organization department": google("department"),
  birthday: google("birthday"),
  notes: use("notes"),
  photo: use("photo"),
  labels: google("tags"),
  "group membership": google("tags"),
};

/** The part after ` - ` in a numbered group's header, by the group's kind. */
const PARTS: Record<string, Record<string, ContactField>> = {
  "e-mail": { value: "email" },
  phone: { value: "phone" },
  website: { value: "url" },
  address: {
    formatted: "address",
    street: "street",
    "po box": "street",
    "extended address": "street",
    city: "city",
    region: "region",
    "postal code": "postalCode",
    country: "country",
  },
  // An event is an anniversary or a birthday as its label says (see row.ts).
  event: { value: "anniversary" },
  organization: { name: "organization", title: "title", department: "department" },
};

const NUMBERED = /^(e-mail|phone|website|address|event|organization|relation|custom field|im) (\d+) - (.+)$/;

/** A header's use; null for Google columns we leave out, undefined for one Google does not write. */
export function googleColumn(header: string): ColumnUse | null | undefined {
  const key = header.trim().toLowerCase();
  const named = lookup(NAMED, key);
  if (named) return named;
  const numbered = NUMBERED.exec(key);
  if (!numbered) return undefined;
  const [, kind = "", n = "", part = ""] = numbered;
  const group = `${kind} ${n}`;
  const fields = lookup(PARTS, kind);
  if (!fields) return null;
  if ((part === "label" || part === "type") && kind !== "organization")
    return use(fields.value ?? "address", { role: "label", group, split: "google" });
  const field = lookup(fields, part);
  return field ? google(field, { group }) : null;
}

export const googleSignature = [
  "First Name",
  "E-mail 1 - Label",
  "E-mail 1 - Value",
  "Phone 1 - Label",
  "Labels",
  "Organization Name",
  "File As",
  "Phonetic First Name",
];

export const googleLegacySignature = [
  "Given Name",
  "Family Name",
  "Additional Name",
  "E-mail 1 - Type",
  "Phone 1 - Type",
  "Group Membership",
  "Organization 1 - Name",
];
