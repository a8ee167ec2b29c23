// The vocabulary of personal matters: phrases by kind, with how long the thing they name lasts.
import type { MatterKind } from "../model.js";
import type { Duration } from "./dates.js";

export interface Cue {
  kind: MatterKind;
  duration: Duration;
  re: RegExp;
  /** Only a matter when a date comes with it ("turns 40 on Saturday", not "before she turns 40"). */
  needsDate: boolean;
  /** A fallback (a relative and a date, say): loses to any other cue, and to any business word. */
  weak: boolean;
}

const RELATIVE =
  "(?:mum|mom|mother|dad|father|parents?|sister|brother|son|daughter|kids?|children|boy|girl|twins|grand\\w+|in-laws|(?:mum|mother|father|dad)-in-law|aunt|uncle|cousin|niece|nephew|wife|husband|partner|fianc[ée]e?|girlfriend|boyfriend|family)";
// Case-sensitive: a place is a capitalised word ("flying to Lisbon"), or a well-known kind of place.
const PLACE =
  "(?:(?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Q[1-4])\\b)\\p{Lu}[\\p{L}'-]+|the (?:coast|country(?:side)?|city|mountains|lakes|beach|seaside))";
// A word, for the case-insensitive cues (which run without Unicode mode).
const WORD = "[a-zà-öø-ÿ]+";
const OUTDOORS =
  "(?:skiing|snowboarding|camping|hiking|trekking|sailing|surfing|diving|climbing|backpacking|interrailing|travelling)";

// A planned doing ("she's getting her wisdom teeth out next Thursday"), found with a date.
const ACTIVITY =
  "(?:[Gg]etting|[Hh]aving|[Dd]oing|[Gg]oing|[Tt]aking|[Ss]tarting|[Rr]unning|[Pp]laying|[Ss]itting|[Aa]ttending|[Hh]osting|[Oo]rgani[sz]ing|[Pp]lanning|[Cc]elebrating|[Tt]raining|[Cc]ompeting|[Rr]acing|[Pp]erforming|[Ss]inging|[Vv]isiting|[Ss]eeing|[Aa]dopting|[Bb]uying|[Ss]elling|[Bb]uilding|[Rr]enovating)";

