import { describe, expect, it } from "vitest";
import { aboutYou, isAboutReaching, theMatter } from "./phrasing.js";

describe("phrasing what we know as words to them", () => {
  it.each([
    ["Keeps bees", "you keep bees"],
    ["Wants to build an electric ferry prototype", "you want to build an electric ferry prototype"],
    ["Grows heirloom tomatoes on her allotment", "you grow heirloom tomatoes on her allotment"],
    ["Studies Japanese at night", "you study Japanese at night"],
    ["Coaches the under-12s", "you coach the under-12s"],
    ["Has two kids", "you have two kids"],
    ["Opening a third store in the spring", "you're opening a third store in the spring"],
    ["Daughter Sofia plays the cello", "your daughter Sofia plays the cello"],
    ["Quotes take him two evenings a week", "you mentioned quotes take him two evenings a week"],
    ["CRM rollout next quarter", "you told me about CRM rollout next quarter"],
    ["the new bakery opening", "you told me about the new bakery opening"],
  ])("turns %j into %j", (fact, said) => {
    expect(aboutYou(fact)).toBe(said);
  });

  it.each([
    ["Son's graduation", "your son's graduation"],
    ["Knee surgery", "the knee surgery"],
    ["Ridge trail race", "the ridge trail race"],
    ["Her house move", "her house move"],
  ])("names the matter %j as %j", (summary, said) => {
    expect(theMatter(summary)).toBe(said);
  });

  it.each([
    ["Loves dark chocolate, no milk chocolate", false],
    ["single-origin coffee", false],
    ["Prefers calls before 9am", true],
    ["Only reachable after 2pm, he bakes from 4am", true],
    ["Hates long emails", true],
  ])("tells whether %j is about how to reach them", (fact, expected) => {
    expect(isAboutReaching(fact)).toBe(expected);
  });
});
