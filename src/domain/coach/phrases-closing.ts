// Phrase tables for the rules about pushing a sale: written in the notation of pattern.ts.

// "Today" and "now" count only right after the verb: "how do you decide on tools today?" means currently.
const soon = "(?:(?:it|this|that|up|(?:the|your) \\w+) )?(?:today|tonight|now|right now)";
const dated =
  "(?:\\w+ ){0,3}?(?:this week|no later than|within (?:\\d+|24|48) hours" +
  "|by (?:\\w+day|tomorrow|tonight|the end of|end of|eod|cob|close of business|midnight|noon|the \\d|\\d)" +
  "|before (?:\\w+day|midnight|the end of|end of|the \\d|the deadline|it's too late|prices))";
const deadline = `(?:${soon}|${dated})`;
// Checked after the verb, so they cost nothing where no verb matched.
// Our own commitments ("I'll confirm by Friday") are not pressure on them.
const notOurs = "(?<!\\b(?:I|we)(?:'ll| will| can| could| would|'d) [\\w ]{1,15})";
// "How do guests usually book today?" asks about their present, not for a deadline.
const notHabit =
  "(?<!\\b(?:how|where|who|why|what) (?:do|does|did|would|could|can|should)\\b[^.?!\\n]{0,60})";
const account =
  "(?:it|(?:your|the|this|that) (?:account|subscription|membership|contract|plan|service(?: agreement)?|agreement|licen[cs]e|policy))";
const endIt = "(?:cancel|close|kill|end|terminate|deactivate|shut down|delete|stop)";

export const pressurePhrases: readonly string[] = [
  "act (?:now|fast|quickly|today)",
  "(?:for a )?limited time(?: only| offer)?",
  "(?:only|just) (?:\\d+|one|two|three|four|five|a few|a couple of|a handful of) (?:\\w+ ){0,2}(?:left|remaining|remain|available)",
  "(?:spots|seats|places|slots|units|tickets) (?:are )?(?:filling up|going fast|selling fast)",
  "selling (?:out )?fast",
  "almost (?:gone|sold out)",
  "while (?:stocks?|supplies) last",
  "(?:offer|deal|discount|price|pricing|promotion|promo|rate|sale)s?(?:,? \\w+){0,4}?,? (?:ends|expires|runs out|goes away|disappears|(?:is )?only valid|valid only|(?:is )?valid until|only lasts|won't last|will not last|only until|only till|(?:is )?good until)",
  "(?:expires|ends) (?:today|tonight|at midnight|soon|this (?:week|weekend|month))",
  "only (?:available|valid|on offer) (?:today|tonight|until|till|through|this)",
  "(?:today|tonight|this week|this weekend) only",
  "(?:last|final) chance",
  "(?:today|tonight) is the last day",
  "last day to (?:sign|order|book|buy|claim|get)",
  "don't (?:miss out|miss this|wait|delay|let (?:this|it) (?:slip|pass|go))",
  "(?:don't|do not) want you to miss (?:out|this)",
  "hurry",
  "before (?:it's|they're|they are|it is) (?:too late|gone)",
  "now or never",
  "once in a lifetime",
  "time is running out",
  "running out of time",
  "(?:the )?clock is ticking",
  "first come,? first served",
  "prices? (?:will |are going to |is going to )?(?:go up|goes up|going up|increases?|increasing|rises?|rising)",
  "(?:hard|strict|firm) deadline",
  "deadline (?:to|for) (?:sign|decide|accept|respond|confirm|commit|order)",
  `(?:sign(?:ed|ing)?|decide|commit|confirm|order|buy|purchase|book|pay|renew|lock (?:it|this|that) in|make (?:a|your|the) decision|give me (?:an|your) answer|say yes|get (?:a|your) yes)${notOurs}${notHabit} ${deadline}`,
  `need (?:an answer|your answer|a decision|your decision|a yes|a commitment|your commitment) ${deadline}`,
  "(?:this|it) is (?:urgent|time sensitive)",
  "time sensitive",
  "urgent(?:ly)? (?:need|require|response|reply|decision|action)",
  "(?:reply|respond|decide|act|sign) (?:urgently|asap|immediately|right away)",
  "(?:\\d+ ?%|discount|money off) (?:\\w+ ){0,2}if (?:you|he|she|they) (?:sign|says? yes|commit|order|buy|decide|book)",
  "lock in (?:this|the|your|today's|this year's|these) (?:price|prices|rate|rates|pricing|discount)",
];

