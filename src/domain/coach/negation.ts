// Is a phrase negated by its own clause? ("no pressure", "I won't push you to decide today").

const lookBack = 90;
// Long enough for "asked us not to send emails that say act now or limited time".
const maxWords = 10;
const clauseEnd = /[.;:!?()\n—–,"“”]/;
const clauseWord = /\b(?:but|however|although|though|yet|except)\b/gi;
const negator = /\b(?:no|not|never|nothing|nobody|none|without|neither|nor|hardly|zero|cannot)\b|n['’]t\b/i;
// "if you don't act now" is a threat, not a negation.
const conditional = /\b(?:if|unless|otherwise|or else)\b/i;

/** The clause before `start`, cut at punctuation or a contrasting word, at most a few words long. */
function clauseBefore(text: string, start: number): string {
  const from = Math.max(0, start - lookBack);
  let cut = from;
  for (let i = start - 1; i >= from; i--) {
    if (clauseEnd.test(text[i]!)) {
      cut = i + 1;
      break;
    }
  }
  let clause = text.slice(cut, start);
  clauseWord.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = clauseWord.exec(clause); m; m = clauseWord.exec(clause)) last = m;
  if (last) clause = clause.slice(last.index + last[0].length);
  const words = clause.trim().split(/\s+/);
  return words.length > maxWords ? words.slice(-maxWords).join(" ") : clause;
}

/** True when a negation in the same clause, before the phrase, turns it around. */
export function isNegated(text: string, start: number): boolean {
  const clause = clauseBefore(text, start);
  const neg = negator.exec(clause);
  if (!neg) return false;
  const cond = conditional.exec(clause);
  return !(cond && cond.index < neg.index);
}
