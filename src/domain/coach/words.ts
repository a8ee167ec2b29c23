// Word classes of the coach's constructions (constructions.ts): who speaks and who is addressed,
// what a decision or an account is, what limits time. Written in the notation of pattern.ts and read
// on lower-cased text; a construction combines classes, so a new wording of one class is met everywhere.

const alt = (...words: string[]): string => `(?:${words.join("|")})`;

/** The person the draft is written to, or talked about in a call script's stage directions. */
export const addressee = alt("you", "your", "you're", "you've", "you'll", "you'd", "u", "ur", "yourself");
export const thirdPerson = alt("he", "she", "they", "him", "her", "them", "his", "their");
/** The writer's side. */
export const self = alt("i", "i'll", "i've", "i'd", "i'm", "we", "we'll", "we've", "we'd", "we're");

/** Verbs and nouns of saying yes to a purchase. */
export const decide = alt(
  "confirm\\w*",
  "commit\\w*",
  "decid\\w+",
  "decision",
  "sign(?:ed|ing)?",
  "sign ?off",
  "countersign\\w*",
  "signature",
  "agreement",
  "accept\\w*",
  "approv\\w+",
  "proceed",
  "go ah\\w+d",
  "go with",
  "join",
  "book(?:ing)?",
  "order",
  "buy",
  "purchase",
  "pay(?:ment)?",
  "yes",
  "verbal",
  "green light",
  "go ?ahead",
  "answer",
  "put (?:it|the \\w+|your \\w+) (?:in|down|through)",
  "(?:put|sign|count|book) you (?:down|up|in)",
  "deal",
  "over the line",
  "move (?:forward|ahead)",
  "get (?:it|this|the \\w+ \\w+|the \\w+) (?:through|signed|back)",
);

/** A point in time close enough to press on: a day, a date, an hour, or "now". */
const when = alt(
  "(?:the )?end of (?:the |this |next )?(?:day|week|month|business|play|today|tomorrow)",
  "close of (?:play|business)",
  "eod",
  "cob",
  "midnight",
  "noon",
  "tonight",
  "tomorrow(?: \\w+)?",
  "today",
  "(?:this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: \\w+)?",
  "(?:the )?\\d{1,2}(?:st|nd|rd|th)?(?: (?:of )?[a-z]{3,9})?",
  "\\d{1,2}(?::\\d\\d)? ?(?:am|pm)",
  "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?: \\d{1,2})?",
  "then",
  "this (?:week|weekend|month)",
  "next week",
  "the weekend",
);
/** A limit on their time: "by Friday", "before the 30th", "until 5pm on Thursday", "within 48 hours". */
export const deadline = `(?:${alt("by", "before", "until", "till", "untill", "no later than", "latest by")} ${when}|within (?:\\d+|24|48|a few|two|three) (?:hours|days))`;
/** "Today", "this week", "right away": as soon as that. */
export const soon = alt(
  "today",
  "tonight",
  "this week",
  "this month",
  "tomorrow",
  "straight away",
  "right away",
  "immediately",
  "asap",
  "quickly",
  "fast",
  "now",
  "in (?:\\d+|one|two|three|a few) (?:days|hours)",
);

/** The price or terms on the table. */
export const offer = alt(
  "offers?",
  "prices?",
  "pricing",
  "quot(?:e|es|ation)",
  "discount",
  "rates?",
  "deal",
  "promotion",
  "promo",
  "vouchers?",
  "coupon",
  "premium",
  "fees?",
  "terms",
  "grant",
  "window",
);
/** What an offer does when time runs out. */
export const expire = alt(
  "expir\\w*",
  "ends?",
  "ending",
  "finish\\w*",
  "closes?",
  "(?:is |are )?(?:only )?(?:valid|good|guaranteed|available)",
  "revert\\w*",
  "(?:is |will be )?gone",
  "goes up",
  "go up",
  "going up",
  "ris(?:e|es|ing)",
  "increas\\w+",
  "(?:will be |is )?higher",
  "mov(?:es|ing) from",
  "re-?rate\\w*",
  "retir\\w+",
);

/** What the writer threatens to do when they don't answer. */
export const consequence = alt(
  "release\\w*",
  "assume\\w*",
  "close (?:your|the) \\w+",
  "lose\\w*",
  "pause\\w*",
  "re-?quote",
  "reassign\\w*",
  "prioriti[sz]e",
  "move (?:on|to)",
  "give (?:it|them|the \\w+) to",
  "go(?:es)? to (?:the next|another|someone)",
  "cannot (?:promise|guarantee)",
  "can't (?:promise|guarantee)",
  "(?:will|'ll) (?:have to|need to)",
  "accept (?:one|another|an?) ",
  "be gazumped",
  "take (?:your|that|the) silence",
  "pay (?:a lot )?more",
);

/** What someone holds with us and could end. */
export const account = alt(
  "accounts?",
  "subscriptions?",
  "membership",
  "contract",
  "plan",
  "polic(?:y|ies)",
  "licen[cs]es?",
  "retainer",
  "agreement",
  "workspace",
  "cover",
  "standing order",
  "credit line",
  "direct debit",
  "file",
  "renewal",
  "search",
  "sessions",
  "service",
);
/** Verbs that end an account. */
export const endIt = alt(
  "cancel\\w*",
  "cancle\\w*",
  "close",
  "closing",
  "closed",
  "end",
  "ending",
  "terminat\\w+",
  "stop",
  "deactivat\\w+",
  "discontinu\\w+",
  "wind (?:it |\\w+ )?down",
  "wrap (?:it )?up",
  "shut (?:it )?down",
  "lapse",
  "opt out",
  "leav(?:e|ing) (?:us|the (?:gym|club|scheme|plan))",
  "quit",
  "remove",
  "suspend",
  "kill",
  "delete",
  "unsubscribe",
  "call it off",
  "take (?:it|\\w+ \\w+ \\w+) off",
  "let it (?:go|end|lapse|expire)",
  "(?:switch|turn) (?:it |\\w+ )?off",
  "not (?:to )?renew\\w*",
);
