// The address-book side of a contact: what the page may show as a link or a picture, the label
// of each value, and the details form as text and back as the API's fields.
import type { ApiProblem } from "../api/problem";
import type { Contact } from "./queries";

/** The value's label (work, home, …), if the contact has one; labels are keyed by the value. */
export function labelOf(contact: Pick<Contact, "labels">, value: string): string | undefined {
  return Object.hasOwn(contact.labels, value) ? contact.labels[value] : undefined;
}

/** An address for an anchor: http(s) only, so that a stored `javascript:` link stays text. */
export function webLink(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Whether the photo can be shown in place: the page's CSP loads images from itself and data: only. */
export function isInlinePhoto(photo: string): boolean {
  return photo.startsWith("data:image/");
}

export interface DetailsForm {
  nickname: string;
  department: string;
  links: string;
  notes: string;
}

export function detailsForm(contact: Contact): DetailsForm {
  return {
    nickname: contact.nickname ?? "",
    department: contact.department ?? "",
    links: contact.urls.join("\n"),
    notes: contact.notes ?? "",
  };
}

/** The form as a contact update: blank text is no value, and links are one a line. */
export function detailsUpdate(form: DetailsForm) {
  const text = (value: string) => value.trim() || null;
  return {
    nickname: text(form.nickname),
    department: text(form.department),
    urls: form.links
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
    notes: text(form.notes),
  };
}

/** The server's message for a field or any of its items ("urls.2" for "urls"). */
export function errorFor(problem: ApiProblem | undefined, field: string): string | undefined {
  return problem?.errors.find((e) => e.field.split(".").includes(field))?.message;
}
