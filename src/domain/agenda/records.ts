// Stored follow-ups: the user's own (manual) ones, and records of acting on computed items.
// A record's key is contactId + reasonKind + dueOn, where dueOn is the computed due date.
import type { ReasonKind } from "../model.js";
import type { BookContact, BookFollowUp } from "./book.js";
import type { AgendaContext, Candidate } from "./context.js";
import { dayNumber } from "./days.js";

function sameKey(fu: BookFollowUp, kind: ReasonKind, dueDay: number): boolean {
  return fu.reasonKind === kind && dayNumber(fu.dueOn) === dueDay;
}

/** Done or dismissed: that occurrence is over for good. */
export function isClosed(contact: BookContact, kind: ReasonKind, dueDay: number): boolean {
  for (const fu of contact.followUps) {
    if ((fu.status === "done" || fu.status === "dismissed") && sameKey(fu, kind, dueDay)) return true;
  }
  return false;
}

/** Closed, or snoozed until a day after today. */
export function isSuppressed(
  contact: BookContact,
  kind: ReasonKind,
  dueDay: number,
  ctx: AgendaContext,
): boolean {
  for (const fu of contact.followUps) {
    if (!sameKey(fu, kind, dueDay)) continue;
    if (fu.status === "done" || fu.status === "dismissed") return true;
    if (fu.status === "snoozed" && fu.snoozedUntil !== null && dayNumber(fu.snoozedUntil) > ctx.todayDay)
      return true;
  }
  return false;
}

/**
 * Stored follow-ups due today or earlier: every open one (whatever its kind), and manual ones whose
 * snooze has run out. Records of other kinds never produce items: they only suppress computed ones.
 */
export function storedReasons(
  contact: BookContact,
  ctx: AgendaContext,
  computed: readonly Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const fu of contact.followUps) {
    const back =
      fu.status === "open" ||
      (fu.status === "snoozed" &&
        fu.reasonKind === "manual" &&
        (fu.snoozedUntil === null || dayNumber(fu.snoozedUntil) <= ctx.todayDay));
    if (!back) continue;
    const due = dayNumber(fu.dueOn);
    if (due > ctx.todayDay) continue;
    if (computed.some((c) => c.kind === fu.reasonKind && c.dueDay === due)) continue;
    out.push({
      kind: fu.reasonKind,
      detail: fu.detail.trim() || "A follow-up you planned for this day",
      dueDay: due,
      overdueDays: ctx.todayDay - due,
      refId: fu.id,
    });
  }
  return out;
}

/** Anything planned ahead or still pending in the stored follow-ups: open ones, and snoozed ones. */
export function hasPendingStored(contact: BookContact): boolean {
  return contact.followUps.some((fu) => fu.status === "open" || fu.status === "snoozed");
}
