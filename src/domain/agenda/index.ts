// The relationship engine's agenda: who to talk to today, why, and how to open (DESIGN.md §1).
import type { IsoDate } from "../model.js";
import type { BookContact } from "./book.js";
import { contextFor, type AgendaContext, type Candidate } from "./context.js";
import type { Agenda, AgendaItem, AgendaReason } from "./item.js";
import { compareRankKeys, rankKeyOf, type RankKey } from "./order.js";
import { mergeCandidates, whyLine, type Ranked } from "./rank.js";
import {
  cadenceReason,
  concernReasons,
  feedbackCallReason,
  getBackReason,
  matterReasons,
  noNextStepReason,
  occasionReasons,
  rebalanceReason,
  renewalReasons,
} from "./reasons.js";
import { isSuppressed, storedReasons } from "./records.js";
import type { AgendaSettings } from "./settings.js";
import { suggestFor } from "./suggest.js";
import { keepWordings, varyWordings } from "./wording.js";

export { newBookContact } from "./book.js";
export type { Agenda, AgendaItem, AgendaReason } from "./item.js";
export type { BookConcern, BookContact, BookContract, BookFact, BookFollowUp, BookMatter } from "./book.js";
export { channelLabel, isWarmerOrEqual } from "./channels.js";
export { compareRankKeys, countThrough, rankKeyOf, type RankKey } from "./order.js";
export { priorityBands, reasonLabels } from "./rank.js";
export {
  cadenceFor,
  defaultAgendaSettings,
  mergeSettings,
  stretchFactor,
  stretchLevel,
  type AgendaSettings,
  type AgendaSettingsPatch,
} from "./settings.js";

type ReasonFn = (c: BookContact, ctx: AgendaContext, out: Candidate[]) => void;

const computedReasons: readonly ReasonFn[] = [
  getBackReason,
  matterReasons,
  renewalReasons,
  feedbackCallReason,
  occasionReasons,
  concernReasons,
  rebalanceReason,
  cadenceReason,
  noNextStepReason,
];

function toReason(r: Ranked, ctx: AgendaContext): AgendaReason {
  const reason: AgendaReason = {
    kind: r.kind,
    detail: r.detail,
    dueOn: ctx.isoOf(r.dueDay),
    overdueDays: r.overdueDays,
  };
  if (r.refId !== undefined) reason.refId = r.refId;
  return reason;
}

function itemFor(c: BookContact, ctx: AgendaContext): AgendaItem | null {
  let kept: Candidate[] = [];
  for (const reason of computedReasons) reason(c, ctx, kept);
  if (c.followUps.length > 0) {
    kept = kept.filter((k) => !isSuppressed(c, k.kind, k.dueDay, ctx));
    kept.push(...storedReasons(c, ctx, kept));
  }
  if (kept.length === 0) return null;
  const { ranked, priority } = mergeCandidates(kept, ctx);
  const top = ranked[0] as Ranked;
  const reasons = ranked.map((r) => toReason(r, ctx));
  const undated = c.matters.filter((m) => m.followUpOn === null);
  const { suggested, wordings } = suggestFor(c, ranked, ctx, undated);
  return keepWordings(
    {
      contactId: c.id,
      contactName: c.name,
      reason: reasons[0] as AgendaReason,
      reasons,
      dueOn: ctx.isoOf(top.dueDay),
      overdueDays: top.overdueDays,
      priority,
      why: whyLine(ranked, ctx),
      suggested,
      alsoAsk: undated.map((m) => ({ matterId: m.id, summary: m.summary })),
    },
    wordings,
  );
}

/**
 * One contact's merged item for `today`, or `null` when nothing is due.
 * @example agendaItemFor(contact, defaultAgendaSettings, "2025-03-14")?.why
 */
export function agendaItemFor(
  contact: BookContact,
  settings: AgendaSettings,
  today: IsoDate,
): AgendaItem | null {
  return itemFor(contact, contextFor(settings, today));
}

/**
 * The due items of a book (or of part of one) for `today`, one per contact that has anything due,
 * in book order.
 * @example agendaItems(book, defaultAgendaSettings, "2025-03-14").length
 */
export function agendaItems(
  book: readonly BookContact[],
  settings: AgendaSettings,
  today: IsoDate,
): AgendaItem[] {
  const ctx = contextFor(settings, today);
  const due: AgendaItem[] = [];
  for (const contact of book) {
    const item = itemFor(contact, ctx);
    if (item) due.push(item);
  }
  return due;
}

/**
 * Due items ranked into a day's agenda: best first, the first `agendaSize` in `items`, the rest in
 * `later`, no two opening with the same words or offering the same give.
 * @example rankAgenda(agendaItems(book, settings, today), settings, today).items[0]?.why
 */
export function rankAgenda(due: Iterable<AgendaItem>, settings: AgendaSettings, today: IsoDate): Agenda {
  const sorted: { item: AgendaItem; key: RankKey }[] = [];
  for (const item of due) sorted.push({ item, key: rankKeyOf(item) });
  sorted.sort((a, b) => compareRankKeys(a.key, b.key));
  const size = Math.max(0, settings.agendaSize);
  const varied = varyWordings(sorted.map((s) => s.item));
  return { date: today, items: varied.slice(0, size), later: varied.slice(size) };
}

/**
 * Today's agenda for one owner's book: one item per due contact, merged reasons, ranked by priority band.
 * @example agendaFor(book, mergeSettings({ agendaSize: 10 }), "2025-03-14").items[0]?.suggested.opener
 */
export function agendaFor(book: readonly BookContact[], settings: AgendaSettings, today: IsoDate): Agenda {
  return rankAgenda(agendaItems(book, settings, today), settings, today);
}
