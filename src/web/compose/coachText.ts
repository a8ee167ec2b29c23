// Reading coach findings against the draft they were made for: which stretches to mark, and the
// one-click kinder rewrite. Pure, so the page stays about layout.
import type { components } from "../api/schema";

export type Finding = components["schemas"]["CoachFinding"];

// These rules judge the draft as a whole; when their span is the whole text, their example is a
// line to add, not a replacement for everything written so far.
const wholeDraftRules = new Set<Finding["rule"]>(["no-open-question", "no-next-step"]);

export function isAboutWholeDraft(finding: Finding, text: string): boolean {
  return wholeDraftRules.has(finding.rule) && finding.excerpt.trim() === text.trim();
}

/** The concrete wording inside a suggestion: its `e.g. "…"` example, or else its first quotation. */
export function exampleOf(finding: Finding): string | null {
  const match = /e\.g\. "([^"]+)"/.exec(finding.suggestion) ?? /"([^"]+)"/.exec(finding.suggestion);
  return match?.[1] ?? null;
}

/** The draft with the finding's example applied, or null when the suggestion is advice only. */
export function applySuggestion(text: string, finding: Finding): string | null {
  const example = exampleOf(finding);
  if (example === null || text.slice(finding.start, finding.end) !== finding.excerpt) return null;
  if (isAboutWholeDraft(finding, text)) return `${text.trimEnd()}\n\n${example}`;
  return text.slice(0, finding.start) + example + text.slice(finding.end);
}

export interface Segment {
  text: string;
  /** The findings covering this stretch; empty for plain text. */
  findings: Finding[];
}

/** The draft cut at every finding boundary, so overlapping findings still mark each character once. */
export function segmentsOf(text: string, findings: Finding[]): Segment[] {
  const local = findings.filter((f) => !isAboutWholeDraft(f, text) && f.end > f.start);
  const cuts = [...new Set([0, text.length, ...local.flatMap((f) => [f.start, f.end])])]
    .filter((n) => n >= 0 && n <= text.length)
    .sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    segments.push({
      text: text.slice(from, to),
      findings: local.filter((f) => f.start <= from && f.end >= to),
    });
  }
  return segments;
}

const rank = { error: 0, warning: 1, info: 2 } as const;

/** The most serious severity among findings, for the colour of a marked stretch. */
export function worstOf(findings: Finding[]): Finding["severity"] {
  return findings.reduce<Finding["severity"]>(
    (worst, f) => (rank[f.severity] < rank[worst] ? f.severity : worst),
    "info",
  );
}