/** Alternatives matching either case of their first letter, for the case-sensitive cues. */
const cap = (words: string) =>
  words.replace(/(^|\(\?:|\|)([a-z])/g, (_m, lead: string, c: string) => `${lead}[${c}${c.toUpperCase()}]`);

type Options = { needsDate?: boolean; exact?: boolean; weak?: boolean };
const cue = (kind: MatterKind, duration: Duration, source: string, opts: Options = {}): Cue => ({
  kind,
  duration,
  // Unicode mode makes case-insensitive matching several times slower, so only exact cues use it.
  re: new RegExp(source, opts.exact ? "gu" : "gi"),
  needsDate: opts.needsDate ?? opts.weak ?? false,
  weak: opts.weak ?? false,
});

// Each pattern is bounded (no nested open-ended repeats) so that long notes cannot make it backtrack.
export const cues: readonly Cue[] = [
  cue(
    "health",
    "day",
    "\\b(?:surgery|biopsy|(?:mri|ct|pet|ultrasound|baby|\\d{1,2}-week)\\s+scan|check-?up|c-section|(?:a|an|his|her|their)\\s+(?:[a-z]+\\s+)?operation|(?:knee|hip|back|eye|heart|shoulder|cataract|minor|major)\\s+operation|(?:a|an|his|her|their|heart|knee|hip|back|eye|medical|minor)\\s+procedure|(?:knee|hip|joint|shoulder)\\s+replacement|(?:cataract|knee|hip|back|eye|heart|minor|small|big)\\s+op|(?:wisdom\\s+)?teeth\\s+(?:out|removed|pulled)|root canal|(?:seeing|see|sees|to see)\\s+(?:a|the|her|his|their)\\s+(?:specialist|consultant|surgeon|doctor|gp|physio|dentist|oncologist|cardiologist|neurologist)|transplant|(?:hospital|doctor'?s?|dentist'?s?|dental|gp|medical|specialist|consultant'?s?|clinic)\\s+appointment)\\b",
  ),
  cue(
    "health",
    "long",
    "\\b(?:(?:in|into|to|out of)\\s+hospital|hospitali[sz]ed|hospice|ill|illness|(?<!call in )sick(?! of)|unwell|poorly|cancer|tumou?r|chemo(?:therapy)?|radiotherapy|diagnos(?:is|ed)|recovering(?! (?:the|our|their|costs?))|(?<!(?:disaster|data|cost|debt) )recovery|injur(?:y|ed)|concussion|heart attack|stroke|covid|flu|pneumonia|shingles|dementia|alzheimer'?s|physio(?:therapy)?|rehab|in (?:a lot of )?pain|signed off|off work (?:with|sick|ill)|off with stress|with stress|stress leave|burn-?out|accident|car crash|fractured?)\\b",
  ),
  cue(
    "health",
    "long",
    "\\bbr(?:oke|oken)\\s+(?:his|her|their|a|my)\\s+(?:arm|leg|wrist|ankle|hip|collarbone|foot|hand|ribs?|nose|toe|finger|shoulder)\\b",
  ),
  cue(
    "home",
    "long",
    `\\b${cap("(?:mov(?:ing|ed|e|es)|relocat(?:ing|ed|e|es))")}\\s+(?:house|home|flat|abroad|away|out|to\\s+${PLACE})`,
    { exact: true },
  ),
  cue(
    "home",
    "long",
    "\\b(?:the|big|house|home|her|his|their)\\s+move\\b(?!\\s+to\\s+(?:the\\s+)?(?:cloud|new\\s+(?:system|platform|tier)))",
  ),
  cue(
    "home",
    "long",
    "\\b(?:renovat\\w*|refurb\\w*|remodel\\w*|refit(?:ting)?|doing up|done up|loft conversion|building work|builders in|extension|house[- ]hunting)\\b(?! (?:of|to) (?:the|our|their) (?:contract|deadline|trial|pilot|licen[cs]e))",
  ),
  cue(
    "home",
    "long",
    "\\b(?:kitchen|bathroom|loft|garden|house|roof|basement|garage)\\s+(?:\\w+\\s+)?(?:redone|re-done|rebuilt|being done|done)\\b|\\b(?:new|first)\\s+(?:house|home|flat|apartment)\\b|\\bkeys to\\b|\\b(?:tiling|painting|decorating|redecorating|plastering|wallpapering|redoing|re-doing|fitting|landscaping)\\s+(?:the|their|her|his|a)\\s+(?:own\\s+)?(?:new\\s+)?(?:kitchen|bathroom|loft|garden|house|hall|lounge|living room|bedroom|nursery|spare room|fence|patio|deck|roof)\\b|\\b(?:buying|selling|sold|bought) (?:a|their|the|her|his) (?:house|flat|home|place)\\b",
  ),
  cue(
    "travel",
    "long",
    "\\b(?:trip|(?<!(?:bank|public|school) )holidays?|vacation|honeymoon|cruise|safari|backpacking|interrailing|travel plans|staycation|getaway|city break|weekend away|long weekend|gap year|(?:be|been|is|are|'s|'re|'ll be) away\\b(?! from (?:the|her|his) (?:desk|laptop|email|office)))\\b",
  ),
  cue(
    "travel",
    "long",
    `\\b(?:off|going|gone|went|heading)\\s+${OUTDOORS}\\b|\\b${OUTDOORS}\\s+(?:trip|holiday|week|weekend)\\b|\\bto (?:see|visit|stay with) (?:her|his|their) ${RELATIVE}\\b`,
  ),
  cue(
    "travel",
    "long",
    `\\b${cap("(?:flying|fly|flies|off|heading|headed|going|getting away|get away|driving|travell?ing|sailing|taking(?:\\s+\\p{L}+){1,3}?)")}\\s+(?:(?:out|back|home|over|up|down)\\s+)?to\\s+${PLACE}`,
    { exact: true },
  ),
  cue(
    "travel",
    "long",
    `\\b${cap("visiting")}\\s+(?:(?:her|his|their|the)\\s+${RELATIVE}|${PLACE})|\\b${cap("renting")}\\s+a\\s+(?:cottage|villa|house|cabin|flat|place)\\b|\\b${cap("flying")}\\s+(?:out|home|back)\\b`,
    { exact: true },
  ),
  cue(
    "travel",
    "long",
    `\\b(?:[Hh]e|[Ss]he|[Tt]hey)(?:'s|'re| is| are| will be|'ll be)\\s+(?:away\\s+|off\\s+)?in\\s+\\p{Lu}[\\p{L}'-]+`,
    { exact: true, weak: true },
  ),
  cue(
    "home",
    "long",
    "\\b(?:flat|house|home|kitchen|basement|cellar)\\s+(?:has\\s+|was\\s+|got\\s+)?(?:flooded|burgled|broken into|caught fire)\\b|\\b(?:were|was|got) burgled\\b|\\bhouse fire\\b",
  ),
  cue(
    "travel",
    "long",
    `\\b${cap("(?:travell?ing|backpacking|touring|cycling|driving|sailing|walking|road-tripping)")}\\s+(?:round|around|through|across)\\s+${PLACE}`,
    { exact: true },
  ),
  cue(
    "celebration",
    "day",
    "\\b(?:wedding|getting married|get married|gets married|marrying|down the aisle|engagement party|(?<!(?:company|work|contract|business) )anniversary|years of marriage|birthday|graduation|graduating|(?<!(?:hire|hiring|recruit|recruiting|employ|employing|the|our|their|new|more|\\d+)\\s)graduates(?= (?:from|next|this|on|in|at|tomorrow|today))|christening|baptism|communion|bar mitzvah|bat mitzvah|baby shower|hen (?:do|party|weekend)|stag (?:do|party|weekend)|bachelorette|reunion|celebrating|retirement party|hosting (?:thanksgiving|christmas|easter|passover|eid|diwali|hanukkah|new year)|(?<!third[- ])party)\\b",
  ),
  cue(
    "celebration",
    "day",
    `\\b(?:turns?|turning|is|'s|will be)\\s+\\d{1,3}(?:\\s+years old)?(?=\\s+(?:on|this|next|tomorrow|today|in|at)\\b)|\\b(?:${WORD}'s|his|her|their)\\s+\\d{1,3}(?:st|nd|rd|th)\\b(?! (?:of|floor|anniversary|birthday|century|street|percentile))`,
    { needsDate: true },
  ),
  cue(
    "work",
    "long",
    "\\b(?:(?:new|first) (?:job|role|position)|the new role|promoted|(?:got|getting|gets|her|his|up for) (?:a )?promotion|starting at|first day at|sabbatical|retir(?:ing|es)(?! (?:the|our|their|its|that|this|old|legacy))|(?:his|her|their) retirement|leaving (?:the company|her job|his job|the business)|launching (?:her|his|their) own|(?:her|his|their) own business|career break|(?:made|been made) redundant|laid off)\\b",
  ),
  cue(
    "work",
    "day",
    "\\b(?:big presentation|presentation|presenting|keynote|(?:job )?interview|speaking at|performance review|pitch(?:ing)? to (?:investors|the board))\\b",
  ),
  cue(
    "hobby",
    "day",
    "\\b(?:half[- ]marathon|marathon|ultra-?marathon|triathlon|ironman|(?:charity|fun|first)\\s+\\d{1,3}k|\\d{1,3}k (?:run|race)|regatta|tournament|sportive|gig(?! economy)|(?:charity|bike|cycle|fun|boat) (?:ride|race)|for charity|sponsored (?:walk|swim|run|cycle|ride|skydive)|skydive|(?:a|the|her|his|their|first|charity|fun)\\s+\\d{1,2}k\\b(?!\\s*(?:deal|contract|budget|order|discount|savings?|fees?|revenue|arr|mrr|users|seats|uplift|increase|spend|a year|per|p\\.?a)))\\b",
  ),
  cue(
    "hobby",
    "long",
    `\\b${cap("(?:climbing|trekking|walking|hiking)")}\\s+(?:Mount |Mt\\.? |the )?\\p{Lu}\\p{L}+`,
    { exact: true },
  ),
  cue(
    "event",
    "day",
    "\\b(?:recital|concert|school play|nativity|(?:school|talent|art|dog|horse|flower|fashion|ballet|dance) show|(?:football|soccer|rugby|hockey|basketball|baseball|netball|cricket|big) (?:game|match)|(?:cup|league|county|grand|championship|play-?off) finals?|(?:swim|swimming|track|athletics|gymnastics) meet|sports day|fundraiser|gala|prom|festival|audition|exams?|finals|gcses|a-levels|(?:driving|theory) test|graduation ceremony|awards (?:night|evening|dinner)|thesis|viva|dissertation|opening night|first night|black belt|grading|(?:phd|exam|a-level|gcse|test)\\s+results|results day)\\b",
  ),
  cue(
    "event",
    "day",
    "\\b(?:the|a)\\s+\\p{Lu}[\\p{L}'-]+\\s+(?:show|concert|gig|game|match|final|festival|gala|recital)\\b",
    { exact: true },
  ),
  cue(
    "family",
    "long",
    "\\b(?:baby|newborn|expecting (?:a baby|a boy|a girl|twins|their (?:\\w+ )?(?:child|baby))|pregnan(?:t|cy)|maternity(?: leave)?|paternity(?: leave)?|parental leave|adopt(?:ing|ed)? (?:a|their|her|his) (?:little )?(?:child|baby|son|daughter|boy|girl)|(?:wife|partner|she|girlfriend|daughter|sister)(?:'s| is) due\\b|got (?:into|a place at) (?:uni|university|college)|divorc\\w*|nursery|(?:starting|start|starts|started|back to|back at|off to|going to|heading to|leaving)\\s+(?:(?:boarding|secondary|primary|new|big|high)\\s+)?(?:school|university|uni|college|reception|kindergarten|pre-?school|primary|secondary|high school|big school|year \\d{1,2})|passed away|died|bereavement|care home|mov(?:es?|ing|ed) in with)\\b",
  ),
  cue("family", "day", "\\b(?:funeral|memorial)\\b"),
  cue("family", "long", "\\b(?:got|gets|getting) (?:into|a place at) \\p{Lu}\\p{L}+", { exact: true }),
  cue(
    "family",
    "day",
    `\\b(?:(?:her|his|their|${WORD}'s)\\s+(?:little\\s+|eldest\\s+|youngest\\s+|oldest\\s+|older\\s+|younger\\s+|new\\s+)?${RELATIVE}|the kids)\\b`,
    { weak: true },
  ),
  cue(
    "other",
    "day",
    `(?:(?<=^|[:;,.!?\\n•]\\s{0,3})|\\b(?:[Hh]e|[Ss]he|[Tt]hey|\\p{Lu}\\p{Ll}+)(?:'s|'re| is| are| will be|'ll be)\\s+(?:also\\s+|finally\\s+)?)${ACTIVITY}\\b`,
    { exact: true, weak: true },
  ),
  cue(
    "other",
    "day",
    "\\b(?:citizenship|naturali[sz]ation)\\s+(?:[a-z]+\\s+)?(?:test|ceremony|interview)|court (?:case|hearing|date)\\b",
  ),
  cue(
    "other",
    "long",
    "\\b(?:jury duty|jury service|new (?:puppy|kitten|dog|cat)|puppy|(?:getting|got|adopting|adopted|picking up) (?:a|their|her|his) (?:new )?(?:rescue )?(?:dog|puppy|kitten|cat)|lost (?:their|his|her) (?:dog|cat|pet|horse)|(?:dog|cat|pet) (?:died|passed away)|(?:dog|cat|puppy|kitten|horse|pony)(?:'s)?\\s+(?:is\\s+|has\\s+)?(?:gone\\s+)?(?:missing|ill|poorly|having (?:puppies|kittens)|at the vet))\\b",
  ),
];

/** Words that make a sentence business, not personal: a weak cue in their company is no matter. */
export const BUSINESS_WORDS = new RegExp(
  "\\b(?:" +
    [
      "call|meeting|demo|proposal|quotes?|contract|invoices?|pricing|prices?|renewal|orders?|deal|licen[cs]es?|seats?|po|budget",
      "decision|sign(?:ed|ing)?|sign-off|webinar|onboarding|training|deck|integration|migration|go-live|launch|pilot|trial|rollout",
      "sso|api|reports?|qbr|workshop|delivery|shipments?|install\\w*|upgrade|kick-?off|project|deadline|clients?|customers?",
      "suppliers?|vendors?|account|office|team|site|conference|expo|trade show|roundtable|panel|summit|board|questionnaire",
      "security|warehouse|stores?|process|review|targets?|quarter|pipeline|forecast|procurement|legal|compliance|audit",
      "hiring|recruit\\w*|headcount|sow|msa|nda|rfp|tender|bid|implementation|software|system|platform|crm|erp|product",
      "features?|release|roadmap|cfos?|ceos?|revenue|sales|marketing|finance|us|we|our",
    ].join("|") +
    ")\\b|\\bIT\\b",
  "i",
);
