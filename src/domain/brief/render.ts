// The brief as plain-text markdown: readable in a terminal, printable on one or two pages.
import type { Brief, PlanStep } from "./types.js";

const width = 80;

/** Section headings, in the order they are printed. Every section is printed, even when empty. */
export const briefSections = [
  "Goal",
  "Why today",
  "Watch out",
  "Relationship",
  "Contracts",
  "Their life now",
  "Personal matters to ask about",
  "Needs",
  "Open concerns",
  "Agreed get-back",
  "Last touches",
  "Questions to ask",
  "Plan",
  "Likely answers",
] as const;

const renewalNote: Record<Brief["contracts"][number]["renewal"], string> = {
  ended: " (past its end: talk it through)",
  due: " (renewal conversation due)",
  near: " (renewal conversation soon)",
  later: "",
};

const stepTitles: Record<PlanStep, string> = {
  rapport: "Rapport",
  listening: "Listening",
  needs: "Needs",
  solution: "Solution",
};

/** Wraps text at `width`, the first line after `first`, the next ones after `rest` (a hanging indent). */
function wrap(text: string, first = "", rest = " ".repeat(first.length)): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest;
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(line.trimEnd());
  return lines;
}

function bullets(items: string[], none: string): string[] {
  return items.length === 0 ? [none] : items.flatMap((item) => wrap(item, "- "));
}

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

function relationship(brief: Brief): string[] {
  const { give, ask, service, balance } = brief.ledger;
  const sign = balance > 0 ? "+" : "";
  const counts = [count(give, "give"), count(ask, "ask"), count(service, "service")].join(", ");
  const lines = [`- Give/ask: ${counts} (balance ${sign}${balance})`];
  if (brief.health === null) return [...lines, "- Health: not scored yet"];
  lines.push(`- Health: ${brief.health.score}/100`);
  for (const part of brief.health.parts)
    lines.push(...wrap(`${part.key} ${part.score}: ${part.detail}`, "  - "));
  return lines;
}

function sections(brief: Brief): Record<(typeof briefSections)[number], string[]> {
  return {
    Goal: wrap(brief.goal),
    "Why today": bullets(
      brief.agendaReasons.map((r) => r.detail),
      "Not on today's agenda.",
    ),
    "Watch out": bullets(
      brief.warnings.map((w) => w.message),
      "Nothing to flag.",
    ),
    Relationship: relationship(brief),
    Contracts: bullets(
      brief.contracts.map((k) => `${k.title}: ends ${k.endsOn}${renewalNote[k.renewal]}`),
      "No active contract.",
    ),
    "Their life now": bullets(
      brief.lifeNow.map((f) => `${f.text} (${f.kind.replaceAll("_", " ")}, ${f.learnedOn})`),
      "Nothing recorded yet: listen for it.",
    ),
    "Personal matters to ask about": bullets(
      brief.openMatters.map(
        (m) => `${m.askAbout}${m.followUpOn === null ? "" : ` (follow up ${m.followUpOn})`}`,
      ),
      "None open.",
    ),
    Needs: bullets(
      brief.needs.map((n) => `${n.dealTitle} (${n.stage.replaceAll("_", " ")}): ${n.needs}`),
      "No needs recorded yet.",
    ),
    "Open concerns": bullets(
      brief.openConcerns.map((c) => `${c.dealTitle}: ${c.text}`),
      "None open.",
    ),
    "Agreed get-back":
      brief.lastGetBack === null
        ? ["No date agreed."]
        : [`${brief.lastGetBack.on} (${brief.lastGetBack.when})`],
    "Last touches": bullets(
      brief.lastTouches.map((t) => `${t.on} ${t.channel}, ${t.intent}, ${t.direction}: ${t.summary}`),
      "No touches yet.",
    ),
    "Questions to ask":
      brief.questionsToAsk.length === 0
        ? ["We know the basics; ask what has changed."]
        : brief.questionsToAsk.flatMap((q, i) => wrap(q, `${i + 1}. `)),
    Plan: brief.plan.flatMap((item, i) => [
      ...(i === 0 ? [] : [""]),
      `### ${i + 1}. ${stepTitles[item.step]}`,
      ...wrap(item.doThis, "Do: ", "    "),
      ...(item.avoid === undefined ? [] : wrap(item.avoid, "Avoid: ", "       ")),
    ]),
    "Likely answers": brief.likelyAnswers.flatMap((a) => [
      ...wrap(`"${a.theyMaySay}"`, "- They may say: "),
      ...wrap(a.weRespond, "  We respond: "),
    ]),
  };
}

/**
 * Renders a brief as plain-text markdown with one headed section per part.
 * @example console.log(renderBrief(assembleBrief(input, today)))
 */
export function renderBrief(brief: Brief): string {
  const { name, title, organization, stage } = brief.contact;
  const role = [title, organization].filter((part) => part !== null && part !== "").join(", ");
  const body = sections(brief);
  const lines = [
    `# Call brief: ${name}`,
    "",
    `${role === "" ? "" : `${role} · `}${stage.replaceAll("_", " ")}`,
  ];
  for (const heading of briefSections) lines.push("", `## ${heading}`, "", ...body[heading]);
  return `${lines.join("\n")}\n`;
}