export const assumptivePhrases: readonly string[] = [
  "(?:when|once|after|as soon as) you(?:'ve| have)? sign(?:ed)?",
  "(?:when|once|after|as soon as) (?:we|I)(?:'ve| have)? (?:got|get|received?|have) your (?:signature|signed \\w+|order|go ahead|sign off)",
  "(?:let's|to|can) get you (?:signed up|started|onboarded|booked in)",
  "(?:when|once|after|as soon as) (?:you're|you are|you've come|you come|your team is|you get) (?:on ?board|signed up)",
  "(?:when|once|after) we(?:'re| are) (?:working together|partners|your (?:supplier|provider|vendor|partner))",
  "(?:when|once) we start working together",
  "(?:when|once|after) you (?:become|are) (?:a|our) (?:customer|client|member)",
  "(?:when|once|after) you(?:'ve| have)? (?:switch(?:ed)?|made the switch|join(?:ed)? us)",
  "I(?:'ll| will) (?:send|get|email|put|draw up|prepare|draft) (?:(?:you|over|across) )?(?:the|your|an?) (?:contract|paperwork|agreement|order form|purchase order|sign up form|signing link)(?: (?:over|across|ready))?",
  "I(?:'ve| have) (?:already )?(?:drafted|prepared|drawn up) (?:the|your) (?:contract|agreement|paperwork|order form)",
  "(?:just )?need your signature",
  "ready for your signature",
  "sign on the dotted line",
  "where (?:should|shall|do) I send the (?:contract|paperwork|agreement|invoice)",
  "which (?:\\w+ )?(?:plan|package|option|tier|edition|bundle|model|version|subscription) (?:will you|are you|do you want to) (?:be )?(?:go(?:ing)? with|choos(?:e|ing)|pick(?:ing)?|tak(?:e|ing))",
  "which (?:start|go live|launch|installation|delivery|kick ?off) date",
  "when (?:can|will|could|would) you (?:sign|commit)",
  "when (?:would you like|do you want) to (?:start|get started|go live|sign)",
  "I(?:'ve| have) (?:already )?(?:reserved|set aside|blocked out|booked) (?:a|your|the) (?:spot|seat|slot|place|licen[cs]e|installer|installation)s?",
  "let's get you set up",
  "(?:put|sign) you (?:down|up) for",
  "how many (?:seats|licen[cs]es|users|units) (?:will|shall|should) I (?:put you down for|order|reserve)",
];

export const decisionPhrases: readonly string[] = [
  "(?:are|is) (?:you|your team|we) ready to (?:move forward|move ahead|go ahead|proceed|sign|commit|buy|purchase|make a decision|decide|get started|place (?:the|an|your) order)",
  "can we (?:get|have) (?:this|it|that|the (?:deal|contract|paperwork|agreement|order)) (?:\\w+ ){0,2}?(?:signed|done|closed|agreed|over the line|wrapped up|finali[sz]ed|sorted|confirmed)",
  "do we have a deal",
  "(?:is that|is it|can I take that as) a yes",
  "(?:can|could|shall|may) I (?:put you down|sign you up|count you in|take your (?:order|card|payment|details)|get (?:a|your) (?:yes|commitment|signature|verbal))",
  "(?:will|would|can|could) you commit",
  "(?:ask (?:him|her|them) to )?commit (?:today|now|on (?:this|the) call|before we)",
  "(?:make|need|want|get|have|give me) (?:a|your|the) (?:decision|answer|commitment) (?:today|now|on (?:this|the) call|before we (?:hang up|get off))",
  "count on (?:you|your (?:commitment|business|signature|order))",
  "(?:is (?:it|that|this) a go|are we good to go)",
  "close (?:this|it|the deal|the sale) (?:today|now|on (?:this|the) call)",
  "decide (?:today|now|on (?:this|the) call)",
  "(?:sign|close|commit|decide|order|buy|says? yes)\\w* (?:\\w+ ){0,3}?on (?:this|the) call",
  "yes or no",
  "what(?:'s| is) it going to take",
  "what would it take to (?:get|earn|win|close|have)",
  "(?:decision|answer|yes|commitment|signature|order) before we (?:hang up|get off)",
  "take (?:the )?(?:order|payment|card details) (?:on|over) the (?:call|phone)",
  "shall we (?:go ahead|move forward|proceed|get (?:you )?started|get this signed|make it official)",
  "over the line (?:today|now|this week)",
];

