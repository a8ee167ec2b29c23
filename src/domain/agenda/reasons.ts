// One function per reason kind: each adds the candidates it finds for one contact on `ctx.today`.
import { occurrenceInYear } from "../dates.js";
import { isPostSale, type YearlyDate } from "../model.js";
import type { BookContact } from "./book.js";
import { baseChannel, channelAfterSilence, channelLabel } from "./channels.js";
import type { AgendaContext, Candidate } from "./context.js";
import { dayNumber, humanDate, relativeDays } from "./days.js";
import { hasPendingStored, isClosed } from "./records.js";
import { cadenceFor, stretchFactor, stretchLevel } from "./settings.js";

type Out = Candidate[];

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

function when(day: number, ctx: AgendaContext): string {
  const rel = relativeDays(day, ctx.todayDay);
  return rel === "today" ? "today" : `on ${humanDate(day, ctx.todayDay)} (${rel})`;
}

/** A mutual get-back date has come: a promise to keep, not a chase (P9). */
export function getBackReason(c: BookContact, ctx: AgendaContext, out: Out): void {
  if (c.openGetBackOn === null) return;
  const due = dayNumber(c.openGetBackOn);
  if (due > ctx.todayDay) return;
  const detail = `You both agreed to get back to each other ${when(due, ctx)}: a promise to keep`;
  out.push({ kind: "get_back", detail, dueDay: due, overdueDays: ctx.todayDay - due, onDay: due });
}

/**
 * Personal matters whose date has come (P3); undated ones only ride along with other items. A
 * follow-up dated inside the event it asks about waits for the day after the event.
 */
export function matterReasons(c: BookContact, ctx: AgendaContext, out: Out): void {
  for (const m of c.matters) {
    if (m.followUpOn === null) continue;
    const after = m.eventOn ? dayNumber(m.eventOn) + 1 : 0;
    const due = Math.max(dayNumber(m.followUpOn), after);
    if (due > ctx.todayDay) continue;
    const late = due < ctx.todayDay ? ` (due ${relativeDays(due, ctx.todayDay)})` : "";
    const detail = `Ask how it went: ${m.summary}${late}`;
    out.push({
      kind: "matter",
      detail,
      dueDay: due,
      overdueDays: ctx.todayDay - due,
      refId: m.id,
      subject: m.summary,
    });
  }
}

/**
 * Regular touch per cadence (P11). After every `attemptsBeforeStretch` unanswered touches the cadence
 * stretches and the channel changes, and the detail says so; it never stops. A done or dismissed record
 * of one occurrence moves the next a full (stretched) cadence later. For prospects, an agreed get-back
 * still ahead holds the cadence: no calls in between to chase them.
 */
export function cadenceReason(c: BookContact, ctx: AgendaContext, out: Out): void {
  const cadence = cadenceFor(c.stage, c.cadenceDays, ctx.settings);
  if (cadence === null) return;
  if (c.stage === "prospect" && c.openGetBackOn !== null && dayNumber(c.openGetBackOn) > ctx.todayDay) return;
  const level = stretchLevel(c.unansweredOutbound, ctx.settings);
  const every = Math.round(cadence * stretchFactor(level, ctx.settings));
  const from = dayNumber(c.lastTouchOn ?? c.createdOn);
  let due = from + every;
  for (let i = 0; i < c.followUps.length && isClosed(c, "cadence", due); i++) due += every;
  if (due > ctx.todayDay) return;
  let detail: string;
  if (level > 0) {
    const channel = channelAfterSilence(
      "cadence",
      baseChannel("cadence", c.stage, c.preferredChannel),
      level,
    );
    detail =
      `${c.unansweredOutbound} tries without an answer: slowing down to every ${every} days ` +
      `and switching to ${channelLabel[channel]}`;
  } else if (c.lastTouchOn === null) {
    detail = `Added ${relativeDays(from, ctx.todayDay)} and not contacted yet (every ${every} days for a ${c.stage})`;
  } else {
    detail = `Last touch ${relativeDays(from, ctx.todayDay)}; you keep in touch every ${every} days`;
  }
  out.push({ kind: "cadence", detail, dueDay: due, overdueDays: ctx.todayDay - due });
}

