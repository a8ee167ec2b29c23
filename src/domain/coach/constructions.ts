// The constructions behind the closing rules: who asks whom to do what, by when, and under which
// condition. Each combines word classes (words.ts), so "I need your sign-off by close of play
// Thursday" and "could you let me know by Thursday morning" are one construction (a request to
// decide, with a deadline), not two phrases. clauses.ts runs them, sentence by sentence.
import { isPostSale } from "../model.js";
import { clauseHits, compile, gap, grammar, type Construction, type Grammar } from "./clauses.js";
import type { Hit } from "./hit.js";
import type { CoachContext, DraftKind } from "./types.js";
import * as w from "./words.js";

// A limit in time anywhere in the sentence: a date, a day, "after that", "for 48 hours", "only".
const timeBound = compile(
  `\\b(?:${w.deadline}|${w.soon}|after (?:that|this|which)|for (?:\\d+|a few|two|three|seven) (?:days|hours|weeks)|only|next (?:week|month)|(?:this|next) (?:week|month|weekend)|midnight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \\d{1,2}(?:st|nd|rd|th)|\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d{1,2})`,
);
const bounded = (sentence: string): boolean => {
  timeBound.lastIndex = 0;
  return timeBound.test(sentence);
};

export const pressure: Construction[] = [
  // A request to decide, with a deadline: "I need your sign-off by close of play Thursday".
  {
    rule: "pressure",
    anchors: "by before until till untill later latest within",
    re: compile(
      `\\b(?:${w.decide}|let (?:me|us) know|reply|respond|get back to me|decide|go in|put (?:\\w+ ){1,3}down|brief us)\\b ${gap(6)}${w.deadline}`,
    ),
    negatable: true,
    mineIsFine: true,
  },
  // A decision asked for today: "commit to the order before we hang up? I'd like to lock it in today".
  {
    rule: "pressure",
    anchors: "today tonight now week",
    re: compile(
      `\\b(?:sign(?:ed|ing)?|decide|commit|confirm|order|buy|purchase|book|pay|renew|lock (?:it|this|that) in|make (?:a|your|the) decision|give me (?:an|your) answer|say yes|get (?:a|your) yes) ${gap(3)}(?:today|tonight|right now|now|this week)\\b`,
    ),
    negatable: true,
    mineIsFine: true,
    // "How do guests usually book today?" or "what made you decide now?" ask about their present.
    holds: (sentence) =>
      !/^(?:how|where|who|why|what)\b|\b(?:how|where|who|why|what) (?:do|does|did|would|could|can|should|made|makes)\b/.test(
        sentence,
      ),
  },
  // A push to act soon: "you need to put the holding deposit down today", "I'd move fast".
  {
    rule: "pressure",
    anchors: "today tonight tomorrow week month away immediately asap quickly fast now days hours",
    re: compile(
      `\\b(?:need to|needs to|have to|has to|got to|should|must|better|want to|'d) (?:${w.decide}|decide|move|act|grab|snap \\w+ up|put (?:\\w+ ){1,3}(?:in|down)|go in|reserve|lock \\w+ in) ${gap(4)}${w.soon}\\b`,
    ),
    negatable: true,
  },
  {
    rule: "pressure",
    anchors: "fast quickly now sleep final last",
    re: compile(
      `\\b(?:move|act|decide) (?:fast|quickly|now)\\b|don't sleep on it|(?:final|last) call (?:on|for)`,
    ),
    negatable: true,
  },
  // Scarcity: "one production slot left", "almost all taken", "two other brands are looking at it".
  {
    rule: "pressure",
    anchors:
      "left remaining remain gone taken full sold booked quickly fast snapped waitlist list buyers buyer brands brand candidates bidders applicants agents clients customers people companies else allocation capacity availability spots places last viewings",
    re: compile(
      `\\b(?:only|just|the last|last|final|one|two|three|four|five|six|a few|a couple of|a handful of|maybe \\d+|\\d+) ${gap(3)}(?:left|remaining|remain)\\b` +
        `|\\b(?:almost|nearly|all but) (?:all )?(?:gone|taken|full|sold out|booked)` +
        `|\\b(?:going|filling|selling|moving) (?:up )?(?:quickly|fast)|snapped up|\\bwait(?:ing)? ?list` +
        `|\\b(?:other|another|two other|three other|more) (?:buyers?|brands?|clients?|customers?|people|candidates?|companies|bidders?|applicants?|agents?) (?:are |is )?${gap(2)}(?:looking|interested|asking|keen|ready|waiting|after)` +
        `|\\bbefore (?:somebody|someone|anyone) else|\\b(?:small|limited) (?:allocation|capacity|availability)|capacity for ${gap(2)}more` +
        `|\\bonly (?:take|taking|have|accept) (?:on )?${gap(2)}(?:new )?(?:clients|customers|places|spots)` +
        `|\\bthe last \\w+ ${gap(4)}(?:we(?:'ll| will) have|until|this season|at this price)|\\b\\d+ viewings`,
    ),
    negatable: true,
  },
  // Expiry: "this premium is guaranteed for 7 days only", "our list price goes up 12% on 1 March".
  {
    rule: "pressure",
    anchors:
      "offer offers price prices pricing quote quotes quotation discount rate rates deal promotion promo voucher vouchers coupon premium fee fees terms grant window off put putting",
    re: compile(
      `\\b${w.offer} ${gap(6)}${w.expire}\\b|\\b(?:\\d+ ?%|half) off\\b|\\bput(?:ting)? ${gap(2)}(?:prices?|premiums?|rates?|fees?) up`,
    ),
    negatable: true,
    holds: bounded,
  },
  // Conditional ultimatums: "if I don't hear back by Friday I'll release it", "or he'll accept one".
  {
    rule: "pressure",
    anchors: "if unless otherwise else",
    re: compile(
      `\\b(?:if ${gap(4)}(?:don't|do not|doesn't|does not|haven't|have not|hasn't|isn't|aren't|can't|cannot|wait|never)|unless)\\b ${gap(12)}${w.consequence}` +
        `|\\b(?:otherwise|or else|or (?:he|she|they|i|we|you)(?:'ll| will)|after (?:that|this)(?: date)?,?) ${gap(4)}${w.consequence}` +
        `|\\b${w.consequence} ${gap(10)}if (?:i|we) (?:don't|do not|haven't|have not)\\b|\\bif nothing comes`,
    ),
    negatable: false,
  },
];

