// Per-workspace configuration compiled into regexes, once per distinct set of extra phrases.
import { compilePhrases, escapePhrase, lowerSource, phraseSource, type PhraseSet } from "./pattern.js";
import { phraseRules, type PhraseEntry, type PhraseRule } from "./rules.js";
import type { CoachConfig, RuleId } from "./types.js";

export interface CompiledRule {
  rule: PhraseRule;
  set: PhraseSet<PhraseEntry> | null;
}

export interface CompiledCoach {
  phraseRules: readonly CompiledRule[];
  /** Workspace phrases that count as inviting talk (extra phrases of `no-open-question`). */
  extraOpen: RegExp | null;
  /** Workspace phrases that count as a proposed time (extra phrases of `no-next-step`). */
  extraNextStep: RegExp | null;
}

type Extra = CoachConfig["extraPhrases"];

const maxPhraseLength = 200;
const maxCached = 64;

function userPhrases(extra: Extra, rule: RuleId): string[] {
  const list: unknown = extra?.[rule];
  if (!Array.isArray(list)) return [];
  return list
    .filter((p): p is string => typeof p === "string" && p.trim() !== "" && p.length <= maxPhraseLength)
    .map(escapePhrase);
}

function alternation(phrases: string[]): RegExp | null {
  if (phrases.length === 0) return null;
  return new RegExp(lowerSource(`\\b(?:${phrases.map(phraseSource).join("|")})(?![\\w])`), "g");
}

function compile(extra: Extra): CompiledCoach {
  return {
    phraseRules: phraseRules.map((rule) => {
      const added = userPhrases(extra, rule.id).map((pattern) => ({ pattern }));
      return { rule, set: compilePhrases([...rule.phrases, ...added], (e) => e.pattern) };
    }),
    extraOpen: alternation(userPhrases(extra, "no-open-question")),
    extraNextStep: alternation(userPhrases(extra, "no-next-step")),
  };
}

const defaults = compile(undefined);
// Callers often rebuild the same config per request; key by content, not identity.
const cache = new Map<string, CompiledCoach>();

/** The compiled rules for a config; built-in rules are compiled once at load. */
export function compiledFor(config: CoachConfig | undefined): CompiledCoach {
  const extra = config?.extraPhrases;
  if (!extra || !Object.values(extra).some((list) => Array.isArray(list) && list.length > 0)) return defaults;
  const key = JSON.stringify(extra);
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = compile(extra);
    if (cache.size >= maxCached) cache.delete(cache.keys().next().value!);
    cache.set(key, compiled);
  }
  return compiled;
}
