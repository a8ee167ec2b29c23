import { describe, expect, it } from "vitest";
import type { Stage } from "../model.js";
import { lintDraft } from "./index.js";
import type { DraftKind, RuleId } from "./types.js";

const fires = (rule: RuleId, text: string, kind: DraftKind = "message", stage?: Stage): boolean =>
  lintDraft(text, { kind, context: stage ? { stage } : {} }).some((f) => f.rule === rule);

describe.each<[RuleId, string[], string[]]>([
  [
    "buzzword",
    [
      "Let's touch base next week.",
      "We can leverage our platform.",
      "Real synergy here.",
      "A best-in-class tool.",
      "The motivational factors behind it.",
      "That's low-hanging fruit.",
      "A game changer for you.",
    ],
    ["We can use our platform.", "Best regards, Tom", "The deal with your distributor is fair."],
  ],
  [
    "pressure",
    [
      "Only 3 left at this price.",
      "The offer ends Friday.",
      "Act now.",
      "For a limited time only.",
      "Don't miss out!",
      "You need to sign by the end of the month.",
      "Prices go up on Monday.",
      "Last chance to book.",
      "A special discount, but only until Friday.",
    ],
    [
      "No pressure at all.",
      "There's no deadline.",
      "I won't push you to decide today.",
      "It's not urgent.",
      "No hurry.",
      "How does your team decide on new tools today?",
      "I'll confirm the numbers by Friday.",
      "I am only in town until Friday, so could we meet Thursday?",
    ],
  ],
  [
    "assumptive-close",
    [
      "When you sign, we'll start.",
      "Once you're onboard, we'll train the team.",
      "I'll send the contract over tonight.",
      "Which plan will you go with?",
      "I've drafted the contract and just need your signature.",
    ],
    ["Which plan would suit your team?", "I'll send you the article.", "Thank you for choosing us."],
  ],
  [
    "chaser",
    [
      "Just checking in!",
      "Just checking where things are.",
      "Following up on my last email.",
      "Any update?",
      "Circling back on this.",
      "Bumping this to the top of your inbox.",
      "I haven't heard back from you.",
    ],
    [
      "You can check in at the hotel from 3pm.",
      "Just checking in to see how you're feeling after the surgery.",
      "I'll check in with our engineers.",
    ],
  ],
  [
    "cancel-account",
    [
      "Do you want to cancel your account?",
      "Should we close your account?",
      "May we kill your account, or do you want to renew it?",
      "Are you planning to cancel?",
      "Let me know if you'd prefer not to renew.",
    ],
    ["We'd never ask you to cancel your account.", "You can cancel any time.", "Your account is live."],
  ],
  [
    "over-excited",
    [
      "This is great!!",
      "This is HUGE.",
      "It's amazing.",
      "Incredible results.",
      "Our best ever release.",
      "A revolutionary app.",
      "Great! Thanks! See you!",
    ],
    [
      "Congratulations!",
      "Our ROI and CRM numbers are attached.",
      "What's the best time for you?",
      "Thanks! See you soon.",
    ],
  ],
])("%s", (rule, positives, negatives) => {
  it.each(positives)("fires on %j", (text) => expect(fires(rule, text)).toBe(true));
  it.each(negatives)("stays quiet on %j", (text) => expect(fires(rule, text)).toBe(false));
});

describe("decision-over-phone", () => {
  it.each([
    "Can we get this signed today?",
    "Are you ready to move forward?",
    "Do we have a deal?",
    "Can you commit today?",
  ])("fires in a call script on %j", (text) =>
    expect(fires("decision-over-phone", text, "call_script")).toBe(true),
  );
  it.each<DraftKind>(["email", "message", "note"])("only reads call scripts, not a %s", (kind) =>
    expect(fires("decision-over-phone", "Do we have a deal?", kind)).toBe(false),
  );
  it("stays quiet when the script aims at a meeting", () =>
    expect(
      fires(
        "decision-over-phone",
        "Suggest we meet at her office next week to go through it.",
        "call_script",
      ),
    ).toBe(false));
});

describe("selling-after-sale", () => {
  const asks = [
    "Would you like to upgrade to our Pro plan?",
    "We could add more seats for you.",
    "Do you know anyone who might need this?",
    "We have a special offer for you.",
    "Would you like to renew for another year?",
  ];
  it.each(asks)("fires for a customer on %j", (text) =>
    expect(fires("selling-after-sale", text, "email", "customer")).toBe(true),
  );
  it.each<Stage>(["customer", "client", "advocate"])("applies to a %s", (stage) =>
    expect(fires("selling-after-sale", asks[0]!, "email", stage)).toBe(true),
  );
  it.each<Stage | undefined>(["prospect", "lost", "not_a_fit", undefined])(
    "does not apply to a %s",
    (stage) => expect(fires("selling-after-sale", asks[0]!, "email", stage)).toBe(false),
  );
  it.each([
    "Thanks for the referral!",
    "The server upgrade is done.",
    "Your renewal went through; nothing to do.",
  ])("stays quiet on gratitude and service: %j", (text) =>
    expect(fires("selling-after-sale", text, "email", "client")).toBe(false),
  );
});

describe("no-open-question", () => {
  it.each([
    "What would make this easier?",
    "How did the launch go?",
    "Tell me about your team.",
    "Could you walk me through your process?",
    "Which of these matters most, and why?",
  ])("is satisfied by %j", (text) => expect(fires("no-open-question", text)).toBe(false));
  it.each([
    "Do you want a demo?",
    "Here is the report.",
    "Which day suits you, Tuesday or Thursday?",
    "I was wondering where things are at?",
    "Do you know anyone who could use this?",
  ])("fires on %j", (text) => expect(fires("no-open-question", text)).toBe(true));
  it("skips notes", () => expect(fires("no-open-question", "Here is the report.", "note")).toBe(false));
  it("does not count a question inside quotation marks", () =>
    expect(fires("no-open-question", "You asked me “what would it cost?” and I owe you an answer.")).toBe(
      true,
    ));
});

describe("no-next-step", () => {
  it.each([
    "Shall we talk again on Thursday?",
    "Can we speak next week?",
    "Let's talk on the 14th.",
    "I'll call you tomorrow at 10.",
    "I'm in town on the 14th. Could we grab a coffee?",
  ])("is satisfied by %j", (text) => expect(fires("no-next-step", text)).toBe(false));
  it.each([
    "Talk soon.",
    "Thanks for your time on Tuesday.",
    "The offer ends Friday.",
    "Good luck with Friday's launch!",
    "We met last Monday.",
  ])("fires on %j", (text) => expect(fires("no-next-step", text)).toBe(true));
  it("skips notes", () => expect(fires("no-next-step", "Talk soon.", "note")).toBe(false));
});