export const assumptive: Construction[] = [
  {
    rule: "assumptive-close",
    anchors: "once when after soon started need looking welcome ready dotted",
    re: compile(
      `\\b(?:once|when|after|as soon as) (?:${w.addressee}|the (?:paperwork|contract|agreement|order|offer|deposit|payment) (?:is|has been|'s)) ${gap(3)}(?:\\w*sign\\w*|live|move in|moved in|start\\w*|join\\w*|payment|pay|accepted|on ?board|switch\\w*|clears?)\\b` +
        `|\\b(?:once|when|after|as soon as) the (?:paperwork|contract|agreement|order form|offer) (?:is|has been|'s) (?:back|signed|through|accepted)\\b` +
        `|(?:^|[.!?\\n]\\s*)to get (?:you |things )?started,|\\bneed (?:your|ur) (?:bank|card|payment) details\\b` +
        `|\\b(?:need|ready for) your signature|\\bsign on the dotted line|\\bwhen (?:can|will|could|would) you (?:sign|commit)` +
        `|\\bwhen (?:would you like|do you want) to (?:start|get started|go live|sign)\\b` +
        `|\\bwhen we start (?:next|on|in|working)\\b|\\blooking forward to (?:working with you|having you on ?board|welcoming you)|\\bwelcome (?:aboard|on board|to the (?:family|team|club))`,
    ),
    negatable: true,
  },
  {
    rule: "assumptive-close",
    anchors: "your ur deposit first which wich what",
    re: compile(
      `\\b(?:your|ur) (?:new |first |first monthly |lead |named |own )?(?:invoice|order|delivery|policy number|welcome pack|membership card|account manager|consultant|admin|onboarding|kick ?off|licen[cs]es|locker|programme|program|certificate|login|session|pt session|start date|tenancy|payment|deposit invoice|new flat|dates in the studio)\\b` +
        `|\\b(?:deposit|first) invoice\\b|\\b(?:which|wich|what) (?:\\w+ )?(?:plan|package|option|tier|edition|bundle|membership|level) (?:are|will|do|would) ${w.addressee} ${gap(2)}(?:go(?:ing)? (?:for|with)|choos\\w*|pick\\w*|tak\\w*)` +
        `|\\bwhich (?:start|go live|launch|installation|delivery|kick ?off) date\\b`,
    ),
    negatable: true,
    // "Your first order last year", "your order history" or "unless we receive the deposit invoice"
    // are not about a purchase already made.
    holds: (sentence) => !/\b(?:trial|last (?:year|time|month)|history|previous|if|unless)\b/.test(sentence),
  },
  {
    rule: "assumptive-close",
    anchors:
      "contract agreement paperwork terms invoice form sow nda tenancy licence licences license licenses workspace kick kickoff board invites onboarding training slots locker route profile market sellers project account team engagement",
    re: compile(
      `\\b${w.self} (?:have |will |already |gone ahead and |just )*(?:send|email|draft(?:ed)?|drawn up|prepare|prepared|get|set up|setting up|schedule|activate|book|booked|block|pencil(?:led)?|allocat\\w+|reserv\\w+|sav(?:e|ed)|add(?:ed)?|taken|told)\\b ${gap(8)}(?:contract|agreement|paperwork|terms of business|invoice|order form|sow|nda|tenancy|licen[cs]es|workspace|kick ?off|project board|calendar invites|onboarding|training|interview slots|locker|delivery route|member profile|off the market|the sellers you|to your (?:project|account|team|engagement))\\b`,
    ),
    negatable: true,
    // "Shall I send the contract over?" asks; "I'll send the contract over tonight" assumes.
    holds: (sentence) => !sentence.endsWith("?"),
  },
];

