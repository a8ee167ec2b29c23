// Likely answers and our response (P6, P8): learnt from concerns answered before, plus honest defaults.
import type { Stage } from "../model.js";
import { isPostSale } from "../model.js";
import type { LikelyAnswer, PastConcern } from "./types.js";

const maxPast = 4;

const thinkAboutIt: LikelyAnswer = {
  theyMaySay: "We need to think about it.",
  weRespond:
    "Of course, take the time you need. Shall we pick a day to talk again, so that neither of us is left waiting?",
  source: "generic",
};

const notForUs: LikelyAnswer = {
  theyMaySay: "No, it's not for us.",
  weRespond:
    "That is a perfectly good answer, thank you for being straight with me. What would have made it a better fit? It helps me do better.",
  source: "generic",
};

const happyAsIs: LikelyAnswer = {
  theyMaySay: "We're happy with things as they are.",
  weRespond: "Glad to hear it. I did not call to sell anything; I wanted to hear how you are doing.",
  source: "generic",
};

function key(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Past concerns that have a response (this contact's first, as given), without repeats,
 * followed by honest generic answers.
 */
export function likelyAnswers(pastConcerns: PastConcern[], stage: Stage): LikelyAnswer[] {
  const seen = new Set<string>();
  const answers: LikelyAnswer[] = [];
  for (const concern of pastConcerns) {
    const response = concern.response?.trim() ?? "";
    const text = concern.text.trim();
    if (response === "" || text === "" || seen.has(key(text))) continue;
    seen.add(key(text));
    answers.push({ theyMaySay: text, weRespond: response, source: "past" });
    if (answers.length === maxPast) break;
  }
  const generic = isPostSale(stage) ? [happyAsIs, thinkAboutIt, notForUs] : [thinkAboutIt, notForUs];
  return [...answers, ...generic.filter((answer) => !seen.has(key(answer.theyMaySay)))];
}
