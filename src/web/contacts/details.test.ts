import { describe, expect, it } from "vitest";
import { ApiProblem } from "../api/problem";
import { detailsForm, detailsUpdate, errorFor, isInlinePhoto, labelOf, webLink } from "./details";
import type { Contact } from "./queries";

const contact = {
  nickname: null,
  department: "Finance",
  urls: ["https://ana.example", "ftp://files.example"],
  notes: "Line one\nLine two",
  labels: { "ana@x.com": "work" },
} as Partial<Contact> as Contact;

describe("a contact's address-book details", () => {
  it("finds a value's own label and nothing inherited", () => {
    expect(labelOf(contact, "ana@x.com")).toBe("work");
    expect(labelOf(contact, "ana@y.com")).toBeUndefined();
    expect(labelOf(contact, "constructor")).toBeUndefined();
  });

  it.each([
    ["https://ana.example/a?b=1", "https://ana.example/a?b=1"],
    ["HTTP://ana.example", "http://ana.example/"],
    ["javascript:alert(1)", null],
    ["ftp://files.example", null],
    ["ana.example", null],
    ["data:text/html,hi", null],
  ])("links %s as %s", (url, href) => {
    expect(webLink(url)).toBe(href);
  });

  it("shows data: images in place and not remote ones, which the CSP would block", () => {
    expect(isInlinePhoto("data:image/png;base64,iVBORw0KGgo=")).toBe(true);
    expect(isInlinePhoto("https://photos.example/ana.jpg")).toBe(false);
  });

  it("turns the form back into an update: blanks to null, one link a line", () => {
    const form = detailsForm(contact);
    expect(form).toEqual({
      nickname: "",
      department: "Finance",
      links: "https://ana.example\nftp://files.example",
      notes: "Line one\nLine two",
    });
    expect(
      detailsUpdate({ ...form, links: " https://a.example \n\n https://b.example\n", notes: "  " }),
    ).toEqual({
      nickname: null,
      department: "Finance",
      urls: ["https://a.example", "https://b.example"],
      notes: null,
    });
  });

  it("finds the server's message for a list's item under the list's name", () => {
    const problem = new ApiProblem(400, { errors: [{ field: "body.urls.2", message: "too long" }] });
    expect(errorFor(problem, "urls")).toBe("too long");
    expect(errorFor(problem, "notes")).toBeUndefined();
  });
});