/** Outbound touches after our latest ask: the ordinary follow-ups it had (5 or more when all are). */
export function followUpsSinceAsk(c: BookContact): number {
  const at = c.recentIntents.indexOf("ask");
  return at < 0 ? c.recentIntents.length : at;
}

/**
 * A prospect who let both the reply window after our ask or proposal pass and `feedbackAfterFollowUps`
 * ordinary follow-ups go unanswered (P10): call to take the pressure off and hear where things
 * stand. Silence alone is a cadence follow-up, not this. The last follow-up gets half a window to be
 * answered. Not while an agreed get-back date is still ahead.
 */
export function feedbackCallReason(c: BookContact, ctx: AgendaContext, out: Out): void {
  if (c.stage !== "prospect" || c.lastAskOrProposalOn === null) return;
  const asked = dayNumber(c.lastAskOrProposalOn);
  if (c.lastInboundOn !== null && dayNumber(c.lastInboundOn) >= asked) return;
  if (c.openGetBackOn !== null && dayNumber(c.openGetBackOn) > ctx.todayDay) return;
  const followUps = followUpsSinceAsk(c);
  if (followUps < ctx.settings.feedbackAfterFollowUps) return;
  const window = ctx.settings.feedbackWindowDays;
  const last = dayNumber(c.lastTouchOn ?? c.lastAskOrProposalOn);
  const due = Math.max(asked + window, followUps > 0 ? last + Math.ceil(window / 2) : asked + window);
  if (due > ctx.todayDay) return;
  const level = stretchLevel(c.unansweredOutbound, ctx.settings);
  const channel = channelAfterSilence(
    "feedback_call",
    baseChannel("feedback_call", c.stage, c.preferredChannel),
    level,
  );
  const how =
    level > 0
      ? `; ${c.unansweredOutbound} tries without an answer, so ${channelLabel[channel]} this time`
      : "";
  const since =
    followUps > 0 ? `, nor to ${followUps === 1 ? "your follow-up" : `${followUps} follow-ups`} since` : "";
  const detail =
    `No answer to your proposal of ${humanDate(asked, ctx.todayDay)}${since}: take the pressure off ` +
    `and ask where things stand for them${how}`;
  out.push({ kind: "feedback_call", detail, dueDay: due, overdueDays: ctx.todayDay - due, onDay: asked });
}

/**
 * A contract inside its renewal window (P13): a conversation about how it is going, due at the window's
 * start. Once its end date has passed while it is still active, it is overdue from that date.
 */
export function renewalReasons(c: BookContact, ctx: AgendaContext, out: Out): void {
  for (const k of c.contracts) {
    const ends = dayNumber(k.endsOn);
    const due = ends - ctx.settings.renewalWindowDays;
    if (due > ctx.todayDay) continue;
    const quiet = c.lastTouchOn === null || dayNumber(c.lastTouchOn) < due;
    const overdueDays = Math.max(0, ctx.todayDay - ends);
    const detail =
      ends >= ctx.todayDay
        ? `${k.title} ends ${when(ends, ctx)}: time to talk about how it is going for them`
        : `${k.title} reached its end ${when(ends, ctx)}${quiet ? " with no conversation since" : ""}: talk it through`;
    out.push({
      kind: "renewal",
      detail,
      dueDay: due,
      overdueDays,
      refId: k.id,
      subject: k.title,
      onDay: ends,
    });
  }
}

/** Same month and day as today; 29 February falls on the 28th in common years (occurrenceInYear). */
function occursToday(yearly: YearlyDate, ctx: AgendaContext): boolean {
  const n = yearly.length;
  const t = ctx.today;
  let same = true;
  for (let i = 1; i <= 5 && same; i++) same = yearly.charCodeAt(n - i) === t.charCodeAt(10 - i);
  if (same) return true;
  return yearly.endsWith("02-29") && t.endsWith("02-28") && occurrenceInYear(yearly, ctx.year) === t;
}

