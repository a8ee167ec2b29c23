// Words that mark a personal matter, by kind, and how long each kind of thing lasts.
import type { MatterKind } from "../model.js";
import { cues } from "./cues.js";
import type { Duration } from "./dates.js";

/** A phrase in the note that names a personal matter. */
export interface Trigger {
  kind: MatterKind;
  duration: Duration;
  start: number;
  end: number;
  /** Only a matter when a date comes with it ("turns 40 on Saturday", not "before she turns 40"). */
  needsDate: boolean;
  /** A fallback cue (see `Cue.weak`). */
  weak: boolean;
}

/** When one clause names several kinds, the first of these wins ("flying to Lisbon for a wedding": travel). */
export const kindPriority: readonly MatterKind[] = [
  "health",
  "home",
  "travel",
  "celebration",
  "work",
  "hobby",
  "event",
  "family",
  "other",
];

/** Every matter phrase in `text[from..to)`, longest first where two overlap, in reading order. */
export function findTriggers(text: string, from: number, to: number): Trigger[] {
  const slice = text.slice(from, to);
  const hits: Trigger[] = [];
  for (const c of cues) {
    c.re.lastIndex = 0;
    for (const m of slice.matchAll(c.re)) {
      const start = from + m.index;
      const end = start + m[0].length;
      hits.push({ kind: c.kind, duration: c.duration, start, end, needsDate: c.needsDate, weak: c.weak });
    }
  }
  // Where two overlap, a proper cue beats a fallback, then the longer phrase wins.
  hits.sort(
    (a, b) => Number(a.weak) - Number(b.weak) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Trigger[] = [];
  for (const h of hits) if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

const rank = (t: Trigger) => kindPriority.indexOf(t.kind) + (t.weak ? kindPriority.length : 0);

/** The trigger that gives a group its kind: by `kindPriority`, fallbacks last, earliest on a tie. */
export function primaryTrigger(triggers: readonly Trigger[]): Trigger | undefined {
  let best: Trigger | undefined;
  for (const t of triggers) if (!best || rank(t) < rank(best)) best = t;
  return best;
}
