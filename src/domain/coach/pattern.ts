// The phrase notation of the rule tables, and its compilation into one regex per rule.

/**
 * Phrases are regex source with two conveniences, applied outside character classes:
 * `'` matches any apostrophe (straight or curly), a space matches spaces or a hyphen
 * ("best in class" also finds "best-in-class"), and ` ?` makes that gap optional ("on ?board").
 */
export function phraseSource(phrase: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase[i]!;
    if (c === "\\") {
      out += c + (phrase[i + 1] ?? "");
      i++;
    } else if (inClass) {
      if (c === "]") inClass = false;
      out += c;
    } else if (c === "[") {
      inClass = true;
      out += c;
    } else if (c === "'") {
      out += "['’‘]";
    } else if (c === " " && phrase[i + 1] === "?") {
      out += "[\\s-]*";
      i++;
    } else if (c === " ") {
      out += "[\\s-]+";
    } else {
      out += c;
    }
  }
  return out;
}

/** A user's plain phrase as notation: regex characters escaped, whitespace collapsed. */
export function escapePhrase(phrase: string): string {
  return phrase
    .trim()
    .replace(/\s+/g, " ")
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Lower-cases the literal letters of a regex source, leaving escapes (`\d`, `\w`…) alone. */
export function lowerSource(source: string): string {
  return source.replace(/\\.|[A-Z]+/g, (s) => (s.startsWith("\\") ? s : s.toLowerCase()));
}

export interface PhraseSet<T> {
  /** Global, without the `i` flag: it runs on lower-cased text (see `lowerCased`). */
  regex: RegExp;
  /** Each phrase with a sticky regex, to tell which one matched (only asked on a hit). */
  items: { item: T; sticky: RegExp }[];
}

/** `text.toLowerCase()` with every offset kept: characters whose lower case is longer stay as they are. */
export function lowerCased(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (ch) => {
    const l = ch.toLowerCase();
    return l.length === ch.length ? l : ch;
  }).join("");
}

/**
 * Combines phrases into one non-capturing alternation, longest first so the fullest wording wins at a
 * position. A bare `\b` is much faster than a lookbehind; `startsAfterApostrophe` rejects "don't" → "t…".
 */
export function compilePhrases<T>(items: readonly T[], sourceOf: (item: T) => string): PhraseSet<T> | null {
  if (items.length === 0) return null;
  const sorted = [...items].sort((a, b) => sourceOf(b).length - sourceOf(a).length);
  const sources = sorted.map((item) => phraseSource(sourceOf(item)));
  const body = `\\b(?:${sources.join("|")})(?![\\w])`;
  return {
    regex: new RegExp(lowerSource(body), "g"),
    items: sorted.map((item, i) => ({ item, sticky: new RegExp(`(?:${sources[i]!})(?![\\w])`, "iy") })),
  };
}

/** Which phrase of the set produced the match `[start, end)` of `text`. */
export function matchedItem<T>(set: PhraseSet<T>, text: string, start: number, end: number): T | undefined {
  for (const { item, sticky } of set.items) {
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (m && start + m[0].length === end) return item;
  }
  return undefined;
}

/** True when a match begins inside a contraction ("won't", "it's"), which `\b` alone allows. */
export function startsAfterApostrophe(text: string, index: number): boolean {
  const c = text[index - 1];
  return (c === "'" || c === "’") && index > 1 && /\w/.test(text[index - 2]!);
}
