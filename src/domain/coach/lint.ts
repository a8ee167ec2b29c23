// The coach engine: phrase rules, tone, then the whole-draft checks, turned into findings.
import { compiledFor, type CompiledCoach, type CompiledRule } from "./config.js";
import { dropEchoes } from "./clauses.js";
import { constructionHits } from "./constructions.js";
import {
  closingSpans,
  closingTest,
  hasInvitation,
  hasNextStep,
  questions,
  type Span,
} from "./conversation.js";
import type { Hit } from "./hit.js";
import { isNegated } from "./negation.js";
import { maskQuoted } from "./quotes.js";
import { severityOf } from "./rules.js";
import { lowerCased, matchedItem, startsAfterApostrophe } from "./pattern.js";
import { wordingFor, type DraftShape } from "./suggest.js";
import { toneHits } from "./tone.js";
import { ruleIds } from "./types.js";
import type { CoachConfig, CoachContext, DraftKind, Finding, RuleId } from "./types.js";

export interface LintOptions {
  kind: DraftKind;
  context?: CoachContext;
  config?: CoachConfig;
}

const ruleOrder = new Map<RuleId, number>(ruleIds.map((id, i) => [id, i]));
const concernInvite =
  /\b(?:concerns?|worr(?:y|ies|ied)|anything else|what else|still on your mind|questions?|hesitat\w*|reservations?|doubts?)\b/;

function phraseHits(scan: string, lower: string, { rule, set }: CompiledRule, hits: Hit[]): void {
  if (!set) return;
  const re = set.regex;
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    if (m[0] === "" || startsAfterApostrophe(scan, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (rule.negatable && isNegated(scan, m.index)) continue;
    const end = m.index + m[0].length;
    const plain = rule.id === "buzzword" ? matchedItem(set, scan, m.index, end)?.plain : undefined;
    hits.push({ rule: rule.id, start: m.index, end, plain });
  }
}

function wholeText(text: string): Span {
  const start = text.search(/\S/);
  return { start, end: text.trimEnd().length };
}

function conversationHits(text: string, scan: string, hits: Hit[], coach: CompiledCoach): boolean {
  const closing = closingTest(closingSpans(hits), scan.length);
  const { open, closed } = questions(scan, closing);
  if (open.length === 0 && !hasInvitation(scan, closing, coach.extraOpen)) {
    hits.push({ rule: "no-open-question", ...(closed.at(-1) ?? wholeText(text)) });
  }
  if (!hasNextStep(scan, closing, coach.extraNextStep)) {
    hits.push({ rule: "no-next-step", ...wholeText(text) });
  }
  return closed.length > 0;
}

function byPosition(a: Hit, b: Hit): number {
  return a.start - b.start || a.end - b.end || ruleOrder.get(a.rule)! - ruleOrder.get(b.rule)!;
}

/**
 * Lints a draft (P12). Findings are sorted by start offset (then end), with
 * `excerpt === text.slice(start, end)`; a blank draft gives none.
 * - Whole-draft rules skip notes: no-open-question points at the last yes/no question (or the whole
 *   trimmed text), no-next-step spans the whole trimmed text.
 * - decision-over-phone reads call scripts only; selling-after-sale needs a post-sale `context.stage`.
 * - Quotations ("…", “…”, '…') and `>` lines never fire, except a call script's labelled line (`Ask: "…"`).
 * - A question that chases or presses (inside a pressure, chaser… finding) is never an open question,
 *   even when that rule is disabled: disabling a rule only hides its own findings.
 * - `config.extraPhrases` adds literal phrases to a rule; for no-open-question and no-next-step the
 *   extra phrases count as an invitation to talk and as a proposed time.
 *
 * @example
 * lintDraft("Just checking in. Any update?", { kind: "email" }).map((f) => f.rule)
 * // ["chaser", "no-next-step", "chaser", "no-open-question"]
 */
export function lintDraft(text: string, options: LintOptions): Finding[] {
  if (!/\S/.test(text)) return [];
  const { kind } = options;
  const context = options.context ?? {};
  const disabled = new Set<string>(options.config?.disabledRules ?? []);
  const scan = maskQuoted(text, kind);
  // Lower-casing once beats case-insensitive matching in every regex.
  const lower = lowerCased(scan);
  const coach = compiledFor(options.config);
  const hits: Hit[] = [];
  for (const compiled of coach.phraseRules) {
    if (compiled.rule.applies(kind, context)) phraseHits(scan, lower, compiled, hits);
  }
  constructionHits(lower, kind, context, hits);
  if (kind === "call_script") dropEchoes(lower, hits);
  toneHits(scan, hits);
  const shape: DraftShape = { kind, hasClosedQuestion: false, invitesConcerns: false };
  if (kind !== "note" && !(disabled.has("no-open-question") && disabled.has("no-next-step"))) {
    shape.hasClosedQuestion = conversationHits(text, lower, hits, coach);
    shape.invitesConcerns = (context.openConcerns?.length ?? 0) > 0 && concernInvite.test(lower);
  }
  hits.sort(byPosition);
  const findings: Finding[] = [];
  const lastEnd = new Map<RuleId, number>();
  for (const hit of hits) {
    if (disabled.has(hit.rule) || hit.start < (lastEnd.get(hit.rule) ?? -1)) continue;
    lastEnd.set(hit.rule, hit.end);
    const excerpt = text.slice(hit.start, hit.end);
    const { message, suggestion } = wordingFor(hit, excerpt, context, shape);
    findings.push({
      rule: hit.rule,
      severity: severityOf(hit.rule),
      start: hit.start,
      end: hit.end,
      excerpt,
      message,
      suggestion,
    });
  }
  return findings;
}