export const cancelPhrases: readonly string[] = [
  `(?:do|would) you (?:still )?(?:want|like|wish) (?:us |me )?to ${endIt}`,
  `(?:should|shall|can|may|could|do) (?:we|I) (?:go ahead and )?${endIt} ${account}`,
  `(?:if|whether) (?:we|I) (?:can|could|should|may) (?:go ahead and )?${endIt} ${account}`,
  `(?:are|were) you (?:planning|thinking|looking|going|hoping|wanting) (?:on |of |about )?(?:to )?(?:${endIt}|leave|leaving|cancelling|canceling|closing)`,
  `(?:renew|keep|extend) ${account} or (?:${endIt}|let it (?:go|lapse))`,
  `(?:${endIt}) ${account} or (?:renew|keep|extend)`,
  "(?:prefer|want|wish|like|planning|decided?|choose) (?:not to renew|to not renew)",
  "(?:renew|keep) (?:\\w+ ){0,3}?or not",
  "(?:do you )?still want (?:your|the|to keep (?:your|the)) (?:account|subscription|membership|contract)",
  "let (?:it|(?:your|the) (?:account|subscription|membership|contract|plan|policy)) (?:lapse|expire|run out)",
];

export const afterSalePhrases: readonly string[] = [
  "up ?sell(?:ing)?",
  "cross sell(?:ing)?",
  "upgrad(?:e|ing) (?:to|your|you to) (?:(?:our|the|a) )?(?:\\w+ )?(?:plan|tier|package|edition|version|subscription|account|level|membership|pro|premium|plus|enterprise|business)",
  "(?:time|chance|want|like|ready|consider|thinking about|worth) (?:to )?upgrad(?:e|ing)",
  "upgrade (?:options|offer|path|deal)",
  "(?:consider|considering|interested in|thought about|think about|thinking about) (?:an |the )?upgrad(?:e|ing)",
  "add (?:a second|another|a third|more|extra|additional|a few more|\\d+ more|\\d+ extra) (?:\\w+ )?(?:seats?|licen[cs]es?|users?|modules?|vans?|vehicles?|locations?|sites?|products?|services?|units?|accounts?)",
  "(?:premium|pro|enterprise|plus|gold|platinum) (?:plan|tier|package|edition|membership|add on|version|upgrade)",
  "new (?:\\w+ )?add on",
  "(?:special|exclusive) (?:offer|deal|price|pricing|discount|rate)",
  "(?:loyalty|renewal|upgrade) (?:discount|offer|pricing|deal)",
  "\\d+ ?% off",
  "at a (?:reduced|discounted|special) (?:rate|price)",
  "(?:would you like|do you want|want|ready|time|remember|don't forget|need) to renew",
  "renew (?:now|early|today|for (?:another|a further|\\d+|two|three))",
  "(?:sign(?:ing)?|confirm) (?:the|your) renewal",
  "(?:before|ahead of) (?:the|your) renewal",
  "lock in (?:your|this year's|the|today's) (?:rate|price|pricing)",
  "(?:do|would) you know (?:anyone|anybody|someone|somebody|of anyone|any other)",
  "know (?:anyone|anybody) (?:else )?(?:who|that)",
  "anyone else (?:in your (?:network|team|company|industry|circle)|you know) (?:who|that)",
  "who else (?:in your|do you know|might|could|would)",
  "(?:refer|recommend|introduce) (?:us|me) to",
  "(?:send|pass) (?:us|me|along|on) (?:any |a few |some )?(?:referrals|names|introductions|leads)",
  "pass (?:my|our) (?:name|details|number) (?:on|along)",
  "put in a good word",
  "(?:leave|leaving|write|writing|give|giving) (?:us )?a (?:review|testimonial)",
  "referral (?:bonus|program|programme|scheme|reward|fee)",
  "appreciate (?:the|a|any|your) referrals?",
  "(?:buy|order|purchase) more",
  "(?:increase|expand|extend|grow) (?:your|the) (?:plan|order|subscription|contract|package|licen[cs]e)",
  "take advantage of (?:this|our|the)",
];
