// Contacts as rows in Google Contacts' CSV layout (the headers of its current export), so that
// Google reads the file back. Pure: the service turns the rows into CSV text.
import type { Contact } from "./model.js";
import { splitName } from "./names.js";

/** Columns for emails and phones; more values share the last column, as Google joins them. */
const SLOTS = 3;
/** Google's separator for several values in one cell. */
const SEPARATOR = " ::: ";
/** Google's system label for contacts in "My Contacts" (its own exports write it). */
const MY_CONTACTS = "* myContacts";

const slotted = (kind: string) =>
  Array.from({ length: SLOTS }, (_, i) => [`${kind} ${i + 1} - Label`, `${kind} ${i + 1} - Value`]).flat();

export const googleCsvHeaders: readonly string[] = [
  "First Name",
  "Middle Name",
  "Last Name",
  "Phonetic First Name",
  "Phonetic Middle Name",
  "Phonetic Last Name",
  "Name Prefix",
  "Name Suffix",
  "Nickname",
  "File As",
  "Organization Name",
  "Organization Title",
  "Organization Department",
  "Birthday",
  "Notes",
  "Photo",
  "Labels",
  ...slotted("E-mail"),
  ...slotted("Phone"),
  ...slotted("Website"),
  "Address 1 - Label",
  "Address 1 - Formatted",
  "Address 1 - Street",
  "Address 1 - City",
  "Address 1 - PO Box",
  "Address 1 - Region",
  "Address 1 - Postal Code",
  "Address 1 - Country",
  "Address 1 - Extended Address",
  "Event 1 - Label",
  "Event 1 - Value",
];

/**
 * SLOTS pairs of label and value cells; values past the last slot join the last one, their
 * labels joined alike (an empty label keeps its place), as Google reads them.
 */
function slots(values: readonly string[], labels: Readonly<Record<string, string>>): string[] {
  const labelled = (group: readonly string[]) => {
    const names = group.map((value) => labels[value] ?? "");
    return [names.some(Boolean) ? names.join(SEPARATOR) : "", group.join(SEPARATOR)];
  };
  return Array.from({ length: SLOTS }, (_, i) =>
    labelled(i < SLOTS - 1 ? values.slice(i, i + 1) : values.slice(SLOTS - 1)),
  ).flat();
}

/**
 * One contact as a row under `googleCsvHeaders`, so that reading the file back (csv/read.ts)
 * gives the same contact; birthdays keep Google's `--MM-DD` when year-less.
 */
export function googleCsvRow(contact: Contact, organization: string | null): string[] {
  const name = splitName(contact.name);
  const address = contact.address ?? "";
  return [
    name.given,
    name.middle,
    name.family,
    "",
    "",
    "",
    "",
    "",
    contact.nickname ?? "",
    "",
    organization ?? "",
    contact.title ?? "",
    contact.department ?? "",
    contact.birthday ?? "",
    contact.notes ?? "",
    contact.photo ?? "",
    [MY_CONTACTS, ...contact.tags].join(SEPARATOR),
    ...slots(contact.emails, contact.labels),
    ...slots(contact.phones, contact.labels),
    ...slots(contact.urls, contact.labels),
    address ? (contact.labels[address] ?? "") : "",
    address,
    address,
    "",
    "",
    "",
    "",
    "",
    "",
    contact.anniversary ? "Anniversary" : "",
    contact.anniversary ?? "",
  ];
}