/** Birthday and anniversary, on the day. */
export function occasionReasons(c: BookContact, ctx: AgendaContext, out: Out): void {
  if (c.birthday !== null && occursToday(c.birthday, ctx)) {
    const leap =
      c.birthday.endsWith("02-29") && !ctx.today.endsWith("02-29")
        ? " (29 February, marked on the 28th)"
        : "";
    out.push({ kind: "birthday", detail: `Birthday today${leap}`, dueDay: ctx.todayDay, overdueDays: 0 });
  }
  if (c.anniversary !== null && occursToday(c.anniversary, ctx)) {
    const years = c.anniversary.startsWith("--") ? 0 : ctx.year - Number(c.anniversary.slice(0, 4));
    const detail = years > 0 ? `Anniversary today: ${years} years` : "Anniversary today";
    out.push({ kind: "anniversary", detail, dueDay: ctx.todayDay, overdueDays: 0, years });
  }
}

/** Open concerns on their deals that nobody answered (P8). */
export function concernReasons(c: BookContact, ctx: AgendaContext, out: Out): void {
  for (const k of c.concerns) {
    const due = Math.min(dayNumber(k.openedOn), ctx.todayDay);
    const detail = `Unanswered concern on ${k.dealTitle} (raised ${relativeDays(due, ctx.todayDay)}): ${k.text}`;
    out.push({
      kind: "concern",
      detail,
      dueDay: due,
      overdueDays: ctx.todayDay - due,
      refId: k.id,
      subject: k.text,
      about: k.dealTitle,
    });
  }
}

/**
 * Someone who bought from us and lately mostly heard asks (P1, P4): at least 2 of our last 3 touches
 * were asks, or the ledger has more asks than gives, and our latest touch was not already a give.
 * Due on the latest touch, so a dismissal holds until the next touch.
 */
export function rebalanceReason(c: BookContact, ctx: AgendaContext, out: Out): void {
  if (!isPostSale(c.stage) || c.recentIntents[0] === "give") return;
  let asks = 0;
  const last = Math.min(3, c.recentIntents.length);
  for (let i = 0; i < last; i++) if (c.recentIntents[i] === "ask") asks++;
  if (asks < 2 && c.ledger.ask <= c.ledger.give) return;
  const due = dayNumber(c.lastTouchOn ?? c.createdOn);
  if (due > ctx.todayDay) return;
  const detail =
    `${asks} of your last ${last} touches were asks; ${count(c.ledger.give, "give")} against ` +
    `${count(c.ledger.ask, "ask")} ` +
    `in ${ctx.settings.ledgerWindowDays} days: give something back`;
  out.push({ kind: "rebalance", detail, dueDay: due, overdueDays: ctx.todayDay - due });
}

/**
 * An active contact with nothing ahead, so follow-up cannot drop silently: not lost or not a fit, no
 * cadence, no open get-back, no dated open matter, no open or snoozed stored follow-up. Due on the
 * latest touch (or creation), so a dismissal holds until the next touch.
 */
export function noNextStepReason(c: BookContact, ctx: AgendaContext, out: Out): void {
  if (c.stage === "lost" || c.stage === "not_a_fit") return;
  if (cadenceFor(c.stage, c.cadenceDays, ctx.settings) !== null || c.openGetBackOn !== null) return;
  if (c.matters.some((m) => m.followUpOn !== null) || hasPendingStored(c)) return;
  const due = dayNumber(c.lastTouchOn ?? c.createdOn);
  if (due > ctx.todayDay) return;
  const since = c.lastTouchOn === null ? "they were added" : "your last touch";
  const detail = `Nothing planned since ${since} (${humanDate(due, ctx.todayDay)}): agree on a next step`;
  out.push({ kind: "no_next_step", detail, dueDay: due, overdueDays: ctx.todayDay - due });
}
