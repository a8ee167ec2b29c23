// Parts of speech of a note, from winkNLP's English model (an npm package, no download at run time):
// enough to tell a life event from the same word used as a modifier of a business noun
// ("her baby is due" vs "a new baby food range", "the wedding" vs "a wedding venue client").
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

const nlp = winkNLP(model, ["pos"]);
const its = nlp.its;

/** One token of the note, with its offsets in the note. */
export interface Word {
  start: number;
  end: number;
  lower: string;
  pos: string;
}

/** The tokens of `text.slice(from, to)` with their parts of speech; offsets point into `text`. */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const part = text.slice(from, to);
  const tokens = nlp.readDoc(part).tokens();
  // winkNLP's `its` helpers are plain functions that it calls itself, never as methods.
  /* eslint-disable @typescript-eslint/unbound-method */
  const values = tokens.out(its.value);
  const tags = tokens.out(its.pos);
  /* eslint-enable @typescript-eslint/unbound-method */
  const words: Word[] = [];
  let at = 0;
  values.forEach((value, i) => {
    // The model may expand or respell a token ("won't"); anchor each one where it is found.
    const start = part.indexOf(value, at);
    if (start === -1) return;
    at = start + value.length;
    words.push({ start: from + start, end: from + at, lower: value.toLowerCase(), pos: tags[i] ?? "X" });
  });
  return words;
}

// Heads of a noun compound that make it business: "a baby food range", "the holiday schedule".
const BUSINESS_HEADS = new Set(
  (
    "range product line sale campaign schedule venue client customer company business sponsorship director " +
    "clinic chain retailer supplier operator park planning market season booking tool desk policy insurance " +
    "cover event budget launch promotion offer package app system software page template email order stock " +
    "group trust team staff provider rollout project contract account plan service firm agency portal tender " +
    "programme program platform feature sector industry fair expo conference brand store shop deadline feedback"
  ).split(" "),
);
// Words that make the event an organisation's: "the company summer party", "their team lunch".
const ORGANISATION = new Set(
  "company team office staff client clients customer customers corporate sales store shop firm business".split(
    " ",
  ),
);

const isNoun = (w: Word | undefined): boolean => w !== undefined && (w.pos === "NOUN" || w.pos === "PROPN");
const singular = (word: string): string =>
  word.length <= 3 ? word : /(?:ch|sh|ss|x)es$/.test(word) ? word.slice(0, -2) : word.replace(/s$/, "");

/**
 * Whether the words at `start..end` (a matter's cue) modify a business noun rather than name a life
 * event: the first part of a noun compound with a business head ("baby food range", "holiday
 * schedule", "marathon sponsorship"), or said of an organisation ("the company summer party").
 */

export function isBusinessModifier(
  words: readonly Word[],
  text: string,
  start: number,
  end: number,
): boolean {
  const after = words.findIndex((w) => w.start >= end);
  if (after !== -1 && isNoun(words[after]) && /^[\s-]*$/.test(text.slice(end, words[after]!.start))) {
    for (let k = after; isNoun(words[k]); k++) {
      if (BUSINESS_HEADS.has(singular(words[k]!.lower))) return true;
      if (!/^[\s-]*$/.test(text.slice(words[k]!.end, words[k + 1]?.start ?? words[k]!.end))) break;
    }
  }
  // The word before, or the one before an adjective or noun in between ("company summer party").
  const i = words.findIndex((w) => w.start >= start);
  const [one, two] = [words[i - 1], words[i - 2]];
  const modifier = (w: Word | undefined) => w !== undefined && ORGANISATION.has(w.lower);
  return modifier(one) || (modifier(two) && (isNoun(one) || one?.pos === "ADJ"));
}
