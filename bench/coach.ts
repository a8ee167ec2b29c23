// Draft coach throughput (P12): drafts of ~500 characters linted per second on one core, against a
// baseline measured in the same run: one plain case-insensitive regex scan over the same texts.
// Then its quality on the labelled drafts, development and held-out parts side by side.
import { lintDraft, type DraftKind } from "../src/domain/coach/index.js";
import { coachTable, draftsOf, parts, scoreCoach, type CoachScore } from "../test/fixtures/coach/score.js";
import { throughput, type BenchLine, type BenchOptions } from "./report.js";

const corpusSize = 400;
const targetChars = 500;

const openings = ["Hi Sam,", "Dear Ms. Okoro,", "Hello Priya,", "Hi team,", "Morning Jo,", "Hey Marco,"];
const bodies = [
  "Thanks for showing me round the warehouse on Tuesday; the new racking looks solid.",
  "I've attached the summary of the pilot and the ROI figures your CFO asked for.",
  "No pressure at all on the quote; there's no deadline and a no is a perfectly good answer.",
  "You said the last vendor kept writing “act now” and “limited time” in every email.",
  "I wanted to touch base about how we can leverage our best-in-class platform for real synergy.",
  "Only 3 spots left in the spring group and the offer ends Friday, so act now!",
  "Once you're onboard we'll train your staff, and I'll send the contract over tonight.",
  "Just checking in to see where things are with the proposal. Any update?",
  "Should we close your account, or would you like to renew it?",
  "Our new release is AMAZING!!! Honestly the best ever, you'll love it.",
  "Since it's going so well, would you like to add more seats at a special discount?",
  "The server upgrade is done, so reports should load faster from today.",
  "I came across an article on cold-chain monitoring and thought of your pharmacy.",
  "> Can you leverage your synergies to move the needle on our Q3 numbers?",
  "Your daughter's recital sounded lovely; I hope the Chopin piece went well.",
  "Before I suggest anything, I'd like to understand how the front desk works on busy days.",
];
const questions = [
  "What would make the first month easy for your team?",
  "How do patients hear about a cancelled slot today?",
  "Which of the reports matters most to you, and why?",
  "Do you want to go ahead?",
  "Are you ready to move forward today?",
  "Did you get my last email?",
];
const closings = [
  "Could we speak again on Thursday at 10, or another time that suits you?",
  "I'll call you on Monday afternoon to hear how it went.",
  "Talk soon.",
  "Shall we meet at your office on the 14th?",
  "Let me know.",
];
const signOffs = ["Best regards,\nTom", "All the best,\nOwen", "Thanks,\nElena", "Cheers,\nBen"];
const kinds: DraftKind[] = ["email", "email", "message", "call_script", "note"];

/** A small deterministic generator, so every run lints the same corpus. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function corpus(): { text: string; kind: DraftKind }[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: corpusSize }, () => {
    const parts = [pick(openings)];
    while (parts.join("\n\n").length < targetChars - 150) parts.push(pick(bodies));
    parts.push(pick(questions), pick(closings), pick(signOffs));
    return { text: parts.join("\n\n"), kind: pick(kinds) };
  });
}

/** Per rule and overall: precision and recall on each part (the held-out figure is the one that counts). */
function quality(): BenchLine[] {
  const scores = { dev: scoreCoach(draftsOf("dev")), "held-out": scoreCoach(draftsOf("held-out")) };
  const lines = coachTable(scores).map((row) => ({
    name: `coach quality: ${row.rule}`,
    summary: parts.map((p) => `${p} P ${row[`${p} P`]} R ${row[`${p} R`]} (n ${row[`${p} n`]})`).join("; "),
    figures: {},
  }));
  const whole = (s: CoachScore) =>
    `decoys fired ${(100 * s.decoysFired).toFixed(1)}%, friendly clean ${s.friendlyClean.toFixed(3)}`;
  lines.push({
    name: "coach quality: decoys, friendly",
    summary: parts.map((p) => `${p} ${whole(scores[p])}`).join("; "),
    figures: {},
  });
  return lines;
}

export default async function benchCoach({ quick }: BenchOptions): Promise<BenchLine[]> {
  const minMs = quick ? 200 : 1000;
  const drafts = corpus();
  const avgChars = drafts.reduce((sum, d) => sum + d.text.length, 0) / drafts.length;
  // Let pending work of the bench runner finish before each timed run.
  const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  await settle();
  let findings = 0;
  let linted = 0;
  // A post-sale stage turns on every rule, selling-after-sale included: the slowest case.
  const coach = throughput(drafts.length, minMs, () => {
    for (const d of drafts)
      findings += lintDraft(d.text, { kind: d.kind, context: { stage: "client" } }).length;
    linted += drafts.length;
  });
  const plain = /\b(?:synergy|leverage|act now|limited time|just checking in|any update)\b/gi;
  await settle();
  const baseline = throughput(drafts.length, minMs, () => {
    for (const d of drafts) {
      plain.lastIndex = 0;
      while (plain.exec(d.text));
    }
  });
  const ratio = baseline.perSecond / coach.perSecond;
  const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");
  return [
    {
      name: "coach: lintDraft, all rules",
      summary:
        `${fmt(coach.perSecond)} drafts/s (avg ${Math.round(avgChars)} chars); ` +
        `baseline single regex scan ${fmt(baseline.perSecond)}/s; ${ratio.toFixed(1)}× baseline time`,
      figures: {
        draftsPerSecond: Math.round(coach.perSecond),
        baselineDraftsPerSecond: Math.round(baseline.perSecond),
        ratioToBaseline: Number(ratio.toFixed(2)),
        avgChars: Math.round(avgChars),
        measuredMs: Math.round(coach.ms),
        findingsPerDraft: Number((findings / linted).toFixed(2)),
      },
      ratio: { value: Number(ratio.toFixed(2)), of: "a single regex scan's time per draft" },
    },
    ...quality(),
  ];
}