const chase = (anchors: string, source: string): Construction => ({
  rule: "chaser",
  anchors,
  re: compile(source),
  negatable: true,
});

export const chaser: Construction[] = [
  chase(
    "heard received receive",
    `(?:\\b(?:not|never|no)|n't)\\s+(?:yet\\s+)?(?:heard|received?)\\s+${gap(2)}(?:back|reply|answer|response|word|anything)\\b`,
  ),
  chase(
    "awaiting waiting wait",
    `\\b(?:awaiting|waiting(?: for| on)?|wait(?:ing)? for) (?:your|a|an|the) (?:reply|response|answer|decision|feedback|confirmation)\\b`,
  ),
  chase(
    "again once further looping loop trying",
    `\\b(?:following|follow) up (?:again|once more|one more time)|\\b(?:trying|writing|emailing|messaging|sending (?:this|it)) ${gap(2)}(?:again|one more time|once more)\\b` +
      `|\\bfurther to my (?:email|letter|message|note)|\\blooping back|\\bloop back on`,
  ),
  chase("where radar", `\\bwhere are (?:we|things) (?:with|on)\\b|\\bon your radar`),
  chase(
    "chan* opportunity moment time",
    `\\b(?:have|had|did|do) (?:you|u) ${gap(2)}(?:time|chan\\w*|moment|opportunity) to (?:think|look|review|consider|read|go through|check)\\b`,
  ),
  chase(
    "still",
    `\\bstill (?:thinking about|considering|keen on|interested in|planning on|up for)\\b[^?.!\\n]{0,40}\\?`,
  ),
];

const ask = (anchors: string, source: string): Construction => ({
  rule: "selling-after-sale",
  anchors,
  re: compile(source),
  negatable: true,
});

