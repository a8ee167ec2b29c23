import { describe, expect, it } from "vitest";
import { isNegated } from "./negation.js";
import { escapePhrase, phraseSource } from "./pattern.js";
import { maskQuoted } from "./quotes.js";

const negatedAt = (text: string, phrase: string): boolean => isNegated(text, text.indexOf(phrase));

describe("isNegated", () => {
  it.each([
    ["No pressure to act now.", "act now"],
    ["There's no need to decide today.", "decide today"],
    ["I won't push you to decide today.", "decide today"],
    ["We never ask you to cancel your account.", "cancel your account"],
    ["she asked us not to send emails that say act now or limited time", "limited time"],
  ])("reads %j as negated", (text, phrase) => expect(negatedAt(text, phrase)).toBe(true));

  it.each([
    ["No pressure, but act now.", "act now"],
    ["If you don't act now, you'll miss out.", "act now"],
    ["Nothing changes. Act now.", "Act now"],
    ["Please act now.", "act now"],
  ])("reads %j as not negated", (text, phrase) => expect(negatedAt(text, phrase)).toBe(false));
});

describe("maskQuoted", () => {
  const masked = (text: string, kind: "email" | "call_script" = "email"): string => maskQuoted(text, kind);

  // Expected output: the quoted part (marked by its text) replaced with spaces.
  const blank = (text: string, quoted: string): string => text.replace(quoted, quoted.replace(/[^\n]/g, " "));
  it.each([
    ['They said "act now" again.', '"act now"'],
    ["They said “act now” again.", "“act now”"],
    ["They said 'act now' again.", "'act now'"],
    ["They said ‘act now’ again.", "‘act now’"],
    ["Hi\n> act now\nBye", "> act now"],
  ])("blanks the quotation in %j", (text, quoted) => expect(masked(text)).toBe(blank(text, quoted)));

  it.each([
    "I'm sure it's fine, isn't it?",
    "The clients' accounts are fine.",
    "Back in the '90s we didn't.",
  ])("leaves apostrophes alone in %j", (text) => expect(masked(text)).toBe(text));

  it("keeps a call script's labelled spoken line", () => {
    expect(masked('Close: "Do we have a deal?"', "call_script")).toBe('Close: "Do we have a deal?"');
    expect(masked('Close: "Do we have a deal?"')).toBe(`Close: ${" ".repeat(20)}`);
  });
});

describe("phrase notation", () => {
  it("matches any apostrophe, and spaces or hyphens between words", () => {
    const re = new RegExp(`^${phraseSource("don't best in class")}$`, "i");
    expect(re.test("don’t best-in-class")).toBe(true);
    expect(re.test("don't best in  class")).toBe(true);
  });

  it("makes a gap optional with a space and a question mark", () => {
    const re = new RegExp(`^${phraseSource("on ?board")}$`);
    expect(["onboard", "on board", "on-board"].every((s) => re.test(s))).toBe(true);
  });

  it("leaves character classes alone", () => {
    expect(phraseSource("[^' ]x")).toBe("[^' ]x");
  });

  it("escapes a user's phrase so it matches literally", () => {
    const re = new RegExp(`^${phraseSource(escapePhrase("  price (net)  + VAT? "))}$`);
    expect(re.test("price (net) + VAT?")).toBe(true);
    expect(re.test("price net  VAT")).toBe(false);
  });
});
