// Wording of findings: a reason, and a kinder alternative shaped by what we know about them.
import type { Hit } from "./hit.js";
import type { CoachContext, DraftKind } from "./types.js";

export interface Wording {
  message: string;
  suggestion: string;
}

/** Facts about the draft as a whole that change the advice. */
export interface DraftShape {
  kind: DraftKind;
  hasClosedQuestion: boolean;
  invitesConcerns: boolean;
}

const titled = /^(?:mr|mrs|ms|miss|mx|dr|prof)\.?\s/i;

function clip(text: string, max = 60): string {
  const flat = text.trim().replace(/\s+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

function addressed(context: CoachContext, line: string): string {
  const name = context.contactName?.trim();
  if (!name) return line.charAt(0).toUpperCase() + line.slice(1);
  return `${titled.test(name) ? clip(name, 40) : clip(name.split(/\s+/)[0]!, 40)}, ${line}`;
}

function firstOf(items: string[] | undefined): string | null {
  const item = items?.find((s) => s.trim() !== "");
  return item === undefined ? null : clip(item);
}

function openQuestionAdvice(context: CoachContext, shape: DraftShape): Wording {
  const lead = shape.kind === "call_script" ? "Plan two or three open questions" : "Ask one open question";
  let suggestion = `${lead} they can answer in their own words, e.g. "${addressed(context, "what would make this easier for you?")}"`;
  const concern = firstOf(context.openConcerns);
  if (concern && !shape.invitesConcerns) {
    suggestion += ` Their concern about ${concern} is still open; invite it: "What still worries you about it? I'd much rather hear it now."`;
  }
  const fact = firstOf(context.facts);
  if (fact) suggestion += ` Or ask about something you know (${fact}): "How is that going?"`;
  return {
    message: shape.hasClosedQuestion
      ? "Only yes/no questions here; they leave little room to answer in their own words."
      : "Nothing here invites them to talk in their own words.",
    suggestion,
  };
}

function nextStepAdvice(context: CoachContext, shape: DraftShape): Wording {
  const concern = firstOf(context.openConcerns);
  const topic = concern && !shape.invitesConcerns ? ` to go through what's still open (${concern})` : "";
  return {
    message: "No day or time is proposed to get back to each other.",
    suggestion: `Agree when you'll next talk, e.g. "Could we speak again on Thursday${topic}, or another day that suits you better? Whatever you decide by then is fine with me."`,
  };
}

function overExcited(hit: Hit, excerpt: string): Wording {
  switch (hit.variant) {
    case "bangs":
      return {
        message: "A run of exclamation marks sounds like a sales pitch.",
        suggestion: "Keep one exclamation mark at most, or none.",
      };
    case "many-bangs":
      return {
        message: "So many exclamation marks make the whole draft sound breathless.",
        suggestion: "Keep one, for the line that really deserves it.",
      };
    case "caps":
      return {
        message: "Words in capitals read as shouting.",
        suggestion: `Write "${excerpt.toLowerCase()}" in normal case.`,
      };
    default:
      return {
        message: `"${excerpt}" oversells; plain, specific words are easier to believe.`,
        suggestion:
          "Say what is actually good about it in concrete terms: what it saved, fixed or made easier.",
      };
  }
}

function buzzword(hit: Hit, excerpt: string): Wording {
  const plain = hit.plain ?? "say what you mean";
  return {
    message: `"${excerpt}" is jargon; it sounds like a pitch rather than a person.`,
    suggestion: plain.startsWith("say ")
      ? `${plain.charAt(0).toUpperCase()}${plain.slice(1)}, in everyday words.`
      : `Try "${plain}" instead.`,
  };
}

/** The message and suggestion of one hit. */
export function wordingFor(hit: Hit, excerpt: string, context: CoachContext, shape: DraftShape): Wording {
  switch (hit.rule) {
    case "buzzword":
      return buzzword(hit, excerpt);
    case "over-excited":
      return overExcited(hit, excerpt);
    case "no-open-question":
      return openQuestionAdvice(context, shape);
    case "no-next-step":
      return nextStepAdvice(context, shape);
    case "pressure":
      return {
        message: "Urgency or scarcity pushes them to decide on your timetable instead of theirs.",
        suggestion: `Take the clock away and make it safe to say no, e.g. "Take the time you need; if it isn't right for you, that's a perfectly good answer."`,
      };
    case "assumptive-close":
      return {
        message:
          "This talks as if they had already said yes; they may still have doubts they haven't told you.",
        suggestion: `Ask where they stand instead, e.g. "How does this sit with you so far, and what would you still want to check?"`,
      };
    case "chaser":
      return {
        message: "Chasing for an answer adds pressure and tends to make people go quiet.",
        suggestion: `Release the pressure and ask for honest feedback, e.g. "If the timing or the fit isn't right, that's completely fine; I'd just value knowing what held you back."`,
      };
    case "cancel-account":
      return {
        message:
          "Asking whether to close or cancel turns the relationship into paperwork and invites them to leave.",
        suggestion: `Ask how it is going for them instead, e.g. "How has it worked for you these past months, and what would you change?"`,
      };
    case "decision-over-phone":
      return {
        message: "This asks for a decision on the phone; people decide better with time, and face to face.",
        suggestion: `Aim the call at a meeting rather than a yes, e.g. "Which day next week would suit you to sit down together and go through it properly?"`,
      };
    case "selling-after-sale":
      return {
        message:
          "They have already bought from you; an ask now makes the relationship feel like a sale again.",
        suggestion: `Make this touch a give (help, useful news, a thank-you) and keep offers until they ask, e.g. "What has been taking up most of your time lately, and could I help with any of it?"`,
      };
  }
}