export const afterSale: Construction[] = [
  ask(
    "licences licenses seats users site sites locations modules sessions roles hires hire vans",
    `\\b(?:another|more|extra|additional|a second|a third|\\d+ more|\\d+ extra) (?:\\d+ )?(?:licen[cs]es|seats|users|sites?|locations|modules|sessions|roles|hires?|vans)\\b`,
  ),
  ask(
    "rolling extending expanding adding upgrading switching",
    `\\b(?:consider|thought about|think about|interested in) (?:rolling|extending|expanding|adding|taking|upgrading|switching)\\b`,
  ),
  ask(
    "any anyone anybody someone friends colleagues neighbours contacts people",
    `\\b(?:know|have) (?:any|anyone|anybody|someone|friends|colleagues|neighbours|people|contacts) ${gap(4)}(?:who|that) (?:might|may|could|would)\\b`,
  ),
  ask(
    "grateful thankful friend",
    `\\b(?:grateful|thankful) for (?:an|any) (?:introduction|referral)s?|\\bbring a friend\\b`,
  ),
  ask(
    "review testimonial",
    `\\b(?:google|online|short|quick|little|five star|5 star) review\\b|\\btestimonial\\b|\\b(?:write|leave) (?:us )?(?:a )?(?:\\w+ )?review\\b`,
  ),
  ask(
    "premium pro deluxe gold plus enterprise growth premier",
    `\\b(?:premium|pro|deluxe|gold|plus|enterprise|growth|premier) (?:\\w+ )?(?:range|line|plan|tier|package|cover|retainer|bundle|version|membership)\\b`,
  ),
  ask(
    "reduced discounted special lower better free save",
    `\\b(?:reduced|discounted|special|lower|better) (?:fee|price|rate|terms)\\b|\\b(?:a )?months? free\\b|\\bsave (?:\\d+|two|a|an)\\b`,
  ),
  ask(
    "add",
    `\\badd[ -]?on\\b|\\badd (?:\\w+ ){1,3}to (?:your|her|his|their) (?:policy|plan|order|account|subscription)`,
  ),
  ask(
    "other extend* expand*",
    `\\bany other (?:roles|projects|needs|sites|hires|positions)\\b|\\b(?:extend\\w*|expand\\w*) (?:our|your|the) (?:contract|engagement|programme|retainer)\\b`,
  ),
];

