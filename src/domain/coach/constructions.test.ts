// The constructions behind the closing rules, each met in wordings no phrase list holds.
import { describe, expect, it } from "vitest";
import type { Stage } from "../model.js";
import { lintDraft } from "./index.js";
import type { DraftKind, RuleId } from "./types.js";

const found = (text: string, kind: DraftKind, stage?: Stage) =>
  lintDraft(text, { kind, context: stage ? { stage } : {} });
const fires = (rule: RuleId, text: string, kind: DraftKind = "email", stage?: Stage): boolean =>
  found(text, kind, stage).some((f) => f.rule === rule);

describe.each<[RuleId, DraftKind, Stage | undefined, string[], string[]]>([
  [
    "pressure",
    "email",
    "prospect",
    [
      "We'd need the signed quote from you no later than Tuesday noon.",
      "Could you confirm by the 14th whether the studio is booked?",
      "Three desks remaining in the autumn cohort.",
      "The venue has had nine viewings and two other clients are asking about your date.",
      "This rate is guaranteed for five days only.",
      "Our day rate rises by 10% from 1 April.",
      "If we don't have your answer by Monday, we'll have to give the slot to someone else.",
      "Unless the deposit arrives this week, I'll release the van.",
      "You'd better book today; after that I can't promise the price.",
    ],
    [
      "I'll send you the figures by Thursday.",
      "We'll confirm the installer's visit by Friday.",
      "There's no need to decide before the 14th.",
      "What made you decide to move the office now?",
      "If the timing isn't right, that's a perfectly good answer.",
      "Our last two projects went well.",
      "Your domain expires in June; shall I remind you in May?",
    ],
  ],
  [
    "assumptive-close",
    "email",
    "prospect",
    [
      "As soon as you've countersigned, Ola will run your first training.",
      "Your account manager will be in touch on Monday to plan the go-live.",
      "I've prepared the tenancy agreement for you to sign tonight.",
      "When we start in May, the team will visit every site.",
      "Which start date suits your team best?",
    ],
    [
      "You asked what happens once the contract ends; nothing, unless you want it to.",
      "Shall I send you a sample contract to read at your own pace?",
      "Your trial workspace is ready whenever you want to look.",
      "I won't send any paperwork unless you ask for it.",
    ],
  ],
  [
    "cancel-account",
    "email",
    "customer",
    [
      "Would you rather we wound the subscription down at the end of June?",
      "Do you want me to switch off the second licence, or keep it running?",
      "Please tell us whether you'd like the policy to lapse.",
      "Are you thinking of leaving us when the contract runs out?",
    ],
    [
      "So sorry, I have to cancel our lunch on Thursday; could we do Friday?",
      "You can cancel within 30 days for a full refund.",
      "The webinar was cancelled because the speaker was ill.",
      "Let's close the loop on the invoice question.",
      "I'd never ask you to close your account.",
    ],
  ],
  [
    "chaser",
    "email",
    "prospect",
    [
      "I still haven't received a reply to my note of 3 May.",
      "We're still awaiting your feedback on the draft.",
      "Writing to you once more about the quote.",
      "Did you find time to look at the samples?",
      "Is the refit still on your radar?",
    ],
    [
      "Following up on your question from Tuesday: yes, it exports to CSV.",
      "I realise I've written a lot lately; no need to reply.",
      "Take all the time you need to look at the samples.",
    ],
  ],
  [
    "selling-after-sale",
    "email",
    "client",
    [
      "Do you have any friends in the trade who might like the same set-up?",
      "A quick Google review would really help us.",
      "Our Gold support plan would suit a team your size.",
      "We could add flood cover to your policy for a small extra premium.",
      "Would you consider rolling it out to the second warehouse?",
    ],
    [
      "Thank you for the kind review you left last month.",
      "Thank you for recommending us to your neighbours; you didn't have to.",
      "How are the new starters getting on?",
    ],
  ],
])("%s", (rule, kind, stage, positives, negatives) => {
  it.each(positives)("fires on %j", (text) => expect(fires(rule, text, kind, stage)).toBe(true));
  it.each(negatives)("stays quiet on %j", (text) => expect(fires(rule, text, kind, stage)).toBe(false));
});

describe("decision-over-phone constructions", () => {
  it.each([
    "So, are we all set to go ahead with the ten seats?",
    "Close: will you go with the annual plan?",
    "Ask her to approve the budget before we hang up.",
    "Try to get a verbal yes on the spot.",
    "Before we finish, I need to know whether you're in.",
  ])("fires in a call script on %j", (text) =>
    expect(fires("decision-over-phone", text, "call_script")).toBe(true),
  );

  it.each([
    "Ask how the ops team found the pilot.",
    "Goal: agree a day to meet the team, not a decision.",
    "They'll decide at their own board meeting; ask what the board needs to see.",
    "Shall we meet at the depot on Thursday?",
  ])("stays quiet in a call script on %j", (text) =>
    expect(fires("decision-over-phone", text, "call_script")).toBe(false),
  );

  it("reports the whole request, span-exact, with a kinder suggestion", () => {
    const text = "Ask about the trial.\nThen: can you confirm the order today?";
    const f = found(text, "call_script").find((x) => x.rule === "decision-over-phone")!;
    expect(f.excerpt).toBe("Then: can you confirm the order today?");
    expect(text.slice(f.start, f.end)).toBe(f.excerpt);
    expect(f.suggestion).toMatch(/meet|sit down/i);
  });

  it("does not also report the request's own 'today' as pressure", () => {
    const rules = found("Then: can you confirm the order today?", "call_script").map((f) => f.rule);
    expect(rules).not.toContain("pressure");
  });
});

describe("the situation decides which constructions apply", () => {
  const assumed = "Once you've signed, Ola will book your first training.";
  it("reads an assumed sale only before the sale", () => {
    expect(fires("assumptive-close", assumed, "email", "prospect")).toBe(true);
    expect(fires("assumptive-close", assumed, "email", "customer")).toBe(false);
  });

  it("reads a decision asked for only in a call script", () =>
    expect(fires("decision-over-phone", "Can you confirm today?", "email")).toBe(false));

  it("keeps quoted pressure quiet", () =>
    expect(
      fires("pressure", 'Your last vendor wrote "unless you sign by Friday we will release the slot".'),
    ).toBe(false));
});
