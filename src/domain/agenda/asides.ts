// The other reasons of a merged item, woven into the one opening line: a renewal and a personal
// matter for the same client make one natural conversation, not two.
import type { ReasonKind } from "../model.js";
import type { BookContact } from "./book.js";
import type { AgendaContext, Candidate } from "./context.js";
import { on } from "./openers.js";
import { theMatter } from "./phrasing.js";

/** A short opener stays readable: at most this many other reasons are woven in. */
const maxAsides = 2;

/** A clause that follows a link word, so it starts in lower case. */
type AsideFn = (c: BookContact, r: Candidate, ctx: AgendaContext) => string;

function matterAside(c: BookContact, r: Candidate): string {
  const what = theMatter(r.subject ?? "what you told me about");
  const kind = c.matters.find((m) => m.id === r.refId)?.kind;
  if (kind === "health") return `how are you feeling after ${what}?`;
  if (kind === "travel") return `how was ${what}?`;
  return `how did ${what} go?`;
}

// Cadence, rebalancing, no next step and manual notes add nothing to say: the opener covers them.
const asides: Partial<Record<ReasonKind, AsideFn>> = {
  get_back: (_c, r, ctx) =>
    `we agreed to get back to each other ${on(r.onDay, ctx)}, so this keeps that promise too.`,
  matter: matterAside,
  renewal: (_c, r, ctx) =>
    r.onDay !== undefined && r.onDay < ctx.todayDay
      ? `since ${r.subject ?? "your plan"} came up for renewal ${on(r.onDay, ctx)}, I'd love to hear how it has been working for you.`
      : `with ${r.subject ?? "your plan"} up for renewal ${on(r.onDay, ctx)}, I'd love to hear how it has been working for you.`,
  feedback_call: () => "no pressure about the proposal: I'd simply like to hear where things stand for you.",
  birthday: () => "happy birthday!",
  anniversary: () => "happy anniversary!",
  concern: (_c, r) =>
    `I owe you a proper answer to the question you raised about ${r.about ?? "our proposal"}.`,
};

/** Joins the asides as one runs on from the other: "And …", then "Also, …". */
const linkWords = ["And", "Also,"] as const;

/** The sentences the item's other reasons add after its opener ("" when they add none). */
export function asidesFor(c: BookContact, ranked: readonly Candidate[], ctx: AgendaContext): string {
  const said: string[] = [];
  for (let i = 1; i < ranked.length && said.length < maxAsides; i++) {
    const r = ranked[i] as Candidate;
    const aside = asides[r.kind]?.(c, r, ctx);
    if (aside !== undefined && !said.includes(aside)) said.push(aside);
  }
  return said.map((aside, i) => ` ${linkWords[i] ?? "Also,"} ${aside}`).join("");
}