const speaksOfTheCall =
  /\b(?:on (?:this|the) (?:call|phone)|over the phone|during (?:this|the) call|before (?:we|you|they) (?:hang up|get off|finish|leave|go)|while (?:we're|we are|i have (?:you|them|him|her)) (?:talking|on the phone)|on the spot|right now|today|now)\b/;
const closedQuestion =
  /^(?:(?:so|then|ok|okay|great|right|and|ask|say|close)[:,]?\s+){0,2}["“]?(?:can|could|will|would|shall|should|may|are|is|do|does|have)\b/;

export const decision: Construction[] = [
  // A closed question for a decision: "so are we good to go ahead?", "will you go with the Pro plan?"
  {
    rule: "decision-over-phone",
    anchors:
      "confirm* commit* decid* decision sign* countersign* agreement accept* approv* proceed go join book* order buy purchase pay* yes verbal green answer put get set say deal line move lock count",
    re: compile(`\\b(?:${w.decide}|set (?:it|that|this|you) up|say (?:ok|yes))\\b`),
    negatable: true,
    holds: (sentence) => sentence.endsWith("?") && closedQuestion.test(sentence),
    span: "sentence",
  },
  // A stage direction to get a yes during the call: "push for a verbal acceptance before we hang up".
  {
    rule: "decision-over-phone",
    anchors:
      "confirm* commit* decid* decision sign* countersign* agreement accept* approv* proceed go join book* order buy purchase pay* yes verbal green answer put get set say deal line move lock count take",
    re: compile(
      `\\b(?:${w.decide}|set (?:it|that|this|you) up|sign (?:up|you up)|take (?:card|payment|bank) details)\\b`,
    ),
    negatable: true,
    holds: (sentence) => speaksOfTheCall.test(sentence) && !/\b(?:how|what|why|which)\b/.test(sentence),
    span: "sentence",
  },
  {
    rule: "decision-over-phone",
    anchors: "need take going would",
    re: compile(
      `\\b(?:i|we) need to know (?:if|whether)\\b|\\btake (?:their |his |her |the )?(?:card|payment|bank) details` +
        `|\\bwhat(?:'s| is) it going to take\\b|\\bwhat would it take to (?:get|earn|win|close|have)\\b`,
    ),
    negatable: true,
    span: "sentence",
  },
];

// A request, not a statement: "…close it, or keep it?", "let us know whether…", "ask if they…".
const asks =
  /\?$|\blet (?:me|us) know\b|\bwhether\b|\binform us\b|\bask (?:if|whether)\b|\bcheck (?:\w+ )?(?:if|whether)\b/;
const accountWord = compile(`\\b${w.account}\\b`);
const asked = compile(
  `\\b(?:${w.addressee}|${w.thirdPerson}|(?:shall|should|can) (?:we|i)|(?:we|i) (?:can|could|should|shall)|want me|like (?:us|me))\\b`,
);
const you = compile(`\\b${w.addressee}\\b`);
const has = (re: RegExp, s: string): boolean => {
  re.lastIndex = 0;
  return re.test(s);
};

/** "Would you like us to close the account, or keep it?": a request to end what they hold with us. */
export const cancel: Construction[] = [
  {
    rule: "cancel-account",
    anchors:
      "cancel* cancl* close closing closed end ending terminat* stop deactivat* discontinu* wind wrap shut lapse opt leave leaving quit remove suspend kill delete unsubscribe renew switch turn",
    re: compile(`\\b${w.endIt}\\b`),
    negatable: true,
    span: "sentence",
    holds: (sentence, previous) => {
      if (!asks.test(sentence)) return false;
      // "Cancel or continue?" right after "Your car policy is due on the 9th."
      const short = sentence.split(" ").length <= 6 && /\bor\b/.test(sentence) && has(accountWord, previous);
      // "Are you planning to cancel?", "…prefer not to renew": the account goes without saying.
      if (
        /\b(?:cancel\w*|terminate|quit)(?:\?| or\b)|\bnot (?:to )?renew/.test(sentence) &&
        has(you, sentence)
      )
        return true;
      // "…cancel, or do you want to renew?" names what is held by its other choice.
      const other = /\bor\b[^?]*\b(?:renew|keep|continue|stay|extend)/.test(sentence);
      const held =
        has(accountWord, sentence) || ((/\bit\b/.test(sentence) || other) && has(accountWord, previous));
      return short || (held && has(asked, sentence));
    },
  },
];

// One grammar per situation, so that the anchor pass looks only for words that matter here.
const grammars = new Map<string, Grammar>();

function grammarFor(kind: DraftKind, stage: CoachContext["stage"]): Grammar {
  const beforeSale = stage === undefined || stage === "prospect";
  const afterSaleStage = stage !== undefined && isPostSale(stage);
  const key = `${kind === "call_script"}/${beforeSale}/${afterSaleStage}`;
  let g = grammars.get(key);
  if (!g) {
    g = grammar([
      ...pressure,
      ...chaser,
      ...cancel,
      ...(beforeSale ? assumptive : []),
      ...(kind === "call_script" ? decision : []),
      ...(afterSaleStage ? afterSale : []),
    ]);
    grammars.set(key, g);
  }
  return g;
}

/** Adds the hits of every construction that applies to this kind of draft and this person. */
export function constructionHits(lower: string, kind: DraftKind, context: CoachContext, hits: Hit[]): void {
  clauseHits(lower, grammarFor(kind, context.stage), hits);
}
